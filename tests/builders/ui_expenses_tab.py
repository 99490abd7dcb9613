"""Shared by several test modules: ANNA, open_tab."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.student_card.expenses_tab import ExpensesTab
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext

ANNA = "Anna Ēcere"


def open_tab(qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
             who: str) -> ExpensesTab:
    tab = ExpensesTab(make_ctx(who), school.student_ids[ANNA])
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded):
        tab.load()
    return tab
