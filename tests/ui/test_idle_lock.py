"""Idle auto-lock: the lock screen covers everything, unsaved edits survive, lock-out leaves
only "Sign out"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QVBoxLayout
from pytestqt.qtbot import QtBot

from app.services.users import auth
from app.services.users.admin import change_password
from app.ui.context import UiContext
from app.ui.idle_lock import IdleLock
from app.ui.lock_screen import LockScreen
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext

PASSWORD = "mans-slepenais-1"


def _teacher(school: SchoolFixture, make_ctx: MakeContext) -> UiContext:
    ctx = make_ctx("teacher")
    change_password(school.store, school.actors["admin"], ctx.actor.user_id, None, PASSWORD,
                    PASSWORD)
    return ctx


def _window(qtbot: QtBot) -> tuple[QMainWindow, QLineEdit]:
    window = QMainWindow()
    edit = QLineEdit()
    edit.setObjectName("unsaved_note")
    window.setCentralWidget(edit)
    qtbot.addWidget(window)
    window.show()
    return window, edit


def _unlock_with(qtbot: QtBot, screen: LockScreen, password: str) -> None:
    type_text(screen.password, password)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.op is None)


def test_unsaved_text_survives_lock_and_unlock(qtbot: QtBot, school: SchoolFixture,
                                               make_ctx: MakeContext) -> None:
    ctx = _teacher(school, make_ctx)
    window, edit = _window(qtbot)
    dialog = QDialog(window)
    dialog_edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(dialog_edit)
    dialog.show()
    type_text(edit, "Ēcere: jāpārrunā ar vecākiem")
    type_text(dialog_edit, "Nesaglabāts")
    idle = IdleLock(window, ctx, 10, timeout_ms=30)
    qtbot.waitUntil(lambda: idle.locked)
    screen = idle.screen
    assert screen is not None and screen.isVisible()
    assert screen.heading.text() == "Bloķēts — ievadiet savu paroli"
    assert "Ilze Kalniņa" in screen.who.text()
    assert window.isVisible() and dialog.isVisible()  # nothing was closed
    assert idle.covers[window].isVisible() and idle.covers[dialog].isVisible()

    type_text(edit, "X")  # input underneath is swallowed while locked
    assert edit.text() == "Ēcere: jāpārrunā ar vecākiem"

    _unlock_with(qtbot, screen, "nepareiza-parole")
    assert idle.locked
    assert screen.error.text() == "Parole: tā nav pareiza — pārbaudiet to un mēģiniet vēlreiz."

    _unlock_with(qtbot, screen, PASSWORD)
    qtbot.waitUntil(lambda: not idle.locked)
    assert edit.text() == "Ēcere: jāpārrunā ar vecākiem"
    assert dialog_edit.text() == "Nesaglabāts"
    assert dialog.isVisible() and not idle.covers
    type_text(edit, "!")
    assert edit.text().endswith("!")
    assert idle.timer.isActive()  # counting again
    idle.stop()


def test_the_lock_screen_cannot_simply_be_closed(qtbot: QtBot, school: SchoolFixture,
                                                 make_ctx: MakeContext) -> None:
    ctx = _teacher(school, make_ctx)
    window, _edit = _window(qtbot)
    idle = IdleLock(window, ctx, 10)
    idle.lock()
    assert idle.screen is not None
    idle.screen.close()
    assert idle.screen.isVisible() and idle.locked
    qtbot.mouseClick(idle.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert idle.screen.error.text() == "Parole: ievadiet savu paroli, lai atbloķētu."
    idle.stop()


def test_input_restarts_the_countdown(qtbot: QtBot, school: SchoolFixture,
                                      make_ctx: MakeContext) -> None:
    ctx = _teacher(school, make_ctx)
    window, edit = _window(qtbot)
    idle = IdleLock(window, ctx, 10)
    assert idle.timer.interval() == 10 * 60_000
    idle.timer.stop()
    type_text(edit, "a")
    assert idle.timer.isActive()
    idle.set_minutes(3)
    assert idle.timer.interval() == 3 * 60_000 and not idle.locked
    idle.stop()


def test_after_lock_out_only_sign_out_is_offered(qtbot: QtBot, school: SchoolFixture,
                                                 make_ctx: MakeContext) -> None:
    ctx = _teacher(school, make_ctx)
    window, edit = _window(qtbot)
    type_text(edit, "melnraksts")
    idle = IdleLock(window, ctx, 10)
    idle.lock()
    screen = idle.screen
    assert screen is not None
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        _unlock_with(qtbot, screen, "nepareiza-parole")
    assert "konts ir bloķēts līdz" in screen.error.text()
    assert not screen.unlock_button.isVisible() and not screen.password.isVisible()
    assert screen.sign_out.isVisible()
    assert auth.unlock_refusal(school.store, ctx.actor) is not None
    with qtbot.waitSignal(idle.signed_out):
        qtbot.mouseClick(screen.sign_out, Qt.MouseButton.LeftButton)
    assert not idle.locked and not idle.covers
    assert not idle.timer.isActive()
    assert edit.text() == "melnraksts"  # what happens to the window is the caller's choice
