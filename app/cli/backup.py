"""`pumpurs backup` and `pumpurs restore`: the database into a folder and back.

    pumpurs backup --db PATH --user U --to DIR [--prune]
    pumpurs restore --db PATH --user U FILE [--yes] [--recovery-key KEY]

`backup` acts as a signed-in director or administrator and writes an encrypted, checked copy
into DIR (`app.services.backup.create_backup`); `--prune` then deletes this school's older
backups in DIR by the retention rule (7 daily, 12 monthly). `restore` prints the backup's
preview, asks before it overwrites the database (`--yes` answers for scripts; without a
terminal and without `--yes` nothing is changed) and signs the user in to the backup.
Both take the database key from the same SecretStore as every other command; on a computer
that does not hold it (the old one broke), `restore` takes the recovery key instead
(`--recovery-key`, else asked on the terminal) and stores the key once the backup is back.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from app.cli.acting_user import (
    acting_user,
    add_user_option,
    database_key,
    password_for,
    secrets_for,
)
from app.cli.terminal import ask_on_terminal, confirm_on_terminal
from app.formatting import format_datetime, riga_today
from app.i18n import render
from app.key_slots import KeySlots, has_key_slots, slots_path
from app.machine_install import is_shared_database
from app.models.keys import parse_recovery_key, secret_name
from app.secrets import SecretStore
from app.services.backup import (
    BackupPreview,
    create_backup,
    prune_backups,
    read_backup_preview,
    restore_backup,
)
from app.services.users.rules import normalise_username


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
    restore.add_argument("--recovery-key", metavar="KEY",
                         help="the recovery key, on a computer that does not hold the "
                              "database key (asked for when the key is not found)")


def _say(text: str) -> None:
    print(text, flush=True)


def backup(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    shared = not plaintext and is_shared_database(db)  # the user's key slot opens it
    secrets = None if shared else secrets_for(db, lang, mode, plaintext)
    with acting_user(args, db, lang, mode, plaintext, secrets) as (store, actor):
        result = create_backup(store, actor, database_key(db, secrets or store.key_slots),
                               args.to)
        _say(render("cli.backup.done", lang, path=result.path, pupils=result.pupils,
                    plans=result.plans, revision=result.schema_revision or "—"))
        if args.prune:
            for path in prune_backups(actor, args.to, result.school, riga_today(),
                                      keep=result.path):
                _say(render("cli.backup.pruned", lang, file=path.name))
    return 0


def print_preview(preview: BackupPreview, lang: str) -> None:
    _say(render("cli.restore.preview", lang, file=preview.path.name,
                date=format_datetime(preview.created_at, lang) or "—",
                school=preview.school_name, pupils=preview.pupils, plans=preview.plans,
                revision=preview.schema_revision or "—"))


def _restore_key(args: argparse.Namespace, db: Path, lang: str,
                 secrets: SecretStore | None) -> tuple[bytes | None, bool]:
    """The key the backup is opened with, and whether it is new to the SecretStore: the
    database's own key, or one from the recovery key (a new computer, a lost key store)."""
    if secrets is None:
        return None, False
    stored = secrets.get(secret_name(db))
    if stored is not None and not args.recovery_key:
        return stored, False
    text = args.recovery_key or ask_on_terminal(render("cli.ask_recovery_key", lang))
    if not text:
        return database_key(db, secrets), False  # names the key store: "db.key_missing"
    key = parse_recovery_key(text)
    return key, key != stored


def _restored_slots(slots: KeySlots, key: bytes, username: str, password: str) -> None:
    """A shared database after a restore: the restoring person's slot matches the password
    the backup holds; a backup with another key gets a new slot file with that one slot (the
    old one kept beside it as `.before-restore`); other users' passwords may be older in the
    backup — the administrator resets those."""
    if key == slots.db_key:
        slots.put(username, password)
        return
    os.replace(slots.path, f"{slots.path}.before-restore")
    KeySlots.create(slots.path, key, username, password)


def restore(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    shared = not plaintext and has_key_slots(db)
    password = password_for(args.user, lang) if shared else None
    secrets: SecretStore | None = (
        KeySlots.unlock(slots_path(db), normalise_username(args.user), password or "")
        if shared else secrets_for(db, lang, mode, plaintext))
    key, new_key = _restore_key(args, db, lang, secrets)
    preview = read_backup_preview(args.file, key)
    print_preview(preview, lang)
    if not args.yes and not confirm_on_terminal(render("cli.restore.confirm", lang, path=db)):
        _say(render("cli.restore.cancelled", lang, path=db))
        return 1
    password = password or password_for(args.user, lang)
    result = restore_backup(args.file, db, key, username=args.user, password=password)
    if isinstance(secrets, KeySlots) and key is not None:
        _restored_slots(secrets, key, normalise_username(args.user), password)
    elif new_key and secrets is not None and key is not None:
        secrets.set(secret_name(db), key)  # the restored file opens from now on
        _say(render("cli.restore.key_stored", lang, path=db))
    _say(render("cli.restore.done", lang, path=db, file=preview.path.name))
    if result.before_restore is not None:
        _say(render("cli.restore.kept", lang, path=result.before_restore))
    if result.migrated_from is not None:
        _say(render("cli.restore.migrated", lang, revision=result.migrated_from))
    return 0
