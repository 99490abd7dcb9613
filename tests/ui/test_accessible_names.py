"""Every input and button a person can reach on the main screens has an accessible name, so
a screen reader says what it is (issue 17): the test walks each role's screens and an open
pupil card with its tabs, and names every unnamed control it finds."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_students import click, open_screen

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit)


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def _inner(widget: QWidget) -> bool:
    """Parts of a compound control (a combo's line edit, a spin box's editor, a table's
    corner button, the tab bar's scroll buttons) are named by the control around them."""
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)) or (
        parent is not None and type(parent).__name__ == "QTabBar") or (
        type(widget).__name__ in ("QToolButton",) and parent is not None
        and isinstance(parent.parentWidget(), QTabWidget))


def unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if (isinstance(widget, CONTROLS) and widget.isVisible() and not _inner(widget)
                and not accessible_name(widget)):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                         f"{type(widget.window()).__name__}/"
                         f"{type(widget.parentWidget()).__name__}")
    return found


def _walk(window: MainWindow, qtbot: QtBot) -> list[str]:
    problems: list[str] = []
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        window.ctx.worker.wait()
        qtbot.wait(20)  # the ops' results reach the screen
        problems += unnamed(window)
    return problems


@pytest.mark.parametrize("who", ["teacher", "support", "coordinator", "director", "admin"])
def test_every_control_of_the_main_screens_is_named(make_ctx: MakeContext, qtbot: QtBot,
                                                    who: str) -> None:
    window = MainWindow(make_ctx(who))
    qtbot.addWidget(window)
    window.show()
    problems = sorted(set(_walk(window, qtbot)))
    assert not problems, "unnamed controls:\n" + "\n".join(problems)


def test_every_control_of_a_pupil_card_is_named(make_ctx: MakeContext, qtbot: QtBot,
                                                school: SchoolFixture) -> None:
    window = MainWindow(make_ctx("coordinator"))
    qtbot.addWidget(window)
    window.show()
    window.open_student(school.student_ids["Anna Ēcere"])
    window.ctx.worker.wait()
    qtbot.wait(20)
    cards = [w for w in window.findChildren(QTabWidget) if w.isVisible() and w.count() > 3]
    assert cards
    problems: list[str] = []
    for card in cards:
        for i in range(card.count()):
            card.setCurrentIndex(i)
            window.ctx.worker.wait()
            qtbot.wait(20)
            problems += unnamed(card.window())
    problems = sorted(set(problems))
    assert not problems, "unnamed controls:\n" + "\n".join(problems)


def test_every_field_of_the_pupil_dialog_is_named_after_its_label(
        make_ctx: MakeContext, qtbot: QtBot) -> None:
    pupils = open_screen(make_ctx("coordinator"), qtbot)
    click(qtbot, pupils.add_button)
    dialog = pupils.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.class_combo.count() > 0)
    assert unnamed(dialog) == []
    assert dialog.class_combo.accessibleName() == "Klase"
