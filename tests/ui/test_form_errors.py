"""After a refused save the plan form says at the top what failed, puts the focus on the
first failed field and scrolls it into view; a message goes once its value is changed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from app.ui.student_card.plan_dates import set_date
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_plan_tab import add_measure, click, create, open_tab

MEASURE_PROBLEM = ("Pasākums 1: plānotajām stundām jābūt vairāk par 0 h un ne vairāk par "
                   "1000\u00a0h.")


def test_a_refused_save_summarises_focuses_and_scrolls_to_the_first_failed_field(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    create(qtbot, tab)
    tab.resize(1000, 450)  # the form is longer than the window
    add_measure(qtbot, tab, catalogue.measure("consult_psychologist"), "pusotra")
    set_date(tab.review_dates.new_date, date(2027, 2, 15))  # the next semester
    click(qtbot, tab.review_dates.add_button)
    bar = tab.page_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the person is at the bottom, by the Save button
    tab.save()
    qtbot.waitUntil(lambda: tab.errors.message("measures") != "")

    errors = tab.errors
    assert errors.general.isVisible() and not tab.page_scroll.isAncestorOf(errors.general)
    lines = errors.summary().splitlines()
    assert lines[0] == "Nav saglabāts. Izlabojiet atzīmēto:"
    assert lines[1] == f"• {MEASURE_PROBLEM}"
    assert lines[2].startswith("• Pārskatīšanas datums 1: 15.02.2027 nav semestra laikā")
    assert errors.failed_fields() == ["measures", "review_dates"]
    focused = tab.focusWidget()
    assert focused is not None and tab.measures.isAncestorOf(focused)
    box = errors.boxes["measures"]
    top = box.mapTo(tab.page_scroll.widget(), QPoint(0, 0)).y()
    assert bar.value() <= top < bar.value() + tab.page_scroll.viewport().height()

    tab.measures.amount.clear()
    type_text(tab.measures.amount, "1,5")  # the measure is fixed: its message goes
    assert errors.message("measures") == ""
    assert not errors.labels["measures"].isVisible()
    assert MEASURE_PROBLEM not in errors.summary()
    assert "Pārskatīšanas datums 1" in errors.summary()
