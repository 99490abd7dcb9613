"""What a backup file holds, checked: the sidecar's facts and the database's own counts.

`inspect_backup(path, key)` opens the copy read-only with the key (nothing is written to it)
and refuses, naming the file, when it is missing, not encrypted, cannot be opened with this
key (another school's file, or a damaged one), fails SQLite's integrity check, differs from
the checksum in its sidecar, or is not a Pumpurs database.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import BackupError, DatabaseKeyError
from app.models.database import SQLITE_HEADER
from app.models.db import connect_read_only
from app.services.backup.naming import sidecar_path

FORMAT = "pumpurs-backup/1"
REQUIRED_TABLES = ("alembic_version", "school", "student", "support_plan")


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    created_at: datetime | None  # aware UTC, from the sidecar; None without one
    app_version: str | None
    schema_revision: str | None
    school_name: str
    pupils: int
    plans: int


@dataclass(frozen=True)
class DatabaseFacts:
    schema_revision: str | None
    school_name: str
    pupils: int
    plans: int


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_sidecar(path: Path) -> dict[str, Any] | None:
    side = sidecar_path(path)
    if not side.is_file():
        return None
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupError("backup.sidecar_damaged", file=side.name) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError("backup.sidecar_damaged", file=side.name)
    return data


def database_facts(path: Path, key: bytes | None) -> DatabaseFacts:
    """Open `path` read-only and check it; the revision, the school's name and the counts."""
    try:
        conn = connect_read_only(path, key)
    except DatabaseKeyError as exc:
        raise BackupError("backup.foreign", file=path.name) from exc
    try:
        cur = conn.cursor()
        result = [row[0] for row in cur.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise BackupError("backup.damaged", file=path.name, detail="; ".join(result[:3]))
        tables = {row[0] for row in cur.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not set(REQUIRED_TABLES) <= tables:
            raise BackupError("backup.not_pumpurs", file=path.name)
        revision = cur.execute("SELECT version_num FROM alembic_version").fetchone()
        school = cur.execute("SELECT name FROM school LIMIT 1").fetchone()
        pupils = cur.execute("SELECT count(*) FROM student").fetchone()[0]
        plans = cur.execute("SELECT count(*) FROM support_plan").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        raise BackupError("backup.damaged", file=path.name, detail=str(exc)) from exc
    finally:
        conn.close()
    return DatabaseFacts(revision[0] if revision else None, school[0] if school else "",
                         int(pupils), int(plans))


def inspect_backup(path: Path, key: bytes | None) -> BackupPreview:
    path = Path(path)
    if not path.is_file():
        raise BackupError("backup.missing", file=path)
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if len(header) < len(SQLITE_HEADER):
        raise BackupError("backup.damaged", file=path.name, detail="—")
    if key is not None and header == SQLITE_HEADER:
        raise BackupError("backup.not_encrypted", file=path.name)
    meta = read_sidecar(path)
    if meta is not None and meta.get("sha256") != file_sha256(path):
        raise BackupError("backup.checksum", file=path.name)
    facts = database_facts(path, key)
    created = None
    if meta is not None and isinstance(meta.get("created_at"), str):
        created = datetime.fromisoformat(meta["created_at"])
    return BackupPreview(path, created, meta.get("app_version") if meta else None,
                         facts.schema_revision, facts.school_name, facts.pupils, facts.plans)
