"""A new school in a new database file, all or nothing (the first-run wizard's work and
`pumpurs school create`): the encrypted file with its key in the chosen key store, the
school, its calendar and catalogues, and the first administrator.

The file is built under a temporary name and moved into place complete
(`app.models.building`). If set-up fails (a bad field, a bundled file missing) the new file is
removed, its key is taken out of the key store, and a key file this call made is deleted:
nothing is left behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.errors import ValidationError
from app.models.building import database_being_built
from app.secrets import SecretStore
from app.services.core.store import Store
from app.services.school.setup import (
    FirstAdminInput,
    SchoolSetupInput,
    SchoolSetupResult,
    first_admin_problems,
    set_up_school,
    setup_problems,
)


@dataclass(frozen=True)
class SchoolFile:
    path: Path
    recovery_key: str | None  # None only for an explicitly unencrypted file
    setup: SchoolSetupResult


def create_school_file(path: Path, secrets: SecretStore | None, school: SchoolSetupInput,
                       admin: FirstAdminInput, today: date, *, plaintext: bool = False,
                       key_file_existed: bool = True) -> SchoolFile:
    """The new school's database at `path` (refused if the file exists). `key_file_existed`:
    whether `<path>.keys` was there before the key store was chosen (it is removed on
    failure when it was not)."""
    problems = [*setup_problems(school), *first_admin_problems(admin)]
    if problems:  # before any file exists
        raise ValidationError(problems)
    key_file = Path(f"{path}.keys")
    try:
        with database_being_built(path, secrets, plaintext=plaintext) as created:
            store = Store(created.engine)
            try:
                result = set_up_school(store, school, admin, today)
            finally:
                store.close()
    except BaseException:
        if not key_file_existed:
            key_file.unlink(missing_ok=True)
        raise
    return SchoolFile(path, created.recovery_key, result)
