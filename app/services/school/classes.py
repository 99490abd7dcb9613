"""The classes of a school year, for choosing a pupil's class in forms and filters."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.errors import NotFound
from app.models.enums import ProgrammeKind, Role
from app.models.school import ClassTeacher, SchoolClass, SchoolYear
from app.models.user import User
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, can, require
from app.services.core.store import Store
from app.services.students.search import latvian_sort_key


@dataclass(frozen=True)
class ClassInfo:
    id: uuid.UUID
    name: str  # "5.a"
    grade: int
    programme: ProgrammeKind
    school_year: str  # "2026/2027"
    class_teacher_id: uuid.UUID | None
    class_teacher_name: str
    editable: bool  # the actor may register and edit pupils of this class


def _sort_key(c: ClassInfo) -> tuple[int, object]:
    return (c.grade, latvian_sort_key(c.name))


def list_classes(store: Store, actor: Actor, school_year: str, *,
                 editable_only: bool = False) -> list[ClassInfo]:
    """The classes of the school year labelled `school_year` ("2026/2027"), by grade and name
    (archived classes are left out).

    Anyone who may see pupils may list classes. `editable` says whether the actor may register
    pupils in the class (the coordinator: every class; a class teacher: the classes they
    lead); `editable_only` keeps only those. `NotFound` for an unknown school year.
    """
    require(actor, Permission.STUDENT_VIEW)
    may_edit = can(actor, Permission.STUDENT_EDIT)
    whole_school = actor.has(Role.COORDINATOR)
    with store.read() as s:
        year_id = s.scalar(select(SchoolYear.id).where(SchoolYear.label == school_year))
        if year_id is None:
            raise NotFound("not_found", entity="school_year")
        rows = s.execute(
            select(SchoolClass, User.full_name)
            .outerjoin(User, User.id == SchoolClass.class_teacher_id)
            .where(SchoolClass.school_year_id == year_id, SchoolClass.archived.is_(False))
        ).all()
        led = set(s.scalars(select(ClassTeacher.class_id).where(
            ClassTeacher.user_id == actor.user_id)))
        classes = [
            ClassInfo(c.id, c.name, c.grade, c.programme, school_year, c.class_teacher_id,
                      teacher or "",
                      may_edit and (whole_school or c.class_teacher_id == actor.user_id
                                    or c.id in led))
            for c, teacher in rows
        ]
    if editable_only:
        classes = [c for c in classes if c.editable]
    return sorted(classes, key=_sort_key)
