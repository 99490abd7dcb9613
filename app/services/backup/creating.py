"""Back the school's database up into a folder (a USB stick): `create_backup`.

1. `VACUUM INTO` a temporary name in the target folder, on the open encrypted connection:
   a consistent snapshot that SQLCipher writes with the same key, so the copy is encrypted;
2. the copy is opened read-only with the key and checked (`PRAGMA integrity_check`), and its
   pupils and plans are counted and compared with the database's own;
3. it is flushed to the stick and renamed to `pumpurs-<school>-YYYY-MM-DD-HHMM.pumpurs-backup`
   beside a JSON sidecar (date, app version, schema revision, counts, SHA-256 of the copy).
A failure removes the temporary file and changes nothing. Only the director and the
administrator may back up (`Permission.BACKUP_CREATE`); each backup is in the audit trail.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from app import app_version
from app.errors import BackupError
from app.formatting import RIGA
from app.models import School, Student, SupportPlan
from app.models.keys import secret_name
from app.secrets import SecretStore
from app.services.backup.contents import FORMAT, database_facts, file_sha256
from app.services.backup.naming import free_backup_path, sidecar_path
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store


@dataclass(frozen=True)
class BackupResult:
    path: Path
    sidecar: Path
    school: str
    created_at: datetime
    schema_revision: str | None
    pupils: int
    plans: int


def _flush(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _snapshot(store: Store, partial: Path) -> None:
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("VACUUM INTO ?", (str(partial),))
        cur.close()
    finally:
        raw.close()


def _write(store: Store, key: bytes | None, final: Path, at: datetime,
           expected: tuple[int, int]) -> BackupResult:
    partial = final.with_name(final.name + ".partial")
    side, side_partial = sidecar_path(final), sidecar_path(partial)
    try:
        _snapshot(store, partial)
        facts = database_facts(partial, key)
        if (facts.pupils, facts.plans) != expected:
            raise BackupError("backup.verify_failed", file=final.name)
        meta = {"format": FORMAT, "created_at": at.isoformat(), "app_version": app_version(),
                "schema_revision": facts.schema_revision, "school": facts.school_name,
                "pupils": facts.pupils, "plans": facts.plans, "file": final.name,
                "sha256": file_sha256(partial)}
        side_partial.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n",
                                encoding="utf-8")
        _flush(partial)
        _flush(side_partial)
        os.replace(partial, final)
        os.replace(side_partial, side)
    except OSError as exc:
        raise BackupError("backup.write_failed", folder=final.parent, error=str(exc)) from exc
    finally:
        for leftover in (partial, side_partial):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return BackupResult(final, side, facts.school_name, at, facts.schema_revision,
                        facts.pupils, facts.plans)


def create_backup(store: Store, actor: Actor, key: bytes | None, target_dir: Path, *,
                  now: datetime | None = None) -> BackupResult:
    """An encrypted, checked copy of the database in `target_dir` (`key` is the database's
    own key, used to check the copy; None only for a plaintext development database)."""
    require(actor, Permission.BACKUP_CREATE)
    target_dir = Path(target_dir)
    if not target_dir.is_dir():
        raise BackupError("backup.folder_missing", folder=target_dir)
    with store.read() as s:
        school = s.scalar(select(School.name).limit(1)) or ""
        expected = (s.scalar(select(func.count()).select_from(Student)) or 0,
                    s.scalar(select(func.count()).select_from(SupportPlan)) or 0)
    at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    final = free_backup_path(target_dir, school, at.astimezone(RIGA).replace(tzinfo=None))
    result = _write(store, key, final, at, expected)
    with store.write() as s:
        audit.record(s, actor, "backup.created", entity="database", file=final.name,
                     pupils=result.pupils, plans=result.plans)
    return result


def back_up_now(store: Store, actor: Actor, secrets: SecretStore | None, target_dir: Path, *,
                now: datetime | None = None) -> BackupResult:
    """`create_backup` with the key taken from `secrets` by the database's own file name (the
    desktop's "Back up now"); no store or no key there means a plaintext database."""
    name = store.engine.url.database
    key = secrets.get(secret_name(Path(name))) if secrets is not None and name else None
    return create_backup(store, actor, key, target_dir, now=now)
