"""`pumpurs backup` and `pumpurs restore`: the database into a folder and back.

    pumpurs backup --db PATH --user U --to DIR [--prune]
    pumpurs restore --db PATH --user U FILE [--yes]

`backup` acts as a signed-in director or administrator and writes an encrypted, checked copy
into DIR (`app.services.backup.create_backup`); `--prune` then deletes this school's older
backups in DIR by the retention rule (7 daily, 12 monthly). `restore` prints the backup's
preview, asks before it overwrites the database (`--yes` answers for scripts; without a
terminal and without `--yes` nothing is changed) and signs the user in to the backup.
Both take the database key from the same SecretStore as every other command.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.cli.acting_user import (
    acting_user,
    add_user_option,
    database_key,
    password_for,
    secrets_for,
)
from app.cli.terminal import confirm_on_terminal
from app.formatting import format_datetime
from app.i18n import render
from app.services.backup import (
    BackupPreview,
    create_backup,
    prune_backups,
    read_backup_preview,
    restore_backup,
)


def add_backup_parsers(sub: argparse._SubParsersAction,
                       common: Callable[[argparse.ArgumentParser], None]) -> None:
    backup = sub.add_parser("backup", help="write an encrypted backup of the database "
                                           "into a folder (director, administrator)")
    common(backup)
    add_user_option(backup)
    backup.add_argument("--to", type=Path, required=True, metavar="DIR",
                        help="the folder the backup is written to (e.g. a USB stick)")
    backup.add_argument("--prune", action="store_true",
                        help="then delete older backups of this school in the folder "
                             "(daily ones are kept for 7 days, monthly ones for a year)")
    restore = sub.add_parser("restore", help="replace the database with a backup "
                                             "(the current one is kept as .before-restore)")
    common(restore)
    add_user_option(restore)
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup file to restore")
    restore.add_argument("--yes", action="store_true",
                         help="do not ask before the database is replaced")


def _say(text: str) -> None:
    print(text, flush=True)


def backup(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    secrets = secrets_for(db, lang, mode, plaintext)
    with acting_user(args, db, lang, mode, plaintext, secrets) as (store, actor):
        result = create_backup(store, actor, database_key(db, secrets), args.to)
        _say(render("cli.backup.done", lang, path=result.path, pupils=result.pupils,
                    plans=result.plans, revision=result.schema_revision or "—"))
        if args.prune:
            for path in prune_backups(actor, args.to, result.school, date.today(),
                                      keep=result.path):
                _say(render("cli.backup.pruned", lang, file=path.name))
    return 0


def print_preview(preview: BackupPreview, lang: str) -> None:
    _say(render("cli.restore.preview", lang, file=preview.path.name,
                date=format_datetime(preview.created_at, lang) or "—",
                school=preview.school_name, pupils=preview.pupils, plans=preview.plans,
                revision=preview.schema_revision or "—"))


def restore(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    secrets = secrets_for(db, lang, mode, plaintext)
    key = database_key(db, secrets)
    preview = read_backup_preview(args.file, key)
    print_preview(preview, lang)
    if not args.yes and not confirm_on_terminal(render("cli.restore.confirm", lang, path=db)):
        _say(render("cli.restore.cancelled", lang, path=db))
        return 1
    password = password_for(args.user, lang)
    result = restore_backup(args.file, db, key, username=args.user, password=password)
    _say(render("cli.restore.done", lang, path=db, file=preview.path.name))
    if result.before_restore is not None:
        _say(render("cli.restore.kept", lang, path=result.before_restore))
    if result.migrated_from is not None:
        _say(render("cli.restore.migrated", lang, revision=result.migrated_from))
    return 0
