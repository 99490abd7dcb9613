"""Shared by several test modules: CURRENT, TODAY, make_input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from app.services.assessments.recording import (
    AssessmentInput,
)
from tests.builders.school import SchoolFixture

TODAY = date(2026, 11, 23)


CURRENT = "2026/2027-1"


def make_input(school: SchoolFixture, student: str = "Anna Ēcere", semester: str = CURRENT,
               **changes: object) -> AssessmentInput:
    base = AssessmentInput(
        student_id=school.student_ids[student], semester_id=school.semester_ids[semester],
        assessed_on=date(2026, 10, 15), absence_pct=Decimal("6.5"), unjustified_lessons=3,
        failing_marks=0, failing_subjects=[], conduct_incidents=0, note="Bieži kavē pirmdienās.")
    return replace(base, **changes)  # type: ignore[arg-type]
