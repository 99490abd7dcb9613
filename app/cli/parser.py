"""The `pumpurs` parser: its sub-commands and the options of the desktop app itself.
Qt-free: the desktop app is started by `app.main`.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app import app_version
from app.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.machine_install import default_location


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pumpurs",
        description="Pumpurs — support for pupils at risk of early school leaving.",
    )
    _common(parser, db_required=False)
    parser.add_argument("--version", action="version", version=f"Pumpurs {app_version()}",
                        help="print the version of Pumpurs and exit")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="create a demo school with a fixed seed")
    _common(demo)
    demo.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    check = sub.add_parser("check-db", help="verify the database, the audit trail and signatures")
    _common(check)
    recover = sub.add_parser("recover", help="store the database key again from the recovery key")
    _common(recover)
    recover.add_argument("--recovery-key", help="the recovery key (asked for when omitted)")
    recover.add_argument("--user", metavar="USERNAME",
                         help="shared database of every account: the user whose key slot is "
                              "made anew for their password (asked for when omitted)")
    selftest = sub.add_parser("self-test", help="check that this installation works: "
                              "encrypted database, signatures, PDF, translations")
    selftest.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                          help="language of messages: lv (default) or en")
    from app.cli.backup import add_backup_parsers
    from app.cli.inventory import add_inventory_parser
    from app.cli.reports import add_report_parser
    from app.cli.retention import add_retention_parsers
    from app.cli.roster import add_roster_parsers
    from app.cli.school_admin import add_school_parsers
    from app.cli.sync import add_sync_parser
    from app.cli.year import add_year_parser

    add_report_parser(sub, _common)
    add_sync_parser(sub, _common)
    add_school_parsers(sub, _common)
    add_year_parser(sub, _common)
    add_backup_parsers(sub, _common)
    add_roster_parsers(sub, _common)
    add_retention_parsers(sub, _common)
    add_inventory_parser(sub)
    return parser


def _common(p: argparse.ArgumentParser, db_required: bool = True) -> None:
    p.add_argument("--db", type=Path, required=db_required, default=argparse.SUPPRESS,
                   help="the school database file")
    p.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                   help="language of messages: lv (default) or en")
    p.add_argument("--key-store", choices=("auto", "keyring", "file"), default=argparse.SUPPRESS,
                   help="where the database key is kept: the OS keyring (auto, the default) "
                        "or the passphrase-protected file next to the database")
    p.add_argument("--plaintext", action="store_true", default=argparse.SUPPRESS,
                   help="no encryption (development and tests only)")


def options(args: argparse.Namespace) -> tuple[Path, str, str, bool]:
    db = getattr(args, "db", None) or default_location()
    lang = getattr(args, "lang", None) or os.environ.get("PUMPURS_LANG", DEFAULT_LANGUAGE)
    return (Path(db), lang if lang in LANGUAGES else DEFAULT_LANGUAGE,
            getattr(args, "key_store", "auto"), bool(getattr(args, "plaintext", False)))
