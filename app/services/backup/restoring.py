"""Put a backup back in place of the school's database: `restore_backup`.

1. The backup is checked first (`inspect_backup`): a damaged file, another school's file or
   one that is not a Pumpurs database is refused with a sentence naming it; nothing changes.
2. It is copied beside the database (`<db>.restoring`), brought to this program's schema
   (the migrations run if the backup is older) and the person signs in *to the backup*: only
   a director or administrator of the restored school may restore it. The restore is
   written to the restored audit trail.
3. The current database is kept as `<db>.before-restore` (its -wal beside it when it could
   not be checkpointed) and the copy is renamed over the database in one step (`os.replace`).
The restored file is opened once more before this returns.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from app.errors import BackupError
from app.models.database import remove_database_files
from app.models.db import open_engine
from app.models.migrate import upgrade_to_head
from app.services.backup.contents import BackupPreview, inspect_backup
from app.services.core import audit
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.users.auth import sign_in

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    before_restore: Path | None  # the database as it was; None when there was none
    backup: BackupPreview
    migrated_from: str | None  # the backup's schema revision when it was upgraded


def _checkpoint(engine: Engine) -> None:
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    engine.dispose()


def _prepare(backup: Path, work: Path, db_path: Path, key: bytes | None, username: str,
             password: str) -> str | None:
    """Copy, migrate and sign in to the copy at `work`; the revision it was upgraded from."""
    shutil.copyfile(backup, work)
    engine = open_engine(work, key)
    try:
        migrated = upgrade_to_head(engine, db_path)
        store = Store(engine)
        actor = sign_in(store, username, password)
        require(actor, Permission.BACKUP_RESTORE)
        with store.write() as s:
            audit.record(s, actor, "backup.restored", entity="database", file=backup.name)
    finally:
        _checkpoint(engine)
    return migrated.from_revision if migrated.backup is not None else None


def _free(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _set_aside(db_path: Path, key: bytes | None) -> Path | None:
    """Copy the current database to `<db>.before-restore` (a free name) and move its side
    files along, so nothing of the old file is left to mix with the restored one."""
    if not db_path.exists():
        return None
    with contextlib.suppress(Exception):
        _checkpoint(open_engine(db_path, key))  # a damaged or foreign file is kept as it is
    before = _free(db_path.with_name(db_path.name + ".before-restore"))
    shutil.copy2(db_path, before)
    for suffix in SIDE_FILES:
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{before}{suffix}"))
    return before


def restore_backup(backup: Path, db_path: Path, key: bytes | None, *, username: str,
                   password: str) -> RestoreResult:
    """Replace the database at `db_path` with `backup` (encrypted with `key`, the database's
    key); `username` / `password` of a director or administrator in the backup."""
    backup, db_path = Path(backup), Path(db_path)
    preview = inspect_backup(backup, key)
    work = db_path.with_name(db_path.name + ".restoring")
    remove_database_files(work)
    try:
        migrated_from = _prepare(backup, work, db_path, key, username, password)
        before = _set_aside(db_path, key)
        os.replace(work, db_path)
    except OSError as exc:
        raise BackupError("backup.restore_failed", file=backup.name, path=db_path,
                          error=str(exc)) from exc
    finally:
        remove_database_files(work)
    engine = open_engine(db_path, key)
    try:
        with engine.connect():
            pass
    finally:
        engine.dispose()
    return RestoreResult(db_path, before, preview, migrated_from)


def read_backup_preview(backup: Path, key: bytes | None) -> BackupPreview:
    """The date, counts and schema revision of a backup, checked as a restore would."""
    return inspect_backup(Path(backup), key)
