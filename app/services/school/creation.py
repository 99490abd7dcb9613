"""A new school on this computer: key store, encrypted database file, school and its first
administrator (the first-run wizard runs this on the database worker).

Either everything exists afterwards (the file, its key in the key store, the school and its
first administrator) or nothing this call made is left behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from keyring.backend import KeyringBackend

from app.models.base import utcnow
from app.models.database import create_school_database, remove_database_files
from app.models.keys import secret_name
from app.secrets import SecretStore, choose_secret_store
from app.services.core.store import Store
from app.services.school.setup import (
    FirstAdminInput,
    SchoolSetupInput,
    SchoolSetupResult,
    set_up_school,
)


@dataclass(frozen=True)
class CreationRequest:
    path: Path
    school: SchoolSetupInput
    admin: FirstAdminInput
    today: date
    passphrase: str | None  # the key file's passphrase where there is no system key store
    backend: KeyringBackend | None  # None: the platform's key store


@dataclass(frozen=True)
class CreatedSchool:
    path: Path
    recovery_key: str
    setup: SchoolSetupResult
    secrets: SecretStore
    key_store_note: str  # which key store holds the key, as the store announces it (lv)
    created_at: datetime = field(default_factory=utcnow)  # printed on the recovery sheet


def create_school(request: CreationRequest, lang: str = "lv") -> CreatedSchool:
    key_file = Path(f"{request.path}.keys")
    key_file_existed = key_file.exists()
    choice = choose_secret_store(request.path, "auto", request.passphrase, request.backend)
    try:
        created = create_school_database(request.path, choice.store)
    except BaseException:
        if not key_file_existed:
            key_file.unlink(missing_ok=True)
        raise
    store = Store(created.engine)
    try:
        result = set_up_school(store, request.school, request.admin, request.today)
    except BaseException:
        store.close()
        remove_database_files(request.path)
        choice.store.delete(secret_name(request.path))
        if not key_file_existed:
            key_file.unlink(missing_ok=True)
        raise
    store.close()
    assert created.recovery_key is not None  # an encrypted database always has one
    return CreatedSchool(request.path, created.recovery_key, result, choice.store,
                         choice.announcement(lang))
