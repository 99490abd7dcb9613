"""Issue 17 #9 on screen: an untouched consultation form saves nothing; consultations,
expenses and never-submitted plan drafts are deleted after a question naming them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from app.errors import NotFound
from app.services.plans.query import get_plan
from app.services.support.consultations import list_consultations
from app.services.support.expenses import ExpenseInput, list_expenses, record_expense
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import db_state
from tests.builders.school import SchoolFixture
from tests.builders.ui_consultations_tab import ANNA, logged_by_support
from tests.builders.ui_consultations_tab import open_tab as open_consultations
from tests.builders.ui_expenses_tab import open_tab as open_expenses
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_plan_tab import ASKED, click, create
from tests.builders.ui_plan_tab import open_tab as open_plan


class Answers:
    def __init__(self, answer: bool) -> None:
        self.answer, self.asked = answer, []

    def __call__(self, _parent: object, question: str) -> bool:
        self.asked.append(question)
        return self.answer


def select_row(view: QAbstractItemView, row: int) -> None:
    view.selectRow(row)  # type: ignore[attr-defined]


def test_an_untouched_consultation_form_saves_nothing_and_names_both_fields(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    tab = open_consultations(qtbot, make_ctx, school, "support")
    form = tab.form
    assert form is not None
    assert form.minutes.value() == 0 and form.minutes.text() == "— nav ievadīts —"
    before = db_state(school.store)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors.message("minutes") != "")
    assert form.errors.message("minutes") == "Minūtes: norādiet, cik ilga bija konsultācija."
    assert form.errors.message("topic") == "Tēma: ierakstiet, par ko bija konsultācija."
    assert db_state(school.store) == before


def test_support_deletes_an_own_consultation_after_saying_yes(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    logged_by_support(school)
    tab = open_consultations(qtbot, make_ctx, school, "support")
    button = tab.delete_button
    assert button is not None and not button.isEnabled()
    select_row(tab.table, 0)
    assert button.isEnabled() and button.text() == "Dzēst atlasīto konsultāciju"
    tab.confirm = no = Answers(False)
    button.click()
    assert no.asked == ["Dzēst 02.11.2026 konsultāciju (40 min)? Tā vairs netiks ieskaitīta "
                        "sniegtajā atbalstā, un dzēšana tiks ierakstīta vēsturē."]
    assert tab.model.rowCount() == 1
    tab.confirm = Answers(True)
    with qtbot.waitSignal(tab.loaded):
        button.click()
    assert tab.model.rowCount() == 0
    actor = school.actors["support"]
    assert list_consultations(school.store, actor, school.student_ids[ANNA]) == []


def test_the_teacher_sees_no_delete_button_for_consultations(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    logged_by_support(school)
    tab = open_consultations(qtbot, make_ctx, school, "teacher")
    assert tab.delete_button is None


def test_an_expense_is_deleted_from_the_tab(qtbot: QtBot, make_ctx: MakeContext,
                                            school: SchoolFixture,
                                            catalogue: CatalogueFixture) -> None:
    student = school.student_ids[ANNA]
    record_expense(school.store, school.actors["coordinator"], ExpenseInput(
        student, None, catalogue.measure("meals"), date(2026, 10, 6), 2350, "Pusdienas"))
    tab = open_expenses(qtbot, make_ctx, school, "coordinator")
    assert tab.delete_button is not None and not tab.delete_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.delete_button.isEnabled()
    tab.confirm = yes = Answers(True)
    with qtbot.waitSignal(tab.loaded):
        tab.delete_button.click()
    assert len(yes.asked) == 1 and yes.asked[0].startswith("Dzēst 06.10.2026 izdevumus (")
    assert "23,50" in yes.asked[0]
    assert tab.table.rowCount() == 0
    assert list_expenses(school.store, school.actors["coordinator"], student) == []


def test_an_empty_draft_is_deleted_and_the_plan_can_be_created_again(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    tab = open_plan(qtbot, make_ctx, school)
    assert not tab.draft_discard.isVisible()
    create(qtbot, tab)
    assert tab.view is not None
    plan_id = tab.view.id
    ASKED.clear()
    with qtbot.waitSignal(tab.saved):
        click(qtbot, tab.draft_discard)
    assert ASKED == ["Dzēst skolēna Anna Ēcere atbalsta plāna melnrakstu semestrim "
                     "2026/2027-1? Tā mērķi un pasākumi tiks dzēsti; dzēšana tiks ierakstīta "
                     "vēsturē."]
    qtbot.waitUntil(lambda: tab.create_button.isVisible())
    assert tab.message.text() == "Skolēnam vēl nav atbalsta plāna semestrim 2026/2027-1."
    with pytest.raises(NotFound):
        get_plan(school.store, school.actors["teacher"], plan_id)


def test_a_plan_returned_by_the_municipality_says_who_and_when(
        qtbot: QtBot, school: SchoolFixture) -> None:
    """Issue 17 #10: never " atgrieza plānu : …" with no name or date."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from app.models.enums import PlanStatus
    from app.services.plans.lifecycle import create_plan
    from app.ui.student_card.plan_status import PlanStatusBox

    view = create_plan(school.store, school.actors["teacher"], school.student_ids[ANNA],
                       school.current_semester_id)
    returned = replace(view, status=PlanStatus.RETURNED, version=2,
                       decision_comment="Trūkst vecāku iesnieguma.",
                       decided_by_name="Dienvidkurzemes novads",
                       decided_at=datetime(2026, 11, 27, 10, 15, tzinfo=UTC),
                       returned_by_municipality=True)
    box = PlanStatusBox("lv")
    qtbot.addWidget(box)
    assert box.decision_text(returned) == (
        "Pašvaldība (Dienvidkurzemes novads) atgrieza plānu 27.11.2026 12:15: "
        "Trūkst vecāku iesnieguma.")
