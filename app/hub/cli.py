"""`pumpurs-hub`: the coordinator's command line (sub-commands in `cli_commands`).

Every command takes --db URL (a SQLite path or postgresql+psycopg://…) and --keys DIR (else
env PUMPURS_HUB_KEYS, else the SQLite file's folder); `keys` needs only one of them. The key
file's passphrase: the systemd credential pumpurs-hub-passphrase, else the file named by
PUMPURS_HUB_PASSPHRASE_FILE, else PUMPURS_HUB_PASSPHRASE (see `app.hub.keyfile`). Messages
are Latvian unless --lang en.
Exit codes: 0 done, 1 a refusal (a rejected file, a conflict), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.argparse_i18n import in_language
from app.errors import AppError
from app.hub import cli_commands as commands
from app.i18n import render


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pumpurs-hub", description="Pumpurs municipality hub")
    parser.add_argument("--lang", default="lv", choices=("lv", "en"),
                        help="language of messages: lv (default) or en")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--db", required=True, help="SQLite path or postgresql+psycopg://…")
        p.add_argument("--keys", help="folder of the hub's private key file")
        return p

    p = command("init", "create the store, the hub identity and its keys")
    p.add_argument("--municipality", required=True)
    p.add_argument("--url", required=True, help="the URL schools use (https://…)")
    p.add_argument("--hub-id")
    p.add_argument("--plaintext-keys", action="store_true",
                   help="for tests and development only: a key file without a passphrase")
    p = sub.add_parser("keys", help="the key file: show its keys (no passphrase needed) or "
                       "encrypt a plaintext one")
    p.add_argument("action", choices=("show", "encrypt"))
    p.add_argument("--db", help="SQLite path or postgresql+psycopg://…")
    p.add_argument("--keys", help="folder of the hub's private key file")
    p = command("enrol", "register a school from its enrolment request, write its trust")
    p.add_argument("request")
    p.add_argument("--out", required=True, help="the trust document file to write")
    p.add_argument("--require-names", action="store_true")
    p.add_argument("--free-text", action="store_true",
                   help="the plans' free texts (goals, summaries, comments, failing subjects) "
                        "travel to the hub; by default only structured data")
    p.add_argument("--replace-key", action="store_true",
                   help="the school has a new key (a new computer, a restored database): "
                        "revoke its old keys")
    p = command("revoke", "revoke a school's key (or all its keys)")
    p.add_argument("--school", required=True)
    p.add_argument("--key")
    p = command("rotate", "new hub keys; write each school's new trust document")
    p.add_argument("--out", required=True, help="folder for the trust documents")
    p = command("ingest", "verify and apply upload bundle files")
    p.add_argument("files", nargs="+")
    p = command("decide", "accept or return a plan")
    p.add_argument("--plan", required=True)
    p.add_argument("--school")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--accept", action="store_true")
    group.add_argument("--return", dest="return_text", metavar="TEXT")
    p = command("plans", "list the plans received")
    p.add_argument("--semester")
    p = command("downlink", "write a school's downlink bundle files (USB)")
    p.add_argument("--school", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--after", type=int)
    p = command("report", "the semester report as CSV or PDF")
    p.add_argument("--semester", required=True, help="school year and number: 2026/2027-1")
    p.add_argument("--out", required=True, help="FILE.csv or FILE.pdf")
    p = command("export-state", "pupil-level data for the state, pseudonymised (CSV)")
    p.add_argument("--semester", required=True)
    p.add_argument("--out", required=True)
    command("quarantine", "list quarantined (forked) bundles and recent rejections")
    command("audit-anchors", "list schools whose audit trail was shortened or rewritten")
    p = command("user", "console accounts: user add --username NAME --role ROLE")
    p.add_argument("action", choices=("add", "role"))
    p.add_argument("--username", required=True)
    p.add_argument("--role", required=True, choices=("coordinator", "viewer", "admin"))
    command("migrate", "bring the store's schema to the newest version (before the service "
            "starts; its workers never migrate)")
    p = command("serve", "run the HTTP service (the school API and the console)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    args = in_language(_parser, words).parse_args(words)
    try:
        return int(getattr(commands, f"cmd_{args.command.replace('-', '_')}")(args))
    except AppError as exc:
        print(exc.text(args.lang), file=sys.stderr)
        return 1
    except OSError as exc:
        print(render("hub.cli_os_error", args.lang, error=str(exc)), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
