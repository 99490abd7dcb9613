"""Assigning support staff to a pupil: they then see the pupil and log consultations."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, ValidationError
from app.models.enums import Role, SpecialistType
from app.models.student import Student, SupportAssignment
from app.models.user import User
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, require_student
from app.services.core.store import Store
from app.services.students.search import latvian_sort_key


@dataclass(frozen=True)
class AssignedStaff:
    user_id: uuid.UUID
    username: str
    full_name: str
    specialist_type: SpecialistType | None


def _assigned(session: Session, student_id: uuid.UUID) -> list[AssignedStaff]:
    users = session.scalars(
        select(User).join(SupportAssignment, SupportAssignment.user_id == User.id)
        .where(SupportAssignment.student_id == student_id)
    )
    staff = [AssignedStaff(u.id, u.username, u.full_name, u.specialist_type) for u in users]
    return sorted(staff, key=lambda a: latvian_sort_key(a.full_name))


def _support_user(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError(FieldProblem("user_id", "students.staff.user_missing"))
    if Role.SUPPORT not in user.role_set:
        raise ValidationError(FieldProblem("user_id", "students.staff.not_support",
                                           {"name": user.full_name}))
    if not user.active:
        raise ValidationError(FieldProblem("user_id", "students.staff.inactive",
                                           {"name": user.full_name}))
    return user


def _student(session: Session, actor: Actor, student_id: uuid.UUID) -> Student:
    require(actor, Permission.STAFF_ASSIGN)
    return require_student(session, actor, student_id)


def assign_support_staff(store: Store, actor: Actor, student_id: uuid.UUID,
                         user_id: uuid.UUID) -> list[AssignedStaff]:
    """Assign a support staff member (role SUPPORT, active) to the pupil; the new list.

    Coordinator only. `Conflict` if already assigned.
    """
    with store.write() as s:
        student = _student(s, actor, student_id)
        user = _support_user(s, user_id)
        if s.get(SupportAssignment, (student.id, user.id)) is not None:
            raise Conflict("students.staff.already_assigned", name=user.full_name,
                           student=student.full_name)
        s.add(SupportAssignment(student_id=student.id, user_id=user.id))
        s.flush()
        audit.record(s, actor, "staff.assign", "support_assignment", user.id,
                     student_id=student.id, user_id=str(user.id))
        return _assigned(s, student.id)


def unassign_support_staff(store: Store, actor: Actor, student_id: uuid.UUID,
                           user_id: uuid.UUID) -> list[AssignedStaff]:
    """Remove a staff member from the pupil; the new list. `Conflict` if not assigned."""
    with store.write() as s:
        student = _student(s, actor, student_id)
        row = s.get(SupportAssignment, (student.id, user_id))
        if row is None:
            user = s.get(User, user_id)
            raise Conflict("students.staff.not_assigned",
                           name=user.full_name if user else str(user_id),
                           student=student.full_name)
        s.delete(row)
        s.flush()
        audit.record(s, actor, "staff.unassign", "support_assignment", user_id,
                     student_id=student.id, user_id=str(user_id))
        return _assigned(s, student.id)


def assign_providers(session: Session, actor: Actor, student_id: uuid.UUID,
                     provider_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """In the caller's transaction (a plan being approved): assign each named provider who
    is active support staff and not yet assigned to the pupil; the ids newly assigned.
    Each is audited as "staff.assign" with `reason` "plan_provider"."""
    added: list[uuid.UUID] = []
    for user_id in dict.fromkeys(provider_ids):
        user = session.get(User, user_id)
        if user is None or not user.active or Role.SUPPORT not in user.role_set:
            continue
        if session.get(SupportAssignment, (student_id, user_id)) is not None:
            continue
        session.add(SupportAssignment(student_id=student_id, user_id=user_id))
        session.flush()
        audit.record(session, actor, "staff.assign", "support_assignment", user_id,
                     student_id=student_id, user_id=str(user_id), reason="plan_provider")
        added.append(user_id)
    return added


def list_assigned_staff(store: Store, actor: Actor,
                        student_id: uuid.UUID) -> list[AssignedStaff]:
    """The support staff assigned to a pupil the actor may see, in Latvian name order."""
    require(actor, Permission.STUDENT_VIEW)
    with store.read() as s:
        student = require_student(s, actor, student_id)
        return _assigned(s, student.id)
