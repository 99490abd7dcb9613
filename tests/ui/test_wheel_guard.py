"""The mouse wheel over an unfocused drop-down in the long plan form scrolls the form and
leaves the value alone; once the field has focus, the wheel changes it as usual."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_plan_tab import create, open_tab

UP = QPoint(0, 120)


def wheel_over(widget: QWidget, delta: QPoint) -> None:
    """A real wheel event from the window system at the widget's centre."""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None
    QTest.wheelEvent(handle, widget.mapTo(window, widget.rect().center()), delta)


def test_wheel_over_unfocused_combo_scrolls_the_plan_form(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    create(qtbot, tab)
    tab.resize(1000, 420)  # the form is longer than the window
    qtbot.waitExposed(tab)
    combo: QComboBox = tab.responsible
    assert combo.count() > 3
    combo.setCurrentIndex(3)
    bar = tab.page_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    tab.page_scroll.ensureWidgetVisible(combo)
    before = bar.value()
    assert before > 0 and not combo.hasFocus()

    wheel_over(combo, UP)
    assert combo.currentIndex() == 3
    assert bar.value() < before  # the form scrolled up instead
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gave no focus

    combo.setFocus()
    tab.page_scroll.ensureWidgetVisible(combo)
    wheel_over(combo, UP)
    assert combo.currentIndex() == 2  # a focused combo box still takes the wheel
