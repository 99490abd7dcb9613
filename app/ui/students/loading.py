"""What the Pupils screen loads on the worker thread: the rows (leavers included) and classes.

Runs on the database worker through `Op`; Qt-free apart from living under app/ui.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import RiskCategory, RiskLevel, StudentStatus
from app.services.assessments.student_list import StudentListRow, student_list
from app.services.school.classes import ClassInfo
from app.services.students.query import list_students
from app.ui.context import UiContext


@dataclass(frozen=True)
class StudentsData:
    rows: list[StudentListRow]
    classes: list[ClassInfo]


def student_rows(ctx: UiContext) -> list[StudentListRow]:
    """The semester's pupils with their risk levels, and the pupils who left (no levels
    unless they were assessed this semester), so the status filter can show them."""
    rows = student_list(ctx.store, ctx.actor, ctx.semester.id)
    listed = {r.student_id for r in rows}
    none = {c: RiskLevel.NONE for c in RiskCategory}
    for s in list_students(ctx.store, ctx.actor, status=None):
        if s.status is not StudentStatus.ACTIVE and s.id not in listed:
            rows.append(StudentListRow(s.id, s.first_name, s.last_name, s.class_name, s.status,
                                     dict(none), RiskLevel.NONE, None))
    return rows
