"""The Plans screen: the semester's plans each role may see, the status filter, and opening
a pupil's card by double-click."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.formatting import format_money
from app.models.enums import PlanStatus
from app.services.plans.lifecycle import get_plan, submit_plan
from app.ui.plans.plans_screen import PlansScreen
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import new_plan
from tests.builders.plans_submit import ready_plan
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext


def three_plans(school: SchoolFixture, catalogue: CatalogueFixture) -> uuid.UUID:
    """Anna's plan submitted (with costs), Pēteris's and Oskars's plans drafts."""
    anna = ready_plan(school, catalogue)
    submit_plan(school.store, school.actors["teacher"], anna)
    new_plan(school, student="Pēteris Šmits")
    new_plan(school, who="teacher2", student="Oskars Lūsis")
    return anna


def open_screen(qtbot: QtBot, make_ctx: MakeContext, who: str) -> PlansScreen:
    screen = PlansScreen(make_ctx(who))
    qtbot.addWidget(screen)
    op = screen.reload()
    with qtbot.waitSignal(op.finished):
        pass
    return screen


def shown(screen: PlansScreen) -> list[tuple[str, str, str]]:
    p = screen.proxy
    return [(p.data(p.index(r, 0)), p.data(p.index(r, 1)), p.data(p.index(r, 3)))
            for r in range(p.rowCount())]


def test_the_coordinator_filters_the_plans_by_status(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    anna = three_plans(school, catalogue)
    screen = open_screen(qtbot, make_ctx, "coordinator")
    assert screen.title.text() == "Atbalsta plāni, semestris 2026/2027-1"
    assert shown(screen) == [("Anna Ēcere", "5.a", "iesniegts"),
                             ("Pēteris Šmits", "5.a", "melnraksts"),
                             ("Oskars Lūsis", "6.b", "melnraksts")]
    assert screen.count.text() == "Parādīti plāni: 3 no 3"
    cost = format_money(get_plan(school.store, school.actors["coordinator"],
                                 anna).total_cost_cents)
    assert screen.proxy.data(screen.proxy.index(0, 5)) == cost
    assert screen.proxy.data(screen.proxy.index(0, 2)) == "Ilze Kalniņa"

    screen.status.setCurrentIndex(screen.status.findText("iesniegts"))
    assert shown(screen) == [("Anna Ēcere", "5.a", "iesniegts")]
    assert screen.count.text() == "Parādīti plāni: 1 no 3"
    assert screen.total.text() == f"Parādīto plānu kopējās izmaksas: {cost}"

    screen.set_status(PlanStatus.DRAFT)
    assert [r[0] for r in shown(screen)] == ["Pēteris Šmits", "Oskars Lūsis"]
    screen.set_status(PlanStatus.APPROVED)
    assert shown(screen) == [] and screen.count.text() == "Parādīti plāni: 0 no 3"
    screen.status.setCurrentIndex(screen.status.findText("Visi statusi"))
    assert screen.proxy.rowCount() == 3


def test_a_teacher_sees_only_the_plans_of_her_class(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    three_plans(school, catalogue)
    screen = open_screen(qtbot, make_ctx, "teacher")
    assert [r[0] for r in shown(screen)] == ["Anna Ēcere", "Pēteris Šmits"]
    screen2 = open_screen(qtbot, make_ctx, "support")  # assigned to Anna only
    assert [r[0] for r in shown(screen2)] == ["Anna Ēcere"]


def test_double_click_opens_the_student(qtbot: QtBot, make_ctx: MakeContext,
                                      school: SchoolFixture,
                                      catalogue: CatalogueFixture) -> None:
    three_plans(school, catalogue)
    screen = open_screen(qtbot, make_ctx, "coordinator")
    screen.show()
    qtbot.waitExposed(screen)
    assert not screen.open_button.isEnabled()
    rect = screen.table.visualRect(screen.proxy.index(1, 0))
    viewport = screen.table.viewport()
    with qtbot.waitSignal(screen.open_student) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [school.student_ids["Pēteris Šmits"]]

    screen.table.selectRow(2)
    assert screen.open_button.isEnabled()
    with qtbot.waitSignal(screen.open_student) as blocker:
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [school.student_ids["Oskars Lūsis"]]
