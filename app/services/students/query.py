"""Reading pupils: one pupil's card, and the searchable, Latvian-ordered list."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app.models.enums import StudentStatus
from app.models.school import SchoolClass
from app.models.student import Student
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, require_student, visible_students
from app.services.core.store import Store
from app.services.students.search import filter_by_name, sort_by_name
from app.services.students.types import StudentRow, StudentView, student_view


def get_student(store: Store, actor: Actor, student_id: uuid.UUID) -> StudentView:
    """The pupil with guardians; `NotFound` if it does not exist or the actor may not see it."""
    require(actor, Permission.STUDENT_VIEW)
    with store.read() as s:
        student = require_student(s, actor, student_id)
        school_class = s.get(SchoolClass, student.class_id)
        assert school_class is not None  # a foreign key
        return student_view(student, school_class)


def open_student_card(store: Store, actor: Actor, student_id: uuid.UUID) -> StudentView:
    """The pupil for a card being opened, the opening recorded in the audit trail (reads of
    a pupil's data are accounted for, not only the changes)."""
    view = get_student(store, actor, student_id)
    with store.write() as s:
        audit.record(s, actor, "student.card_opened", "student", student_id,
                     student_id=student_id)
    return view


def list_students(store: Store, actor: Actor, *, text: str = "",
                  class_id: uuid.UUID | None = None,
                  status: StudentStatus | None = StudentStatus.ACTIVE) -> list[StudentRow]:
    """The pupils the actor may see, sorted by last name in Latvian order.

    `text` matches every word against first and last names without case or diacritics
    ("berz" finds "Bērziņš"). The match runs in Python over the visible rows (SQLite cannot
    fold Latvian diacritics); for filter-as-you-type the UI can load the list once and call
    `students_search.filter_by_name` on each keystroke.
    """
    require(actor, Permission.STUDENT_VIEW)
    query = (
        select(Student.id, Student.first_name, Student.last_name, Student.class_id,
               SchoolClass.name, Student.status, Student.birth_date)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .where(visible_students(actor))
    )
    if class_id is not None:
        query = query.where(Student.class_id == class_id)
    if status is not None:
        query = query.where(Student.status == status)
    with store.read() as s:
        rows = [StudentRow(*r) for r in s.execute(query)]
    return sort_by_name(filter_by_name(rows, text))
