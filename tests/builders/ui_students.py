"""Shared steps of the pupils and pupil card tests: assessing pupils, opening the screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import Severity
from app.services.assessments.recording import AssessmentInput, FindingInput, record_assessment
from app.ui.context import UiContext
from app.ui.students.students_screen import StudentsScreen, students_screen
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture

TODAY = date(2026, 11, 23)


def assess(school: SchoolFixture, catalogue: CatalogueFixture, student: str, *,
           unjustified: int = 0, signs: tuple[tuple[str, Severity], ...] = (),
           semester: str = "2026/2027-1", on: date = date(2026, 11, 2)) -> None:
    year = semester[:9]
    record_assessment(school.store, school.actors["coordinator"], AssessmentInput(
        student_id=school.student_ids[student], semester_id=school.semester_ids[semester],
        assessed_on=on, absence_pct=Decimal("0"), unjustified_lessons=unjustified,
        failing_marks=0, failing_subjects=[], conduct_incidents=0,
        findings=[FindingInput(catalogue.sign(code, year), sev) for code, sev in signs],
    ), today=TODAY)


def open_screen(ctx: UiContext, qtbot: QtBot, **kwargs: object) -> StudentsScreen:
    screen = students_screen(ctx, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded):
        pass
    return screen


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_column(screen: StudentsScreen, col: int) -> list[str]:
    return [screen.proxy.data(screen.proxy.index(r, col)) for r in range(screen.proxy.rowCount())]


def select(screen: StudentsScreen, surname: str) -> None:
    rows = shown_column(screen, 0)
    screen.table.selectRow(rows.index(surname))
