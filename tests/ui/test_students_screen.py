"""The Pupils screen as people use it: filters, sorting, badges, who sees which buttons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.models.enums import RiskLevel, Severity
from app.services.assessments.student_list import student_list
from app.ui.item_models.student_rows import LEVEL_ROLE, NO_PLAN
from app.ui.student_card.card import StudentCard
from app.ui.students.students_screen import StudentsScreen
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_students import assess, click, open_screen, select, shown_column


def test_coordinator_filters_by_class_and_risk(school: SchoolFixture, catalogue: CatalogueFixture,
                                               make_ctx: MakeContext, qtbot: QtBot) -> None:
    assess(school, catalogue, "Anna Ēcere", unjustified=25)  # learning: high
    assess(school, catalogue, "Oskars Lūsis", signs=(("low_income", Severity.LOW),))
    screen = open_screen(make_ctx("coordinator"), qtbot)
    assert screen.count.text() == "5 no 5"
    bar = screen.filters

    bar.select(bar.class_combo, "6.b")
    assert shown_column(screen, 0) == ["Lūsis", "Ņikitina"]
    assert screen.count.text() == "2 no 5"

    bar.select(bar.class_combo, None)
    bar.select(bar.level_combo, RiskLevel.MEDIUM)
    assert shown_column(screen, 0) == ["Ēcere"]
    learning = screen.proxy.index(0, 3)
    assert screen.proxy.data(learning) == "augsts"  # the badge's word
    assert screen.proxy.data(learning, LEVEL_ROLE) == RiskLevel.HIGH

    bar.select(bar.level_combo, RiskLevel.LOW)
    bar.select(bar.category_combo, "economic")
    assert shown_column(screen, 0) == ["Lūsis"]
    assert shown_column(screen, 5) == ["zems"]
    assert screen.count.text() == "1 no 5"

    bar.select(bar.category_combo, None)
    bar.select(bar.level_combo, RiskLevel.NONE)
    bar.select(bar.plan_combo, NO_PLAN)
    assert screen.proxy.rowCount() == 5
    bar.select(bar.plan_combo, "approved")
    assert screen.proxy.rowCount() == 0
    assert bar.class_combo.itemText(0) == "Visas klases"


def test_sorting_follows_the_latvian_alphabet(school: SchoolFixture, make_ctx: MakeContext,
                                              qtbot: QtBot) -> None:
    screen = open_screen(make_ctx("coordinator"), qtbot)
    assert shown_column(screen, 0) == ["Ēcere", "Ķemere", "Lūsis", "Ņikitina", "Šmits"]
    header = screen.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    by_class = ["5.a", "5.a", "5.a", "6.b", "6.b"]
    assert shown_column(screen, 2) in (by_class, by_class[::-1])
    screen.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert shown_column(screen, 2)[:2] == ["6.b", "6.b"]
    assert screen.model.headerData(9, Qt.Orientation.Horizontal) == "Statuss"


def test_who_sees_the_editing_buttons(school: SchoolFixture, make_ctx: MakeContext,
                                      qtbot: QtBot) -> None:
    for who in ("support", "director"):
        screen = open_screen(make_ctx(who), qtbot)
        assert screen.add_button.isHidden() and screen.edit_button.isHidden()
        assert screen.leave_button.isHidden()
        assert not screen.open_button.isHidden()

    # A teacher sees pupils of other classes only through plans she writes: shown here by
    # handing the screen the coordinator's rows. She may add pupils, but edit only her class.
    coordinator = school.actors["coordinator"]
    teacher = make_ctx("teacher")
    screen = StudentsScreen(teacher.worker,
                          lambda: student_list(school.store, coordinator, teacher.semester.id),
                          ctx=teacher)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded):
        screen.reload()
    assert screen.add_button.isVisible() and screen.add_button.isEnabled()
    select(screen, "Lūsis")
    assert not screen.edit_button.isEnabled() and not screen.leave_button.isEnabled()
    select(screen, "Ēcere")
    assert screen.edit_button.isEnabled() and screen.leave_button.isEnabled()

    click(qtbot, screen.add_button)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    combo = dialog.class_combo  # type: ignore[union-attr]
    assert [combo.itemText(i) for i in range(combo.count())] == ["5.a"]


def test_enter_opens_the_student_card_once(school: SchoolFixture, make_ctx: MakeContext,
                                         qtbot: QtBot) -> None:
    screen = open_screen(make_ctx("coordinator"), qtbot)
    assert not screen.open_button.isEnabled()
    select(screen, "Šmits")
    assert screen.open_button.isEnabled()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    card = screen.cards[school.student_ids["Pēteris Šmits"]]
    assert isinstance(card, StudentCard) and card.isVisible()
    qtbot.waitUntil(lambda: card.name.text() == "Pēteris Šmits")
    assert card.class_label.text() == "5.a klase"
    assert card.risk.text() == "nav izvērtēts"
    click(qtbot, screen.open_button)
    assert list(screen.cards.values()) == [card]
    assert screen.close_cards() and screen.cards == {} and not card.isVisible()


def test_leavers_appear_under_their_status(school: SchoolFixture, make_ctx: MakeContext,
                                           qtbot: QtBot) -> None:
    from datetime import date

    from app.models.enums import StudentStatus
    from app.services.students.registry import mark_student_left
    mark_student_left(school.store, school.actors["coordinator"],
                      school.student_ids["Elīza Ņikitina"], StudentStatus.GRADUATED,
                      date(2026, 6, 15))
    screen = open_screen(make_ctx("coordinator"), qtbot)
    assert screen.count.text() == "4 no 5"
    bar = screen.filters
    bar.select(bar.status_combo, None)
    assert screen.proxy.rowCount() == 5
    bar.select(bar.status_combo, frozenset({StudentStatus.LEFT, StudentStatus.TRANSFERRED,
                                            StudentStatus.GRADUATED}))
    assert shown_column(screen, 0) == ["Ņikitina"]
    assert shown_column(screen, 9) == ["absolvēja"]
