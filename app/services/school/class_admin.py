"""Creating, renaming and archiving classes and naming their class teachers (Settings).

Administrator and PMP coordinator (`Permission.CLASS_MANAGE`); every change is audited.
- A class name is unique within its school year ("8.b"; "Pavārs, 2. kurss").
- A class is never deleted: it is archived (kept for its pupils' history, offered nowhere),
  and only once none of its pupils is still active there.
- Class teachers: one or more active users with the role teacher; the first is also
  `SchoolClass.class_teacher_id` (what older screens and reports show).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, NotFound, ValidationError
from app.models.enums import ProgrammeKind, Role, StudentStatus
from app.models.school import ClassTeacher, SchoolClass, SchoolYear
from app.models.student import Student
from app.models.user import User
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.school.class_names import (
    ClassName,
    class_name_of,
    class_name_problems,
    cleaned,
    default_final_grade,
)
from app.services.students.search import latvian_sort_key


@dataclass(frozen=True)
class Teacher:
    user_id: uuid.UUID
    full_name: str


@dataclass(frozen=True)
class ClassRecord:
    """A class as Settings shows it."""

    id: uuid.UUID
    name: str
    programme: ProgrammeKind
    grade: int
    label: str  # the letter or the programme name
    final_grade: int
    school_year: str
    teachers: tuple[Teacher, ...]
    active_students: int
    archived: bool

    @property
    def teacher_names(self) -> str:
        return ", ".join(t.full_name for t in self.teachers)


def _year(session: Session, label: str) -> SchoolYear:
    year = session.scalar(select(SchoolYear).where(SchoolYear.label == label))
    if year is None:
        raise NotFound("not_found", entity="school_year")
    return year


def _class(session: Session, class_id: uuid.UUID) -> SchoolClass:
    row = session.get(SchoolClass, class_id)
    if row is None:
        raise NotFound("not_found", entity="school_class")
    return row


def teachers_of(session: Session, class_id: uuid.UUID) -> tuple[Teacher, ...]:
    rows = session.execute(
        select(User.id, User.full_name).join(ClassTeacher, ClassTeacher.user_id == User.id)
        .where(ClassTeacher.class_id == class_id)).all()
    return tuple(sorted((Teacher(i, n) for i, n in rows),
                        key=lambda t: latvian_sort_key(t.full_name)))


def active_count(session: Session, class_id: uuid.UUID) -> int:
    return session.scalar(select(func.count()).select_from(Student).where(
        Student.class_id == class_id, Student.status == StudentStatus.ACTIVE)) or 0


def record_of(session: Session, row: SchoolClass, year_label: str) -> ClassRecord:
    name = class_name_of(row.programme, row.grade, row.name, row.programme_name)
    teachers = teachers_of(session, row.id)
    if not teachers and row.class_teacher_id is not None:
        user = session.get(User, row.class_teacher_id)
        teachers = (Teacher(user.id, user.full_name),) if user else ()
    return ClassRecord(row.id, row.name, row.programme, row.grade, name.label,
                       row.final_grade, year_label, teachers, active_count(session, row.id),
                       row.archived)


def _refuse_taken(session: Session, year_id: uuid.UUID, name: str,
                  own_id: uuid.UUID | None = None) -> None:
    taken = session.scalar(select(SchoolClass.id).where(
        SchoolClass.school_year_id == year_id, func.lower(SchoolClass.name) == name.lower()))
    if taken is not None and taken != own_id:
        raise ValidationError(FieldProblem("label", "classes.name_taken", {"name": name}))


def school_classes(store: Store, actor: Actor, school_year: str, *,
                   include_archived: bool = False) -> list[ClassRecord]:
    """Every class of the year with its class teachers, by grade and name."""
    require(actor, Permission.CLASS_MANAGE)
    with store.read() as s:
        year = _year(s, school_year)
        query = select(SchoolClass).where(SchoolClass.school_year_id == year.id)
        if not include_archived:
            query = query.where(SchoolClass.archived.is_(False))
        records = [record_of(s, r, year.label) for r in s.scalars(query)]
    return sorted(records, key=lambda c: (c.programme is ProgrammeKind.VOCATIONAL, c.grade,
                                          latvian_sort_key(c.name)))


def create_class_in(session: Session, actor: Actor, year: SchoolYear, name: ClassName,
                    final_grade: int | None = None) -> SchoolClass:
    """A new class of `year` in the caller's transaction, audited (the roster import makes
    the classes its file names this way); `ValidationError` for a bad or taken name."""
    require(actor, Permission.CLASS_MANAGE)
    final = final_grade if final_grade is not None else default_final_grade(name.programme)
    clean = cleaned(name)
    problems = class_name_problems(clean, final)
    if problems:
        raise ValidationError(problems)
    _refuse_taken(session, year.id, clean.text)
    row = SchoolClass(id=uuid.uuid4(), school_year_id=year.id, name=clean.text,
                      programme=clean.programme, grade=clean.grade,
                      programme_name=clean.label if clean.programme is
                      ProgrammeKind.VOCATIONAL else "", final_grade=final)
    session.add(row)
    session.flush()
    audit.record(session, actor, "class.created", "school_class", row.id, name=row.name,
                 school_year=year.label, final_grade=final)
    return row


def add_class(store: Store, actor: Actor, school_year: str, name: ClassName,
              final_grade: int | None = None) -> ClassRecord:
    """A new class of `school_year`; `ValidationError` for a bad or taken name."""
    require(actor, Permission.CLASS_MANAGE)
    problems = class_name_problems(cleaned(name), final_grade if final_grade is not None
                                   else default_final_grade(name.programme))
    if problems:  # before the database is touched
        raise ValidationError(problems)
    with store.write() as s:
        year = _year(s, school_year)
        row = create_class_in(s, actor, year, name, final_grade)
        return record_of(s, row, year.label)


def rename_class(store: Store, actor: Actor, class_id: uuid.UUID, label: str) -> ClassRecord:
    """A new letter ("8.c") or programme name for the class; its grade stays."""
    require(actor, Permission.CLASS_MANAGE)
    with store.write() as s:
        row = _class(s, class_id)
        name = cleaned(ClassName(row.programme, row.grade, label))
        problems = class_name_problems(name)
        if problems:
            raise ValidationError(problems)
        year = s.get(SchoolYear, row.school_year_id)
        assert year is not None
        _refuse_taken(s, year.id, name.text, row.id)
        before = row.name
        row.name = name.text
        if row.programme is ProgrammeKind.VOCATIONAL:
            row.programme_name = name.label
        s.flush()
        if before != row.name:
            audit.record(s, actor, "class.renamed", "school_class", row.id, before=before,
                         name=row.name)
        return record_of(s, row, year.label)


def archive_class(store: Store, actor: Actor, class_id: uuid.UUID) -> ClassRecord:
    """Archive the class; `Conflict` while any of its pupils is active there."""
    require(actor, Permission.CLASS_MANAGE)
    with store.write() as s:
        row = _class(s, class_id)
        count = active_count(s, row.id)
        if count:
            raise Conflict("classes.has_students", name=row.name, count=count)
        year = s.get(SchoolYear, row.school_year_id)
        assert year is not None
        if not row.archived:
            row.archived = True
            s.flush()
            audit.record(s, actor, "class.archived", "school_class", row.id, name=row.name)
        return record_of(s, row, year.label)


def _teacher(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError(FieldProblem("teachers", "classes.teacher_missing"))
    if Role.TEACHER not in user.role_set:
        raise ValidationError(FieldProblem("teachers", "classes.not_teacher",
                                           {"name": user.full_name}))
    if not user.active:
        raise ValidationError(FieldProblem("teachers", "classes.teacher_inactive",
                                           {"name": user.full_name}))
    return user


def write_teachers(session: Session, row: SchoolClass, user_ids: Sequence[uuid.UUID]) -> None:
    """Replace the class's teachers in the caller's session (checked users only)."""
    session.execute(delete(ClassTeacher).where(ClassTeacher.class_id == row.id))
    session.add_all(ClassTeacher(class_id=row.id, user_id=u) for u in user_ids)
    row.class_teacher_id = user_ids[0] if user_ids else None
    session.flush()


def set_class_teachers(store: Store, actor: Actor, class_id: uuid.UUID,
                       user_ids: Sequence[uuid.UUID]) -> ClassRecord:
    """The class's class teachers, in the given order (none is allowed)."""
    require(actor, Permission.CLASS_MANAGE)
    ids = list(dict.fromkeys(user_ids))
    with store.write() as s:
        row = _class(s, class_id)
        users = [_teacher(s, u) for u in ids]
        year = s.get(SchoolYear, row.school_year_id)
        assert year is not None
        before = [str(t.user_id) for t in record_of(s, row, year.label).teachers]
        write_teachers(s, row, ids)
        audit.record(s, actor, "class.teachers_set", "school_class", row.id, name=row.name,
                     before=before, teachers=[str(u.id) for u in users])
        return record_of(s, row, year.label)


def find_class(store: Store, actor: Actor, school_year: str, name: str) -> ClassRecord:
    """The class of `school_year` named `name` (case does not matter), archived or not."""
    wanted = name.strip().lower()
    for record in school_classes(store, actor, school_year, include_archived=True):
        if record.name.lower() == wanted:
            return record
    raise NotFound("classes.not_found", name=name, year=school_year)
