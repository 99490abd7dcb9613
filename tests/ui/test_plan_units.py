"""Planned hours are talked about in hours: zero or negative hours are "more than 0 hours",
never "enter a number" nor minutes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_plan_tab import add_measure, cell, create, open_tab, stored


def test_negative_hours_say_more_than_zero_hours_and_save_nothing(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    create(qtbot, tab)
    add_measure(qtbot, tab, catalogue.measure("consult_psychologist"), "-5")
    assert tab.measures.amount_problem.isVisible()
    assert tab.measures.amount_problem.text() == (
        "Plānotās stundas: jābūt vairāk par 0 stundām.")
    assert cell(tab, 0, 6) == "—"
    tab.measures.amount.setText("0")
    assert tab.measures.amount_problem.text() == (
        "Plānotās stundas: jābūt vairāk par 0 stundām.")
    tab.save()
    qtbot.waitUntil(lambda: tab.errors.message("measures") != "")
    message = tab.errors.message("measures")
    assert "stundām" in message and "minūt" not in message
    assert stored(school).measures == ()


def test_a_negative_sum_says_more_than_zero_euro(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    create(qtbot, tab)
    add_measure(qtbot, tab, catalogue.measure("meals"), "-5")
    assert tab.measures.amount_problem.text() == "Plānotā summa: jābūt vairāk par 0 €."
