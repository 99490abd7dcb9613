"""The second language: switching to English at sign-in gives an English UI and messages."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.users import auth
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext


def test_the_language_switch_asks_for_english(school: SchoolFixture, qtbot: QtBot) -> None:
    dialog = LoginDialog("Priekules vidusskola", lambda u, p: auth.sign_in(school.store, u, p),
                         "lv")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(1)
    assert dialog.requested_language == "en"


def test_english_main_window_and_messages(school: SchoolFixture, make_ctx: MakeContext,
                                          qtbot: QtBot, qapp: QApplication) -> None:
    # The autouse fixture installed Latvian; English is the source language: no translator.
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    dialog = LoginDialog("Priekules vidusskola", lambda u, p: auth.sign_in(school.store, u, p),
                         "en")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Pumpurs — sign in"
    dialog.username.setText("teacher")
    dialog.password.setText("wrong password")
    dialog.try_sign_in()
    assert "user name or password" in dialog.error.text().lower()
    window = MainWindow(make_ctx("coordinator", lang="en"))
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:3] == ["My work", "Pupils", "Plans"]
    assert "Semester 2026/2027-1" in window.semester_label.text()
