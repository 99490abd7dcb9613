"""The school's file is encrypted at rest, opens only with its key, and every refusal leaves
it byte-for-byte unchanged. Recovery keys round-trip and catch typos."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from app.errors import Conflict, DatabaseKeyError, NotFound, ValidationError
from app.models import Student
from app.models.database import (
    create_school_database,
    open_school_database,
    recover_database_key,
)
from app.models.keys import parse_recovery_key, recovery_key_text, secret_name
from app.secrets import KeyringSecretStore
from app.services.core.store import Store
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.school import build_school


def _secrets() -> KeyringSecretStore:
    return KeyringSecretStore(MemoryKeyring())


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in `folder` with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _raw_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))


def _with_students(db: Path, secrets: KeyringSecretStore, plaintext: bool = False) -> None:
    created = create_school_database(db, secrets, plaintext=plaintext)
    build_school(Store(created.engine))
    created.engine.dispose()


def _students(engine: Engine) -> int:
    with Store(engine).read() as s:
        count = s.scalar(select(func.count()).select_from(Student)) or 0
    engine.dispose()
    return count


def test_file_holds_no_student_name_and_no_table_name(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    _with_students(db, _secrets())

    raw = _raw_bytes(db)

    assert not raw.startswith(b"SQLite format 3")
    for needle in ("Ēcere", "Šmits", "Anna", "student", "CREATE TABLE", "Priekules"):
        assert needle.encode("utf-8") not in raw, needle
    # The same school in a plaintext file shows both: the check above is meaningful.
    plain = tmp_path / "plain" / "school.db"
    _with_students(plain, _secrets(), plaintext=True)
    assert b"student" in _raw_bytes(plain) and "Ēcere".encode() in _raw_bytes(plain)


def test_key_is_kept_under_the_resolved_path(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    backend = MemoryKeyring()
    created = create_school_database(Path("school.db"), KeyringSecretStore(backend))
    created.engine.dispose()

    assert list(backend.passwords) == [("Pumpurs", f"db-key:{tmp_path.resolve() / 'school.db'}")]
    assert secret_name(Path("school.db")) == secret_name(tmp_path / "school.db")
    assert created.recovery_key is not None
    assert parse_recovery_key(created.recovery_key) == KeyringSecretStore(backend).get(
        secret_name(tmp_path / "school.db"))


def test_open_with_the_stored_key_reads_the_data(tmp_path: Path) -> None:
    db, secrets = tmp_path / "school.db", _secrets()
    _with_students(db, secrets)
    assert _students(open_school_database(db, secrets)) == 5


def test_wrong_key_is_refused_in_both_languages_and_nothing_changes(tmp_path: Path) -> None:
    db, secrets = tmp_path / "school.db", _secrets()
    _with_students(db, secrets)
    secrets.set(secret_name(db), os.urandom(32))
    before = _snapshot(tmp_path)

    with pytest.raises(DatabaseKeyError) as exc:
        open_school_database(db, secrets)

    assert exc.value.key == "db.key_wrong"
    assert "šifrēšanas atslēga ir nepareiza" in exc.value.text("lv")
    assert "encryption key is wrong" in exc.value.text("en")
    assert _snapshot(tmp_path) == before


def test_missing_key_names_the_store_and_nothing_changes(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    _with_students(db, _secrets())
    before = _snapshot(tmp_path)
    other = _secrets()

    with pytest.raises(DatabaseKeyError) as exc:
        open_school_database(db, other)

    assert exc.value.key == "db.key_missing"
    assert "atslēga nav atrasta" in exc.value.text("lv")
    assert other.description in exc.value.text("lv")
    assert "pumpurs recover" in exc.value.text("en")
    assert _snapshot(tmp_path) == before


def test_plaintext_only_when_asked(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    secrets = KeyringSecretStore(backend)
    plain, enc = tmp_path / "plain.db", tmp_path / "enc.db"
    created = create_school_database(plain, secrets, plaintext=True)
    created.engine.dispose()
    assert created.recovery_key is None
    assert backend.passwords == {}  # no key, no secret
    assert plain.read_bytes().startswith(b"SQLite format 3\x00")
    _with_students(enc, secrets)
    before = _snapshot(tmp_path)

    with pytest.raises(DatabaseKeyError) as as_encrypted:
        open_school_database(plain, secrets)
    with pytest.raises(DatabaseKeyError) as as_plain:
        open_school_database(enc, secrets, plaintext=True)

    assert as_encrypted.value.key == "store.db_is_plaintext"
    assert "nav šifrēta" in as_encrypted.value.text("lv")
    assert "not encrypted" in as_encrypted.value.text("en")
    assert as_plain.value.key == "store.db_is_encrypted"
    assert "is encrypted" in as_plain.value.text("en")
    assert _snapshot(tmp_path) == before
    assert _students(open_school_database(plain, None, plaintext=True)) == 0


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    db = tmp_path / "school.db"
    db.write_bytes(b"somebody's file")
    backend = MemoryKeyring()
    with pytest.raises(Conflict) as exc:
        create_school_database(db, KeyringSecretStore(backend))
    assert str(db) in exc.value.text("lv") and "jau pastāv" in exc.value.text("lv")
    assert db.read_bytes() == b"somebody's file"
    assert backend.passwords == {}


def test_missing_and_empty_files_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(NotFound) as missing:
        open_school_database(tmp_path / "nav.db", _secrets())
    assert "nav atrasta" in missing.value.text("lv")
    (tmp_path / "empty.db").touch()
    with pytest.raises(DatabaseKeyError) as empty:
        open_school_database(tmp_path / "empty.db", _secrets())
    assert "is empty" in empty.value.text("en")
    assert (tmp_path / "empty.db").read_bytes() == b""


def test_recovery_key_round_trip_is_tolerant_of_spaces_and_case() -> None:
    key = os.urandom(32)
    text = recovery_key_text(key)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert parse_recovery_key(text) == key
    assert parse_recovery_key(" ".join(groups).lower()) == key
    assert parse_recovery_key("\n" + text.replace("-", " - ") + "  ") == key


def _typo(text: str) -> str:
    i = 5  # a character inside the second group
    swapped = "A" if text[i] != "A" else "B"
    return text[:i] + swapped + text[i + 1:]


@pytest.mark.parametrize(("mangle", "lv_part", "en_part"), [
    (_typo, "kontrolsumma nesakrīt", "check does not match"),
    (lambda t: t[:-5], "jābūt 56 rakstzīmēm", "must have 56 characters"),
    (lambda t: t.replace("-", "!", 1), "rakstzīme “!”", "character “!”"),
    (lambda t: "   ", "lauks ir tukšs", "field is empty"),
])
def test_recovery_key_mistakes_name_the_field_and_problem(
        mangle: Callable[[str], str], lv_part: str, en_part: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_recovery_key(mangle(recovery_key_text(os.urandom(32))))
    assert exc.value.fields == ["recovery_key"]
    assert exc.value.text("lv").startswith("Atkopšanas atslēga:")
    assert lv_part in exc.value.text("lv")
    assert exc.value.text("en").startswith("Recovery key:")
    assert en_part in exc.value.text("en")


def test_recover_database_key_restores_access(tmp_path: Path) -> None:
    db, backend = tmp_path / "school.db", MemoryKeyring()
    secrets = KeyringSecretStore(backend)
    created = create_school_database(db, secrets)
    build_school(Store(created.engine))
    created.engine.dispose()
    assert created.recovery_key is not None
    secrets.delete(secret_name(db))  # the keyring was lost

    recover_database_key(db, secrets, created.recovery_key.lower().replace("-", " "))

    assert _students(open_school_database(db, secrets)) == 5


def test_recover_refuses_a_key_that_does_not_open_the_file(tmp_path: Path) -> None:
    db, backend = tmp_path / "school.db", MemoryKeyring()
    create_school_database(db, KeyringSecretStore(backend)).engine.dispose()
    backend.passwords.clear()
    before = _snapshot(tmp_path)
    foreign = recovery_key_text(os.urandom(32))

    with pytest.raises(DatabaseKeyError) as exc:
        recover_database_key(db, KeyringSecretStore(backend), foreign)

    assert exc.value.key == "store.recovery_key_wrong"
    assert "neatver datubāzi" in exc.value.text("lv")
    assert "does not open" in exc.value.text("en")
    assert backend.passwords == {}
    assert _snapshot(tmp_path) == before
