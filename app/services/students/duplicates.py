"""Catching a pupil registered twice: the same personal code, or the same name and birth date
(or the same name in the same class). The other pupil is named only if the actor may see it."""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import Conflict
from app.models.school import SchoolClass
from app.models.student import Student
from app.services.core.actor import Actor
from app.services.core.rbac import visible_students
from app.services.students.search import fold
from app.services.students.validation import CleanStudent


def _visible(session: Session, actor: Actor, student_id: uuid.UUID) -> bool:
    found = session.scalar(
        select(Student.id).where(Student.id == student_id, visible_students(actor))
    )
    return found is not None


def _conflict(session: Session, actor: Actor, other: Student, key: str) -> Conflict:
    if not _visible(session, actor, other.id):
        return Conflict(f"{key}_hidden")
    class_name = session.scalar(select(SchoolClass.name).where(SchoolClass.id == other.class_id))
    return Conflict(key, name=other.full_name, class_name=class_name or "",
                    other_id=str(other.id))


def check_personal_code(session: Session, actor: Actor, clean: CleanStudent,
                        exclude_id: uuid.UUID | None = None) -> None:
    """`Conflict` if another pupil already has this personal code."""
    if clean.personal_code is None:
        return
    query = select(Student).where(Student.personal_code == clean.personal_code.normalised)
    if exclude_id is not None:
        query = query.where(Student.id != exclude_id)
    other = session.scalars(query.limit(1)).first()
    if other is not None:
        raise _conflict(session, actor, other, "students.personal_code.duplicate")


def _different_people(clean: CleanStudent, other: Student) -> bool:
    """Two different personal codes prove two different pupils."""
    code = clean.personal_code.normalised if clean.personal_code else None
    return code is not None and other.personal_code is not None and other.personal_code != code


def check_possible_duplicate(session: Session, actor: Actor, clean: CleanStudent,
                             exclude_id: uuid.UUID | None = None) -> None:
    """`Conflict` if a pupil with the same name has the same birth date or the same class.

    Names are compared without case and diacritics ("Berzins" is "Bērziņš"), so the
    candidates are narrowed in SQL (same birth date or same class) and compared here.
    """
    same_place = [Student.class_id == clean.class_id]
    if clean.birth_date is not None:
        same_place.append(Student.birth_date == clean.birth_date)
    query = select(Student).where(or_(*same_place))
    if exclude_id is not None:
        query = query.where(Student.id != exclude_id)
    name = (fold(clean.first_name), fold(clean.last_name))
    for other in session.scalars(query):
        if (fold(other.first_name), fold(other.last_name)) != name:
            continue
        if _different_people(clean, other):
            continue
        if clean.birth_date is not None and other.birth_date == clean.birth_date:
            raise _conflict(session, actor, other, "students.possible_duplicate.birth_date")
        raise _conflict(session, actor, other, "students.possible_duplicate.class")
