"""The Consultations screen: a support staff member's pupils with hours this semester and
their own log; double-click opens the pupil; other roles are told the screen is not theirs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.enums import ConsultationKind
from app.services.support.consultations import ConsultationInput, log_consultation
from app.ui.consultations.consultations_screen import ConsultationsScreen
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext

ANNA = "Anna Ēcere"
H = "\u00a0h"
MIN = "\u00a0min"


def log(school: SchoolFixture, day: date, minutes: int, attended: bool, topic: str) -> None:
    log_consultation(school.store, school.actors["support"], ConsultationInput(
        school.student_ids[ANNA], None, day, minutes, ConsultationKind.INDIVIDUAL, topic,
        attended, f"Piezīmes: {topic}"))


def table_row(screen: ConsultationsScreen, r: int) -> list[str]:
    return [screen.students.item(r, c).text() for c in range(screen.students.columnCount())]


def test_support_sees_her_students_hours_and_own_log(qtbot: QtBot, make_ctx: MakeContext,
                                                   school: SchoolFixture) -> None:
    log(school, date(2026, 10, 5), 45, True, "Iepazīšanās saruna")
    log(school, date(2026, 11, 9), 30, False, "Neieradās — jāsazinās ar māti")
    log(school, date(2026, 5, 11), 60, True, "Pavasara saruna")  # the previous semester
    screen = ConsultationsScreen(make_ctx("support"))
    qtbot.addWidget(screen)
    op = screen.reload()
    assert op is not None
    with qtbot.waitSignal(op.finished):
        pass

    assert screen.title.text() == "Mani skolēni un konsultācijas, semestris 2026/2027-1"
    assert screen.students.rowCount() == 1
    assert table_row(screen, 0) == ["Anna Ēcere", "5.a", "2", f"45{MIN}", f"30{MIN}"]
    m = screen.model
    assert m.rowCount() == 2
    notes = m.column_of("notes")
    assert [m.data(m.index(r, 0)) for r in range(2)] == ["09.11.2026", "05.10.2026"]
    assert m.data(m.index(0, m.column_of("pupil"))) == ANNA
    assert m.data(m.index(0, m.column_of("attended"))) == "nē"
    assert m.data(m.index(1, notes)) == "Piezīmes: Iepazīšanās saruna"
    assert screen.summary.text() == (
        f"Skolēni: 1 · konsultācijas: 2 · šajā semestrī sniegts: 45{MIN}")

    screen.show()
    qtbot.waitExposed(screen)
    rect = screen.students.visualItemRect(screen.students.item(0, 0))
    viewport = screen.students.viewport()
    with qtbot.waitSignal(screen.open_student) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [school.student_ids[ANNA]]


def test_a_teacher_is_told_the_screen_is_for_support_staff(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    screen = ConsultationsScreen(make_ctx("teacher"))
    qtbot.addWidget(screen)
    assert screen.reload() is None
    assert screen.error.text() == (
        "Šis skats ir paredzēts atbalsta personālam, kas ieraksta konsultācijas.")
    assert screen.students.rowCount() == 0 and screen.model.rowCount() == 0
