"""Alembic at start-up: empty → head equals the models; an older database is backed up
(encrypted with the same key) before it is upgraded; a failed upgrade changes nothing."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, inspect, select, text

from app.errors import DatabaseKeyError, MigrationError
from app.models import Base, Student, SupportAssignment
from app.models.database import create_school_database, open_school_database
from app.models.db import open_engine
from app.models.keys import secret_name
from app.models.migrate import SCRIPTS, alembic_config, head_revision, upgrade_to_head
from app.secrets import KeyringSecretStore
from app.services.checks.integrity import check_database
from app.services.core.store import Store
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.school import build_school

PROBE = '''
"""Test-only revision {rev}."""
import sqlalchemy as sa
from alembic import op

revision = "{rev}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    raise NotImplementedError
'''

# Rebuilds `student` (referenced by many tables) the SQLite way: copy, drop, rename.
ADD_NICKNAME = """
    with op.batch_alter_table("student", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(40), nullable=True))
"""
FAIL_HALFWAY = ADD_NICKNAME + """
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("the probe migration fails on purpose")
"""


def _scripts_with(tmp_path: Path, body: str) -> Path:
    """A copy of the real scripts plus one test revision on top of head."""
    target = tmp_path / "scripts"
    shutil.copytree(SCRIPTS, target, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (target / "versions" / "9001_probe.py").write_text(
        PROBE.format(rev="9001", down=head, body=textwrap.indent(textwrap.dedent(body), "    ")),
        encoding="utf-8")
    return target


def _school_at_head(tmp_path: Path) -> tuple[Path, bytes]:
    """An encrypted database at the real head, holding the test school; returns its key."""
    db, backend = tmp_path / "school.db", MemoryKeyring()
    secrets = KeyringSecretStore(backend)
    created = create_school_database(db, secrets)
    build_school(Store(created.engine))
    created.engine.dispose()
    key = secrets.get(secret_name(db))
    assert key is not None
    return db, key


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _count(engine: Engine, model: type) -> int:
    with Store(engine).read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_empty_to_head_equals_the_models(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "new.db", os.urandom(32))
    result = upgrade_to_head(engine, tmp_path / "new.db")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert result.from_revision is None and result.to_revision == head_revision()
    assert result.backup is None  # nothing to back up in an empty file
    assert diffs == []


def test_open_upgrades_an_old_database(tmp_path: Path) -> None:
    db, key = _school_at_head(tmp_path)
    engine = open_engine(db, key)
    with engine.begin() as conn:  # back to an empty, versioned file
        command.downgrade(alembic_config(conn), "base")
    assert _revision(engine) is None and "student" not in inspect(engine).get_table_names()
    engine.dispose()
    secrets = KeyringSecretStore(MemoryKeyring())
    secrets.set(secret_name(db), key)

    opened = open_school_database(db, secrets)

    assert _revision(opened) == head_revision()
    assert "student" in inspect(opened).get_table_names()
    opened.dispose()


def test_backup_before_upgrade_opens_with_the_same_key(tmp_path: Path) -> None:
    db, key = _school_at_head(tmp_path)
    scripts = _scripts_with(tmp_path, ADD_NICKNAME)
    engine = open_engine(db, key)
    assignments = _count(engine, SupportAssignment)

    result = upgrade_to_head(engine, db, script_location=scripts)

    assert result.from_revision == head_revision() and result.to_revision == "9001"
    assert result.backup is not None and result.backup.exists()
    assert result.backup.name.startswith(f"school.db.backup-{head_revision()}-")
    assert result.backup.name.endswith("Z")
    assert not result.backup.read_bytes().startswith(b"SQLite format 3")
    backup = open_engine(result.backup, key)
    assert _revision(backup) == head_revision()
    assert _count(backup, Student) == 5
    backup.dispose()
    # The upgraded file keeps its rows, its references and its foreign-key enforcement.
    assert _revision(engine) == "9001"
    assert "nickname" in {c["name"] for c in inspect(engine).get_columns("student")}
    assert _count(engine, Student) == 5
    assert _count(engine, SupportAssignment) == assignments > 0
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert check_database(engine).ok
    engine.dispose()


def test_a_failing_migration_leaves_the_database_intact(tmp_path: Path) -> None:
    db, key = _school_at_head(tmp_path)
    scripts = _scripts_with(tmp_path, FAIL_HALFWAY)
    engine = open_engine(db, key)
    tables_before = set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        rows_before = conn.execute(text("SELECT * FROM student ORDER BY id")).fetchall()

    with pytest.raises(MigrationError) as exc:
        upgrade_to_head(engine, db, script_location=scripts)

    backups = list(tmp_path.glob("school.db.backup-*"))
    assert len(backups) == 1
    assert str(backups[0]) in exc.value.text("lv") and "rezerves kopija" in exc.value.text("lv")
    assert str(backups[0]) in exc.value.text("en") and "backup" in exc.value.text("en")
    assert _revision(engine) == head_revision()
    assert set(inspect(engine).get_table_names()) == tables_before
    assert "nickname" not in {c["name"] for c in inspect(engine).get_columns("student")}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT * FROM student ORDER BY id")).fetchall() == rows_before
    assert check_database(engine).ok
    engine.dispose()
    assert db.exists()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_database_from_a_newer_program_is_not_touched(tmp_path: Path) -> None:
    db, key = _school_at_head(tmp_path)
    engine = open_engine(db, key)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    engine.dispose()
    before = _files(tmp_path)
    secrets = KeyringSecretStore(MemoryKeyring())
    secrets.set(secret_name(db), key)

    with pytest.raises(MigrationError) as exc:
        open_school_database(db, secrets)

    assert exc.value.key == "store.migration_newer"
    assert "update the program" in exc.value.text("en")
    assert "f00d" in exc.value.text("lv")
    assert _files(tmp_path) == before  # no backup, no change


def test_tables_without_a_schema_version_are_refused(tmp_path: Path) -> None:
    db = tmp_path / "legacy.db"
    engine = open_engine(db, None)
    Base.metadata.create_all(engine)
    before = set(inspect(engine).get_table_names())

    with pytest.raises(MigrationError) as exc:
        upgrade_to_head(engine, db)

    assert exc.value.key == "store.migration_unversioned"
    assert "nav shēmas versijas" in exc.value.text("lv")
    assert set(inspect(engine).get_table_names()) == before
    assert [p.name for p in tmp_path.glob("*backup*")] == []
    engine.dispose()


def test_wrong_key_never_reaches_the_migrations(tmp_path: Path) -> None:
    db, _key = _school_at_head(tmp_path)
    before = _files(tmp_path)
    secrets = KeyringSecretStore(MemoryKeyring())
    secrets.set(secret_name(db), os.urandom(32))
    with pytest.raises(DatabaseKeyError):
        open_school_database(db, secrets)
    assert _files(tmp_path) == before
