"""A new school on this computer: key store, encrypted database file, school and its first
administrator (the first-run wizard runs this on the database worker).

Either everything exists afterwards (the file, its key in the key store, the school and its
first administrator) or nothing this call made is left behind: the work is
`create_school_file`'s, which builds the file under a temporary name. `per_machine`: the
shared database of every account of this PC (`machine_school`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from keyring.backend import KeyringBackend

from app.i18n import render
from app.models.base import utcnow
from app.secrets import SecretStore, choose_secret_store
from app.services.school.machine_school import create_machine_school
from app.services.school.school_file import create_school_file
from app.services.school.setup import FirstAdminInput, SchoolSetupInput, SchoolSetupResult


@dataclass(frozen=True)
class CreationRequest:
    path: Path
    school: SchoolSetupInput
    admin: FirstAdminInput
    today: date
    passphrase: str | None  # the key file's passphrase where there is no system key store
    backend: KeyringBackend | None  # None: the platform's key store
    per_machine: bool = False  # every account of this PC: key slots, machine.json


@dataclass(frozen=True)
class CreatedSchool:
    path: Path
    recovery_key: str
    setup: SchoolSetupResult
    secrets: SecretStore
    key_store_note: str  # which key store holds the key, as the store announces it (lv)
    created_at: datetime = field(default_factory=utcnow)  # printed on the recovery sheet


def create_school(request: CreationRequest, lang: str = "lv") -> CreatedSchool:
    if request.per_machine:
        shared = create_machine_school(request.path, request.school, request.admin,
                                       request.today)
        assert shared.made.recovery_key is not None
        return CreatedSchool(request.path, shared.made.recovery_key, shared.made.setup,
                             shared.slots, render("store.using_slots", lang,
                                                  path=shared.slots.path))
    key_file_existed = Path(f"{request.path}.keys").exists()
    choice = choose_secret_store(request.path, "auto", request.passphrase, request.backend)
    made = create_school_file(request.path, choice.store, request.school, request.admin,
                              request.today, key_file_existed=key_file_existed)
    assert made.recovery_key is not None  # an encrypted database always has one
    return CreatedSchool(request.path, made.recovery_key, made.setup, choice.store,
                         choice.announcement(lang))
