"""Menus and keys (issue 17): File / View / Help in Latvian, Ctrl+L locks, Ctrl+<n> goes to a
screen, Ctrl+F finds, Down goes from the search into the pupils and Enter opens the card,
Esc and Ctrl+W close it, Ctrl+S saves the tab shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.ui.main_window import MainWindow
from app.ui.menus import about_text
from app.ui.students.students_screen import StudentsScreen
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext


def shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def test_the_menus_are_latvian_with_their_keys(qtbot: QtBot, make_ctx: MakeContext) -> None:
    window = MainWindow(make_ctx("coordinator"))
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Fails", "&Rediģēt", "&Skats", "&Palīdzība"]
    assert [m.title() for m in (window.file_menu, window.view_menu, window.help_menu)
            if m is not None] == ["&Fails", "&Skats", "&Palīdzība"]
    assert action(window, "lock_now").text() == "&Bloķēt tagad"
    assert action(window, "lock_now").shortcut().toString() == "Ctrl+L"
    assert action(window, "quit").shortcut().toString() == "Ctrl+Q"
    assert action(window, "go_pupils").shortcut().toString() == "Ctrl+2"
    assert action(window, "refresh").shortcut().toString() == "F5"
    with qtbot.waitSignal(window.lock_requested):
        action(window, "lock_now").trigger()
    with qtbot.waitSignal(window.sign_out_requested):
        action(window, "sign_out").trigger()
    action(window, "go_plans").trigger()
    assert window.navigation.currentRow() == window.row_of("plans")


def test_about_names_the_version_the_database_and_the_user(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    window = MainWindow(make_ctx("director"))
    qtbot.addWidget(window)
    text = about_text(window)
    assert f"Pumpurs {__version__}" in text
    assert f"Datubāze: {school.store.path}" in text and "Pieteicies: Jānis Bērziņš" in text
    assert "PMP — priekšlaicīga mācību pārtraukšana" in text  # said once, in About
    assert "Datubāzes atslēga glabājas šī datora sistēmas atslēgu glabātuvē." in text
    assert "Pēdējā rezerves kopija: vēl nav izveidota" in text
    assert "(direktors)" in window.user_label.text()
    assert window.user_label.toolTip().startswith("PMP — ")


def test_ctrl_f_down_and_enter_open_a_pupil_and_esc_closes_the_card(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    window = shown(qtbot, MainWindow(make_ctx("teacher")))
    action(window, "go_pupils").trigger()
    screen = window.screen_at(window.row_of("pupils"))
    assert isinstance(screen, StudentsScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    window.activateWindow()
    screen.table.setFocus()
    qtbot.waitUntil(lambda: screen.table.hasFocus())
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.search.hasFocus())
    type_text(screen.search, "ķem")
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    assert screen.table.hasFocus() and screen.current_row() is not None
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    laura = school.student_ids["Laura Ķemere"]
    qtbot.waitUntil(lambda: laura in screen.cards)
    card = screen.cards[laura]
    qtbot.waitExposed(card)
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: laura not in screen.cards)


def test_the_edit_menu_works_on_the_field_in_focus_and_copies_table_rows(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    window = shown(qtbot, MainWindow(make_ctx("teacher")))
    action(window, "go_pupils").trigger()
    screen = window.screen_at(window.row_of("pupils"))
    assert isinstance(screen, StudentsScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    assert action(window, "edit_copy").text() == "&Kopēt"
    assert action(window, "edit_paste").shortcut().matches(
        QKeySequence("Ctrl+V")) == QKeySequence.SequenceMatch.ExactMatch
    window.activateWindow()
    screen.search.setFocus()
    qtbot.waitUntil(screen.search.hasFocus)
    type_text(screen.search, "Ķemere")
    action(window, "edit_selectAll").trigger()
    action(window, "edit_cut").trigger()
    assert screen.search.text() == "" and QGuiApplication.clipboard().text() == "Ķemere"
    action(window, "edit_paste").trigger()
    assert screen.search.text() == "Ķemere"
    action(window, "edit_undo").trigger()
    assert screen.search.text() == ""

    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    screen.table.selectRow(0)
    action(window, "edit_copy").trigger()
    copied = QGuiApplication.clipboard().text()
    first = [str(screen.model.data(screen.model.index(0, c)) or "")
             for c in range(screen.model.columnCount())]
    assert copied == "\t".join(first) and first[0]
