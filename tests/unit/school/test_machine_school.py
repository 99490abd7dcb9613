"""The per-machine mode end to end below the UI: a school created in a temporary machine
folder, opened by its users' key slots, with slots following the accounts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.errors import AuthenticationFailed, Conflict
from app.key_slots import KeySlots, slots_path
from app.machine_install import MACHINE_ENV, default_location, machine_database_path
from app.models.enums import Role
from app.services.school.calendar import school_info
from app.services.school.creation import CreationRequest, create_school
from app.services.school.setup import FirstAdminInput, SchoolSetupInput
from app.services.users import (
    MachineSignIn,
    UserInput,
    change_password,
    create_user,
    deactivate_user,
)

SCHOOL = SchoolSetupInput("Rucavas pamatskola", "4112 900 456", "Dienvidkurzemes novads")
ADMIN = FirstAdminInput("Ilze.Admin", "Ilze Bērziņa", "pavasaris-2026", "pavasaris-2026")
TEACHER = UserInput("janis", "Jānis Ozols", "skolotajs-2026", (Role.TEACHER,))


@pytest.fixture
def shared_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(MACHINE_ENV, str(tmp_path / "ProgramData" / "Pumpurs"))
    path = machine_database_path()
    created = create_school(CreationRequest(path, SCHOOL, ADMIN, date(2026, 11, 23), None,
                                            None, per_machine=True))
    assert isinstance(created.secrets, KeySlots)
    assert created.key_store_note.startswith("Datubāze ir kopīga")
    return path


def test_a_per_machine_school_opens_with_the_administrators_password(shared_db: Path) -> None:
    assert default_location() == shared_db.resolve()  # every account finds it
    assert not shared_db.read_bytes().startswith(b"SQLite format 3")
    opener = MachineSignIn(default_location())
    actor = opener(" Ilze.Admin ", "pavasaris-2026")
    assert opener.store is not None and opener.store.key_slots is opener.slots
    assert actor.username == "ilze.admin"
    assert school_info(opener.store).name == "Rucavas pamatskola"
    opener.close()
    with pytest.raises(AuthenticationFailed) as wrong:
        MachineSignIn(shared_db)("ilze.admin", "nepareiza-parole")
    assert wrong.value.key == "auth.failed"


def test_slots_follow_account_creation_password_changes_and_deactivation(
        shared_db: Path) -> None:
    opener = MachineSignIn(shared_db)
    admin = opener("ilze.admin", "pavasaris-2026")
    assert opener.store is not None
    teacher = create_user(opener.store, admin, TEACHER)
    opener.close()
    second = MachineSignIn(shared_db)  # another Windows account, same PC
    me = second("janis", "skolotajs-2026")
    assert second.store is not None
    change_password(second.store, me, me.user_id, "skolotajs-2026", "jauna-parole-77",
                    "jauna-parole-77")
    second.close()
    with pytest.raises(AuthenticationFailed):
        MachineSignIn(shared_db)("janis", "skolotajs-2026")
    third = MachineSignIn(shared_db)
    third("janis", "jauna-parole-77")
    third.close()
    fourth = MachineSignIn(shared_db)
    admin = fourth("ilze.admin", "pavasaris-2026")
    assert fourth.store is not None
    deactivate_user(fourth.store, admin, teacher.id)
    fourth.close()
    assert KeySlots.unlock(slots_path(shared_db), "ilze.admin", "pavasaris-2026"
                           ).usernames() == ("ilze.admin",)
    with pytest.raises(AuthenticationFailed):
        MachineSignIn(shared_db)("janis", "jauna-parole-77")


def test_a_second_school_is_refused_where_the_key_file_exists(shared_db: Path) -> None:
    shared_db.unlink()
    with pytest.raises(Conflict):
        create_school(CreationRequest(shared_db, SCHOOL, ADMIN, date(2026, 11, 23), None,
                                      None, per_machine=True))
    assert not shared_db.exists()
