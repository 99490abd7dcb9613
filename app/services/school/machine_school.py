"""A new school in the per-machine mode (every account of this PC): the database in the
machine's shared folder, its key in a key-slot file whose first slot is the first
administrator's, and `machine.json` naming it for every account (`app.machine_install`).

All or nothing, as `create_school_file`: if the key-slot file or the settings cannot be
written, the new database is removed again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.errors import Conflict
from app.key_slots import KeySlots, MemorySecretStore, slots_path
from app.machine_install import record_machine_install
from app.models.database import remove_database_files
from app.models.keys import secret_name
from app.services.school.school_file import SchoolFile, create_school_file
from app.services.school.setup import FirstAdminInput, SchoolSetupInput
from app.services.users.rules import normalise_username


@dataclass(frozen=True)
class MachineSchool:
    made: SchoolFile
    slots: KeySlots
    settings: Path  # the machine.json written


def create_machine_school(path: Path, school: SchoolSetupInput, admin: FirstAdminInput,
                          today: date) -> MachineSchool:
    """The school's shared database at `path`, opened by the first administrator's slot."""
    slots_file = slots_path(path)
    if slots_file.exists():
        raise Conflict("store.slots_exist", path=slots_file)
    pending = MemorySecretStore()
    made = create_school_file(path, pending, school, admin, today)
    key = pending.get(secret_name(path))
    assert key is not None  # an encrypted database always has one
    try:
        slots = KeySlots.create(slots_file, key, normalise_username(admin.username),
                                admin.password)
        settings = record_machine_install(path, made.setup.school.name)
    except BaseException:
        remove_database_files(path)
        slots_file.unlink(missing_ok=True)
        raise
    return MachineSchool(made, slots, settings)
