"""Which pupils a person may *change*: seeing a pupil (rbac) is not enough to edit it."""

from __future__ import annotations

from sqlalchemy.orm import object_session

from app.errors import PermissionDenied
from app.models.enums import Role
from app.models.school import ClassTeacher, SchoolClass
from app.services.core.actor import Actor


def require_leads(actor: Actor, school_class: SchoolClass) -> None:
    """The coordinator edits pupils of any class; a teacher only of the class they lead.

    Call after `rbac.require(actor, Permission.STUDENT_EDIT)`.
    """
    if actor.has(Role.COORDINATOR) or school_class.class_teacher_id == actor.user_id:
        return
    session = object_session(school_class)
    if session is not None and session.get(ClassTeacher,
                                           (school_class.id, actor.user_id)) is not None:
        return
    raise PermissionDenied("students.class.not_led", class_name=school_class.name)
