"""Shared by several test modules: ANNA, ASKED, add_measure, answer_yes,
cell, click, create, open_tab, stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.services.plans import lifecycle as plans
from app.ui.student_card.plan_tab import PlanTab
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext

ANNA = "Anna Ēcere"


ASKED: list[str] = []  # the questions the tab asked, answered "yes"


def answer_yes(_parent: object, question: str) -> bool:
    ASKED.append(question)
    return True


def open_tab(qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture, who: str = "teacher",
             scan: Path | None = None) -> PlanTab:
    tab = PlanTab(make_ctx(who), school.student_ids[ANNA],
                  choose_file=lambda _parent: str(scan) if scan else None,
                  confirm=answer_yes)
    qtbot.addWidget(tab)
    tab.resize(1100, 900)
    tab.show()
    tab.load()
    qtbot.waitUntil(lambda: tab.message.text() != "Ielādē plānu…")
    return tab


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def create(qtbot: QtBot, tab: PlanTab) -> None:
    assert tab.message.text() == "Skolēnam vēl nav atbalsta plāna semestrim 2026/2027-1."
    with qtbot.waitSignal(tab.saved):
        click(qtbot, tab.create_button)
    assert tab.status.status.text() == "Statuss: melnraksts"


def add_measure(qtbot: QtBot, tab: PlanTab, type_id: object, amount: str,
                provider: str | None = None) -> None:
    m = tab.measures
    click(qtbot, m.add_button)
    m.type_combo.setCurrentIndex(m.type_combo.findData(str(type_id)))
    if provider is not None:
        m.provider_combo.setCurrentIndex(
            m.provider_combo.findText(provider, Qt.MatchFlag.MatchStartsWith))
    m.amount.clear()
    type_text(m.amount, amount)


def cell(tab: PlanTab, row: int, column: int) -> str:
    model = tab.measures.model
    return str(model.data(model.index(row, column)))


def stored(school: SchoolFixture, who: str = "teacher") -> plans.PlanView:
    found = plans.list_plans(school.store, school.actors[who], school.current_semester_id)
    assert len(found) == 1
    return plans.get_plan(school.store, school.actors[who], found[0].id)
