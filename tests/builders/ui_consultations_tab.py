"""Shared by several test modules: ANNA, NOTES, logged_by_support,
open_tab."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.models.enums import ConsultationKind
from app.services.support.consultations import (
    ConsultationInput,
    log_consultation,
)
from app.ui.student_card.consultations_tab import ConsultationsTab
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext

ANNA = "Anna Ēcere"


NOTES = "Stāsta par konfliktu ar klasesbiedru; vecāki vēl nezina."


def open_tab(qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
             who: str) -> ConsultationsTab:
    tab = ConsultationsTab(make_ctx(who), school.student_ids[ANNA])
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded):
        tab.load()
    return tab


def logged_by_support(school: SchoolFixture, topic: str = "Trauksme pirms kontroldarbiem",
                      notes: str = NOTES) -> None:
    log_consultation(school.store, school.actors["support"], ConsultationInput(
        school.student_ids[ANNA], None, date(2026, 11, 2), 40, ConsultationKind.INDIVIDUAL,
        topic, True, notes))
