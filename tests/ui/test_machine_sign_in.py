"""The sign-in window in the per-machine mode: the real dialog opens a real encrypted
database in a temporary machine folder with the person's key slot."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.machine_install import MACHINE_ENV, machine_database_path, machine_install
from app.services.school.calendar import school_info
from app.services.school.creation import CreationRequest, create_school
from app.services.school.setup import FirstAdminInput, SchoolSetupInput
from app.services.users import MachineSignIn
from app.ui.login_dialog import LoginDialog

SCHOOL = SchoolSetupInput("Rucavas pamatskola", "4112 900 456", "Dienvidkurzemes novads")
ADMIN = FirstAdminInput("ilze.admin", "Ilze Bērziņa", "pavasaris-2026", "pavasaris-2026")


@pytest.fixture
def opener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MachineSignIn]:
    monkeypatch.setenv(MACHINE_ENV, str(tmp_path / "ProgramData" / "Pumpurs"))
    create_school(CreationRequest(machine_database_path(), SCHOOL, ADMIN, date(2026, 11, 23),
                                  None, None, per_machine=True))
    shared = machine_install()
    assert shared is not None
    made = MachineSignIn(shared.database)
    yield made
    made.close()


def _sign_in(dialog: LoginDialog, qtbot: QtBot, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_login_opens_the_shared_database_with_the_persons_password(
        qtbot: QtBot, opener: MachineSignIn) -> None:
    shared = machine_install()
    assert shared is not None and shared.school_name == "Rucavas pamatskola"
    dialog = LoginDialog(shared.school_name, opener, "lv")
    qtbot.addWidget(dialog)
    _sign_in(dialog, qtbot, "ilze.admin", "nepareiza-parole")
    assert dialog.actor is None and opener.store is None  # the database stays closed
    assert dialog.error.text() and dialog.password.text() == ""
    _sign_in(dialog, qtbot, "ilze.admin", "pavasaris-2026")
    assert dialog.actor is not None and dialog.actor.username == "ilze.admin"
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert opener.store is not None
    assert school_info(opener.store).name == "Rucavas pamatskola"
