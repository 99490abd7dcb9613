"""Backups on real encrypted files: made, checked, previewed, refused and restored."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import AuthenticationFailed, BackupError, PermissionDenied
from app.models import AuditEntry, Student
from app.models.database import SQLITE_HEADER
from app.models.db import open_engine
from app.models.migrate import head_revision
from app.services.backup import (
    create_backup,
    read_backup_preview,
    restore_backup,
    sidecar_path,
)
from app.services.core.store import Store
from tests.builders.backup import DIRECTOR_PW, TEACHER_PW, BackupSchool, migrated_school

AT = datetime(2026, 12, 4, 10, 30, tzinfo=UTC)  # 12:30 in Riga


@pytest.fixture
def school(tmp_path: Path) -> Iterator[BackupSchool]:
    made = migrated_school(tmp_path / "skola.db")
    yield made
    made.store.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


def _pupils(db: Path, key: bytes) -> int:
    engine = open_engine(db, key)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(Student)) or 0)
    finally:
        engine.dispose()


def _add_pupil(store: Store, class_id: uuid.UUID) -> None:
    with store.write() as s:
        s.add(Student(id=uuid.uuid4(), first_name="Jauns", last_name="Skolēns",
                      class_id=class_id))


def test_a_backup_is_an_encrypted_checked_copy_with_a_sidecar(school: BackupSchool,
                                                              stick: Path) -> None:
    result = create_backup(school.store, school.school.actors["director"], school.key, stick,
                           now=AT)
    assert result.path.name == "pumpurs-priekules-vidusskola-2026-12-04-1230.pumpurs-backup"
    assert sorted(p.name for p in stick.iterdir()) == [result.path.name,
                                                       result.path.name + ".json"]
    assert not result.path.read_bytes().startswith(SQLITE_HEADER)
    assert (result.pupils, result.plans) == (5, 0)
    meta = json.loads(sidecar_path(result.path).read_text("utf-8"))
    assert meta["created_at"] == "2026-12-04T10:30:00+00:00"
    assert meta["schema_revision"] == head_revision() and meta["pupils"] == 5
    preview = read_backup_preview(result.path, school.key)
    assert (preview.created_at, preview.pupils, preview.plans) == (AT, 5, 0)
    assert preview.schema_revision == head_revision()
    assert preview.school_name == "Priekules vidusskola"
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None and entry.action == "backup.created"
    assert result.path.name in entry.details
    second = create_backup(school.store, school.school.actors["admin"], school.key, stick,
                           now=AT)
    assert second.path.name.endswith("-1230-2.pumpurs-backup")


def test_only_the_director_and_the_administrator_back_up(school: BackupSchool,
                                                         stick: Path) -> None:
    for role in ("teacher", "coordinator", "support"):
        with pytest.raises(PermissionDenied):
            create_backup(school.store, school.school.actors[role], school.key, stick)
    assert list(stick.iterdir()) == []


def test_a_missing_folder_is_named(school: BackupSchool, tmp_path: Path) -> None:
    with pytest.raises(BackupError) as err:
        create_backup(school.store, school.school.actors["admin"], school.key,
                      tmp_path / "nav")
    assert "nav atrasta" in err.value.text("lv") and "nav" in err.value.text("lv")


def test_restore_puts_the_backup_back_and_keeps_the_database_before(
        school: BackupSchool, stick: Path) -> None:
    made = create_backup(school.store, school.school.actors["director"], school.key, stick)
    _add_pupil(school.store, school.school.class_ids["5.a"])
    school.store.close()
    assert _pupils(school.db, school.key) == 6

    result = restore_backup(made.path, school.db, school.key, username="direktors",
                            password=DIRECTOR_PW)

    assert _pupils(school.db, school.key) == 5
    assert result.before_restore == school.db.with_name("skola.db.before-restore")
    assert _pupils(result.before_restore, school.key) == 6
    assert result.migrated_from is None
    assert not school.db.with_name("skola.db.restoring").exists()
    engine = open_engine(school.db, school.key)
    with engine.connect() as conn:
        last = conn.scalar(select(AuditEntry.action).order_by(AuditEntry.seq.desc()))
    engine.dispose()
    assert last == "backup.restored"


def test_restore_asks_a_director_of_the_backup(school: BackupSchool, stick: Path) -> None:
    made = create_backup(school.store, school.school.actors["director"], school.key, stick)
    school.store.close()
    before = school.db.read_bytes()
    with pytest.raises(PermissionDenied):
        restore_backup(made.path, school.db, school.key, username="skolotaja",
                       password=TEACHER_PW)
    with pytest.raises(AuthenticationFailed):
        restore_backup(made.path, school.db, school.key, username="direktors",
                       password="nepareiza")
    assert school.db.read_bytes() == before
    assert sorted(p.name for p in school.db.parent.iterdir() if p.is_file()) == [
        "skola.db"]


def test_another_schools_backup_is_refused_by_name(school: BackupSchool, stick: Path,
                                                   tmp_path: Path) -> None:
    other = migrated_school(tmp_path / "cita.db")
    made = create_backup(other.store, other.school.actors["admin"], other.key, stick)
    other.store.close()
    with pytest.raises(BackupError) as err:
        restore_backup(made.path, school.db, school.key, username="direktors",
                       password=DIRECTOR_PW)
    text = err.value.text("lv")
    assert made.path.name in text and "citas skolas" in text and "Nekas netika mainīts" in text
    assert _pupils(school.db, school.key) == 5


def test_a_damaged_backup_is_refused_by_name(school: BackupSchool, stick: Path) -> None:
    made = create_backup(school.store, school.school.actors["admin"], school.key, stick)
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    made.path.write_bytes(bytes(data))
    with pytest.raises(BackupError) as err:
        read_backup_preview(made.path, school.key)
    assert err.value.key == "backup.checksum" and made.path.name in err.value.text("lv")
    sidecar_path(made.path).unlink()  # without the sidecar SQLCipher's page check finds it
    with pytest.raises(BackupError) as err:
        read_backup_preview(made.path, school.key)
    assert err.value.key in ("backup.damaged", "backup.foreign")
    assert made.path.name in err.value.text("lv")
    plain = stick / "plain.pumpurs-backup"
    plain.write_bytes(SQLITE_HEADER + b"\0" * 100)
    with pytest.raises(BackupError) as err:
        read_backup_preview(plain, school.key)
    assert err.value.key == "backup.not_encrypted"


def test_an_older_backup_is_migrated_when_restored(school: BackupSchool, stick: Path) -> None:
    from alembic import command

    from app.models.migrate import alembic_config, current_revision

    made = create_backup(school.store, school.school.actors["director"], school.key, stick)
    school.store.close()
    sidecar_path(made.path).unlink()  # the copy is changed below: its checksum would differ
    engine = open_engine(made.path, school.key)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0005")
    engine.dispose()
    older = read_backup_preview(made.path, school.key)
    assert older.schema_revision is not None and older.schema_revision.startswith("0005")

    result = restore_backup(made.path, school.db, school.key, username="direktors",
                            password=DIRECTOR_PW)

    assert result.migrated_from == older.schema_revision
    engine = open_engine(school.db, school.key)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    engine.dispose()
    assert _pupils(school.db, school.key) == 5
