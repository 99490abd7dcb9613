"""Alembic at start-up: bring the school's database to the newest schema, safely.

The Config is built in code (scripts live in app/models/migrations; no alembic.ini). Before a
database that holds data is upgraded it is copied with `VACUUM INTO` to
`<db>.backup-<revision>-<UTC time>`: a consistent snapshot that SQLCipher encrypts with the
same key. The upgrade runs in one transaction, so a failure leaves the file as it was; the
user's database is never deleted or overwritten.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from app.errors import MigrationError

SCRIPTS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(connection: Connection | None = None,
                   script_location: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or SCRIPTS).replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision(script_location: Path | None = None) -> str:
    head = ScriptDirectory.from_config(alembic_config(None, script_location)).get_current_head()
    if head is None:
        raise RuntimeError("the migration scripts have no head revision")
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def backup_database(engine: Engine, db_path: Path, revision: str) -> Path:
    """A consistent copy beside `db_path`, encrypted with the same key; never overwrites."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    base = f"{db_path}.backup-{revision}-{stamp}"
    target, n = Path(base), 1
    while target.exists():
        n += 1
        target = Path(f"{base}-{n}")
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("VACUUM INTO ?", (str(target),))  # refuses an existing, non-empty file
        cur.close()
    finally:
        raw.close()
    return target


def _upgrade(engine: Engine, cfg: Config, target: str) -> None:
    """Run the scripts in one transaction with foreign keys off (batch mode copies tables),
    and refuse to commit if the result breaks a foreign key."""
    with engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")  # must be set outside a transaction
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"foreign keys broken after upgrade: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def upgrade_to_head(engine: Engine, db_path: Path, *,
                    script_location: Path | None = None) -> MigrationResult:
    """Migrate `engine`'s database to head; back it up first if it holds an older schema.

    Raises `MigrationError` when the file is newer than this program, holds tables that were
    not made by Pumpurs' migrations, or the upgrade fails (the message names the backup).
    """
    cfg = alembic_config(None, script_location)
    scripts = ScriptDirectory.from_config(cfg)
    head = head_revision(script_location)
    with engine.connect() as conn:
        current = current_revision(conn)
        tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise MigrationError("store.migration_newer", path=db_path, revision=current)
    if current is None and tables:
        raise MigrationError("store.migration_unversioned", path=db_path)
    backup = backup_database(engine, db_path, current) if current is not None else None
    try:
        _upgrade(engine, cfg, head)
    except Exception as exc:
        if backup is None:
            raise MigrationError("store.migration_failed_new", path=db_path,
                                 error=str(exc)) from exc
        raise MigrationError("store.migration_failed", path=db_path, backup=backup,
                             error=str(exc)) from exc
    return MigrationResult(current, head, backup)


def new_revision(message: str) -> None:
    """Autogenerate a revision from the models against a throwaway database at head."""
    from app.models.db import open_engine

    known = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_engine(Path(tmp) / "autogen.db", None)
        try:
            if known:
                upgrade_to_head(engine, Path(tmp) / "autogen.db")
            with engine.begin() as conn:
                command.revision(alembic_config(conn), message=message, autogenerate=True,
                                 rev_id=f"{len(known) + 1:04d}")
        finally:
            engine.dispose()


if __name__ == "__main__":  # python -m app.models.migrate revision "what changed"
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit('usage: python -m app.models.migrate revision "message"')
    new_revision(sys.argv[2])
