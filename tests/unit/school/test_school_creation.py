"""A new school on this computer (`app.services.school.creation`): the encrypted file, its
key in the key store and the school with its first administrator — all of it or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.errors import Conflict, ValidationError
from app.models.keys import secret_name
from app.secrets import KeyringSecretStore, PassphraseFileSecretStore
from app.services.core.store import open_store
from app.services.school.calendar import school_info
from app.services.school.creation import CreationRequest, create_school
from app.services.school.setup import FirstAdminInput, SchoolSetupInput
from app.services.users import auth
from tests.builders.memory_keyring import MemoryKeyring

SCHOOL = SchoolSetupInput("Rucavas pamatskola", "4112 900 456", "Dienvidkurzemes novads")
ADMIN = FirstAdminInput("Ilze.Admin", "Ilze Bērziņa", "pavasaris-2026", "pavasaris-2026")
TODAY = date(2026, 11, 23)


def _request(path: Path, ring: KeyringBackend, admin: FirstAdminInput = ADMIN,
             passphrase: str | None = None) -> CreationRequest:
    return CreationRequest(path, SCHOOL, admin, TODAY, passphrase, ring)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_school_is_created_in_an_encrypted_file_that_opens_with_the_stored_key(
        tmp_path: Path) -> None:
    ring = MemoryKeyring()
    path = tmp_path / "skola.db"
    created = create_school(_request(path, ring))
    assert created.path == path and path.is_file()
    assert not path.read_bytes().startswith(b"SQLite format 3")  # encrypted
    assert len(created.recovery_key) > 20
    assert created.setup.admin.username == "ilze.admin"
    assert created.key_store_note  # the announcement of the key store, in Latvian
    assert KeyringSecretStore(ring).get(secret_name(path)) is not None
    store = open_store(path, KeyringSecretStore(ring))
    try:
        assert school_info(store).name == "Rucavas pamatskola"
        assert auth.sign_in(store, "ilze.admin", "pavasaris-2026").user_id == \
            created.setup.admin.id
    finally:
        store.close()


def test_a_refused_administrator_leaves_no_file_and_no_key_behind(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    path = tmp_path / "skola.db"
    weak = FirstAdminInput("Ilze.Admin", "Ilze Bērziņa", "īss", "īss")
    with pytest.raises(ValidationError):
        create_school(_request(path, ring, weak))
    assert _files(tmp_path) == []
    assert ring.passwords == {}


def test_a_refusal_without_a_key_store_removes_the_new_key_file_too(tmp_path: Path) -> None:
    path = tmp_path / "skola.db"
    weak = FirstAdminInput("", "Ilze Bērziņa", "pavasaris-2026", "pavasaris-2026")
    with pytest.raises(ValidationError):
        create_school(_request(path, fail.Keyring(), weak, passphrase="ziema-ir-auksta"))
    assert _files(tmp_path) == []


def test_without_a_key_store_the_key_goes_to_the_passphrase_file(tmp_path: Path) -> None:
    path = tmp_path / "skola.db"
    create_school(_request(path, fail.Keyring(), passphrase="ziema-ir-auksta"))
    assert _files(tmp_path) == ["skola.db", "skola.db.keys"]
    secrets = PassphraseFileSecretStore(Path(f"{path}.keys"), "ziema-ir-auksta")
    assert secrets.get(secret_name(path)) is not None


def test_an_existing_file_is_never_touched(tmp_path: Path) -> None:
    path = tmp_path / "skola.db"
    path.write_bytes(b"citas skolas dati")
    ring = MemoryKeyring()
    with pytest.raises(Conflict):
        create_school(_request(path, ring))
    assert path.read_bytes() == b"citas skolas dati"
    assert ring.passwords == {}
