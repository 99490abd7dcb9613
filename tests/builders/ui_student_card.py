"""Shared by several test modules: ANNA, open_card."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.context import UiContext
from app.ui.student_card.card import StudentCard
from tests.builders.school import SchoolFixture

ANNA = "Anna Ēcere"


def open_card(ctx: UiContext, school: SchoolFixture, qtbot: QtBot, tabs: list[object],
              **kwargs: object) -> StudentCard:
    card = StudentCard(ctx, school.student_ids[ANNA], tabs, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.header_loaded):
        card.show()
    return card
