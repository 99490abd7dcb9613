"""Registering and editing pupils (`Student`) with their parents or guardians.

Who may write: the coordinator for any class; a class teacher only for the class they lead.
Reading and listing live in `students_query`; staff assignment in `staff_assignment`.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from app.errors import FieldProblem, ValidationError
from app.models.school import SchoolClass
from app.models.student import Guardian, Student
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, require_student
from app.services.core.store import Store
from app.services.students.access import require_leads
from app.services.students.duplicates import check_personal_code, check_possible_duplicate
from app.services.students.query import get_student, list_students
from app.services.students.status import mark_student_left, reactivate_student
from app.services.students.types import (
    GuardianInput,
    GuardianView,
    StudentInput,
    StudentRow,
    StudentView,
    student_view,
)
from app.services.students.validation import CleanStudent, validate_student

__all__ = [
    "GuardianInput", "GuardianView", "StudentInput", "StudentRow", "StudentView",
    "create_student", "get_student", "list_students", "mark_student_left",
    "reactivate_student", "update_student",
]


def _target_class(session: Session, actor: Actor, class_id: uuid.UUID,
                  problems: list[FieldProblem]) -> SchoolClass | None:
    school_class = session.get(SchoolClass, class_id)
    if school_class is None:
        problems.append(FieldProblem("class_id", "students.class.missing"))
    else:
        require_leads(actor, school_class)
    return school_class


def _set_guardians(session: Session, student: Student, clean: CleanStudent) -> bool:
    """Make the guardians exactly `clean.guardians`, keeping rows whose id is given.

    Removed guardians are deleted explicitly: a delete-orphan cascade happens inside the
    flush, after the outbox listener has looked, so the sync would never hear of it.
    """
    existing = {g.id: g for g in student.guardians}
    kept: list[Guardian] = []
    changed = False
    for g in clean.guardians:
        row = existing.get(g.id) if g.id is not None else None
        if row is None:
            row = Guardian(id=uuid.uuid4())
            changed = True
        values = {"full_name": g.full_name, "relation": g.relation, "phone": g.phone,
                  "email": g.email}
        for name, value in values.items():
            if getattr(row, name, None) != value:
                setattr(row, name, value)
                changed = True
        kept.append(row)
    kept_ids = {r.id for r in kept}
    for row in existing.values():
        if row.id not in kept_ids:
            session.delete(row)
            changed = True
    student.guardians = kept
    return changed


def _apply(session: Session, student: Student, clean: CleanStudent) -> list[str]:
    """Copy `clean` onto `student`; the names of the fields that changed."""
    values = {
        "first_name": clean.first_name, "last_name": clean.last_name,
        "class_id": clean.class_id, "birth_date": clean.birth_date,
        "personal_code": clean.personal_code.normalised if clean.personal_code else None,
    }
    changed = []
    for name, value in values.items():
        if getattr(student, name, None) != value:
            setattr(student, name, value)
            changed.append(name)
    if _set_guardians(session, student, clean):
        changed.append("guardians")
    return changed


def create_student(store: Store, actor: Actor, data: StudentInput, *,
                   allow_possible_duplicate: bool = False,
                   today: date | None = None) -> StudentView:
    """Register a pupil with their guardians, all or nothing.

    Raises `PermissionDenied` (role, or a class the teacher does not lead), `ValidationError`
    (one problem per field), `Conflict` (same personal code; a possible duplicate unless
    `allow_possible_duplicate`).
    """
    require(actor, Permission.STUDENT_EDIT)
    clean, problems = validate_student(data, today or date.today())
    with store.write() as s:
        school_class = _target_class(s, actor, clean.class_id, problems)
        if problems or school_class is None:
            raise ValidationError(problems)
        check_personal_code(s, actor, clean)
        if not allow_possible_duplicate:
            check_possible_duplicate(s, actor, clean)
        student = Student(id=uuid.uuid4())
        _apply(s, student, clean)
        s.add(student)
        s.flush()
        audit.record(s, actor, "student.create", "student", student.id, student_id=student.id,
                     class_id=str(school_class.id), guardians=len(clean.guardians),
                     personal_code=clean.personal_code is not None,
                     possible_duplicate_confirmed=allow_possible_duplicate)
        return student_view(student, school_class)


def update_student(store: Store, actor: Actor, student_id: uuid.UUID, data: StudentInput, *,
                   today: date | None = None) -> StudentView:
    """Replace a pupil's data and guardians (guardians keep their row when `id` is given).

    `NotFound` for a pupil the actor may not see; a teacher may edit only pupils of the class
    they lead and move them only into such a class.
    """
    require(actor, Permission.STUDENT_EDIT)
    clean, problems = validate_student(data, today or date.today())
    with store.write() as s:
        student = require_student(s, actor, student_id)
        current = s.get(SchoolClass, student.class_id)
        if current is not None:
            require_leads(actor, current)
        school_class = _target_class(s, actor, clean.class_id, problems)
        if problems or school_class is None:
            raise ValidationError(problems)
        check_personal_code(s, actor, clean, exclude_id=student.id)
        changed = _apply(s, student, clean)
        if changed:
            s.flush()
            audit.record(s, actor, "student.update", "student", student.id,
                         student_id=student.id, fields=changed)
        return student_view(student, school_class)
