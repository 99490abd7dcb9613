"""The first-run wizard's choice "every account of this computer": the shared database in a
temporary machine folder, opened afterwards by the administrator's password alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.key_slots import KeySlots, has_key_slots
from app.machine_install import MACHINE_ENV, machine_install
from app.services.school.calendar import school_info
from app.services.users import MachineSignIn
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.ui_first_run import _fill_school_and_admin, _finish, _wizard


def test_the_wizard_creates_a_database_every_account_opens(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    machine = tmp_path / "ProgramData" / "Pumpurs"
    monkeypatch.setenv(MACHINE_ENV, str(machine))
    own = tmp_path / "own" / "pumpurs.db"
    ring = MemoryKeyring()
    wizard = _wizard(qtbot, own, ring)
    _fill_school_and_admin(qtbot, wizard)
    location = wizard.location_page
    assert location.only_me.isChecked() and location.path.text() == str(own)
    assert "citam kontam" in location.mode_note.text()
    location.every_account.click()  # as the keyboard or a click on its label does
    assert location.per_machine()
    assert location.path.text() == str(machine / "pumpurs.db")
    assert location.path.isReadOnly()
    assert "kopīga visiem šī datora kontiem" in location.key_note.text()
    _finish(qtbot, wizard)
    assert isinstance(wizard.created.secrets if wizard.created else None, KeySlots)
    assert not own.exists() and not ring.passwords  # nothing in this account's key store
    shared = machine_install()
    assert shared is not None and has_key_slots(shared.database)
    opener = MachineSignIn(shared.database)
    try:
        opener("ilze.admin", "pavasaris-2026")
        assert opener.store is not None
        assert school_info(opener.store).name == "Rucavas pamatskola"
    finally:
        opener.close()
