"""A pupil leaves the programme's school (left, transferred, graduated), or comes back."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, ValidationError
from app.formatting import format_date
from app.models.enums import StudentStatus
from app.models.school import SchoolClass
from app.models.student import Student
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, require_student
from app.services.core.store import Store
from app.services.students.access import require_leads
from app.services.students.types import StudentView, student_view
from app.services.students.validation import NOTE_MAX

LEAVING = (StudentStatus.LEFT, StudentStatus.TRANSFERRED, StudentStatus.GRADUATED)


def _editable(session: Session, actor: Actor, student_id: uuid.UUID) -> tuple[Student,
                                                                              SchoolClass]:
    student = require_student(session, actor, student_id)
    school_class = session.get(SchoolClass, student.class_id)
    assert school_class is not None  # a foreign key
    require_leads(actor, school_class)
    return student, school_class


def mark_student_left(store: Store, actor: Actor, student_id: uuid.UUID,
                      status: StudentStatus, on_date: date, note: str = "", *,
                      today: date | None = None) -> StudentView:
    """Record that the pupil left, transferred or graduated on `on_date` (not in the future).

    Marking again corrects the status, date or note.
    """
    require(actor, Permission.STUDENT_EDIT)
    problems: list[FieldProblem] = []
    if status not in LEAVING:
        problems.append(FieldProblem("status", "students.status.invalid"))
    if on_date > (today or date.today()):
        problems.append(FieldProblem("status_changed_on", "students.left_on.future",
                                     {"date": format_date(on_date)}))
    note = note.strip()
    if len(note) > NOTE_MAX:
        problems.append(FieldProblem("status_note", "students.status_note.too_long",
                                     {"max": NOTE_MAX, "length": len(note)}))
    with store.write() as s:
        student, school_class = _editable(s, actor, student_id)
        if problems:
            raise ValidationError(problems)
        previous = student.status
        student.status, student.status_changed_on, student.status_note = status, on_date, note
        s.flush()
        audit.record(s, actor, "student.mark_left", "student", student.id,
                     student_id=student.id, status=status.value, previous=previous.value,
                     on=on_date.isoformat())
        return student_view(student, school_class)


def reactivate_student(store: Store, actor: Actor, student_id: uuid.UUID, *,
                       today: date | None = None) -> StudentView:
    """Undo a leaving: the pupil is active again (`Conflict` if already active)."""
    require(actor, Permission.STUDENT_EDIT)
    with store.write() as s:
        student, school_class = _editable(s, actor, student_id)
        if student.status is StudentStatus.ACTIVE:
            raise Conflict("students.status.already_active", name=student.full_name)
        previous = student.status
        student.status, student.status_changed_on = StudentStatus.ACTIVE, today or date.today()
        student.status_note = ""
        s.flush()
        audit.record(s, actor, "student.reactivate", "student", student.id,
                     student_id=student.id, previous=previous.value)
        return student_view(student, school_class)
