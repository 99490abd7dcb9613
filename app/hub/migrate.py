"""Alembic for the hub store, Config built in code (scripts in app/hub/migrations).

The hub's version table is `hub_alembic_version`, so a hub schema never mixes with another
program's. The upgrade runs in one transaction (SQLite and PostgreSQL both have
transactional DDL), so a failure leaves the database as it was.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from app.errors import MigrationError

SCRIPTS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "hub_alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS).replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the hub migration scripts have no head revision")
    return head


def current_revision(conn: Connection) -> str | None:
    context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def require_head(engine: Engine) -> None:
    """Refuse a store whose schema is not the newest (for the service, which never migrates)."""
    with engine.connect() as conn:
        current = current_revision(conn)
    if current != head_revision():
        raise MigrationError("hub.migration_needed", revision=current or "—")


def upgrade_to_head(engine: Engine) -> str | None:
    """Bring the hub schema to head; returns the revision it started from."""
    scripts = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    with engine.connect() as conn:
        current = current_revision(conn)
        tables = {t for t in inspect(conn).get_table_names() if t.startswith("hub_")}
    if current == head:
        return current
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise MigrationError("hub.migration_newer", revision=current)
    if current is None and tables - {VERSION_TABLE}:
        raise MigrationError("hub.migration_unversioned")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), head)
    except Exception as exc:
        raise MigrationError("hub.migration_failed", error=str(exc)[:300]) from exc
    return current


def new_revision(message: str) -> None:
    """Autogenerate a revision from the hub models against a throwaway SQLite at head."""
    from app.hub.db import open_engine

    known = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_engine(str(Path(tmp) / "autogen.db"))
        try:
            if known:
                upgrade_to_head(engine)
            with engine.begin() as conn:
                command.revision(alembic_config(conn), message=message, autogenerate=True,
                                 rev_id=f"{len(known) + 1:04d}")
        finally:
            engine.dispose()


if __name__ == "__main__":  # python -m app.hub.migrate revision "what changed"
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit('usage: python -m app.hub.migrate revision "message"')
    new_revision(sys.argv[2])
