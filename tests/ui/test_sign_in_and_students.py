"""Walk the first workflow as a person would: sign in, see the pupils, find one by typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.services.users import auth
from app.services.users.admin import change_password
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.students.students_screen import StudentsScreen
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext

PASSWORD = "Skolotāja-parole-1"


def login(school: SchoolFixture, qtbot: QtBot) -> LoginDialog:
    admin = school.actors["admin"]
    change_password(school.store, admin, school.actors["teacher"].user_id, None, PASSWORD,
                    PASSWORD)
    dialog = LoginDialog("Priekules vidusskola",
                         lambda u, p: auth.sign_in(school.store, u, p), "lv")
    qtbot.addWidget(dialog)
    return dialog


def press_sign_in(dialog: LoginDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wrong_password_says_so_in_latvian(school: SchoolFixture, qtbot: QtBot) -> None:
    dialog = login(school, qtbot)
    qtbot.keyClicks(dialog.username, "teacher")
    type_text(dialog.password, "nepareizā")
    press_sign_in(dialog, qtbot)
    assert dialog.actor is None
    assert "Lietotājvārds vai parole nav pareiza" in dialog.error.text()
    assert dialog.password.text() == ""


def test_teacher_signs_in_and_finds_a_student_by_typing(school: SchoolFixture, qtbot: QtBot,
                                                      make_ctx: MakeContext) -> None:
    dialog = login(school, qtbot)
    qtbot.keyClicks(dialog.username, "teacher")
    type_text(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        press_sign_in(dialog, qtbot)
    actor = dialog.actor
    assert actor is not None and actor.username == "teacher"

    ctx = make_ctx("teacher")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = window.screen_at(window.row_of("pupils"))
    assert isinstance(screen, StudentsScreen)
    # The class teacher of 5.a sees her three pupils, not those of 6.b.
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    names = {screen.model.data(screen.model.index(r, 0)) for r in range(3)}
    assert names == {"Ēcere", "Šmits", "Ķemere"}
    assert window.navigation.item(0).text() == "Mans darbs"  # the home screen comes first
    assert window.navigation.item(1).text() == "Skolēni"

    type_text(screen.search, "ķem")
    assert screen.proxy.rowCount() == 1
    assert screen.proxy.data(screen.proxy.index(0, 1)) == "Laura"
    assert screen.count.text() == "1 no 3"
    screen.search.clear()
    type_text(screen.search, "smits")  # without diacritics finds "Šmits"
    assert screen.proxy.data(screen.proxy.index(0, 0)) == "Šmits"
