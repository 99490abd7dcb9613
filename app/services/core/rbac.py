"""Who may do what: permissions per role, and which pupils each person may see.

Every use case calls `require()` before it reads or writes and narrows pupil queries with
`visible_students()`. The UI hides what a role cannot use, but the rule lives here.
"""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import Session, aliased

from app.errors import NotFound, PermissionDenied
from app.models.enums import Role
from app.models.plan import SupportPlan
from app.models.school import ClassTeacher, SchoolClass
from app.models.student import Student, SupportAssignment
from app.models.user import User, UserRole
from app.services.core.actor import Actor
from app.services.core.session_state import require_current


class Permission(enum.StrEnum):
    STUDENT_VIEW = "student.view"
    STUDENT_EDIT = "student.edit"
    ASSESSMENT_EDIT = "assessment.edit"
    PLAN_VIEW = "plan.view"
    PLAN_EDIT = "plan.edit"
    PLAN_APPROVE = "plan.approve"
    CONSULTATION_VIEW = "consultation.view"
    CONSULTATION_LOG = "consultation.log"
    CONFIDENTIAL_NOTES = "consultation.confidential_notes"
    EXPENSE_RECORD = "expense.record"
    STAFF_ASSIGN = "staff.assign"
    CATALOGUE_EDIT = "catalogue.edit"
    USER_MANAGE = "user.manage"
    SCHOOL_SETTINGS = "school.settings"
    AUDIT_VIEW = "audit.view"
    SYNC_RUN = "sync.run"
    REPORT_VIEW = "report.view"
    CLASS_MANAGE = "class.manage"
    CALENDAR_EDIT = "calendar.edit"
    YEAR_OPEN = "year.open"
    BACKUP_CREATE = "backup.create"
    BACKUP_RESTORE = "backup.restore"
    ROSTER_IMPORT = "roster.import"  # the e-journal's class lists into the pupils register


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.TEACHER: frozenset({
        P.STUDENT_VIEW, P.STUDENT_EDIT, P.ASSESSMENT_EDIT, P.PLAN_VIEW, P.PLAN_EDIT,
        P.CONSULTATION_VIEW, P.EXPENSE_RECORD,
    }),
    Role.SUPPORT: frozenset({
        P.STUDENT_VIEW, P.PLAN_VIEW, P.CONSULTATION_VIEW, P.CONSULTATION_LOG,
        P.CONFIDENTIAL_NOTES,
    }),
    Role.COORDINATOR: frozenset({
        P.STUDENT_VIEW, P.STUDENT_EDIT, P.ASSESSMENT_EDIT, P.PLAN_VIEW, P.PLAN_EDIT,
        P.CONSULTATION_VIEW, P.EXPENSE_RECORD, P.STAFF_ASSIGN, P.CATALOGUE_EDIT,
        P.AUDIT_VIEW, P.SYNC_RUN, P.REPORT_VIEW, P.CLASS_MANAGE, P.CALENDAR_EDIT, P.YEAR_OPEN,
        P.ROSTER_IMPORT,
    }),
    Role.DIRECTOR: frozenset({
        P.STUDENT_VIEW, P.PLAN_VIEW, P.PLAN_APPROVE, P.CONSULTATION_VIEW, P.AUDIT_VIEW,
        P.REPORT_VIEW, P.BACKUP_CREATE, P.BACKUP_RESTORE,
    }),
    Role.ADMIN: frozenset({P.USER_MANAGE, P.SCHOOL_SETTINGS, P.AUDIT_VIEW, P.CLASS_MANAGE,
                           P.CALENDAR_EDIT, P.BACKUP_CREATE, P.BACKUP_RESTORE,
                           P.ROSTER_IMPORT}),
}

WHOLE_SCHOOL_ROLES = (Role.COORDINATOR, Role.DIRECTOR)


def permissions(actor: Actor) -> frozenset[Permission]:
    out: set[Permission] = set()
    for role in actor.roles:
        out |= ROLE_PERMISSIONS[role]
    return frozenset(out)


def can(actor: Actor, permission: Permission) -> bool:
    return permission in permissions(actor)


def require(actor: Actor, permission: Permission) -> None:
    """Raise `PermissionDenied` naming the action unless one of the actor's roles allows it."""
    if not can(actor, permission):
        raise PermissionDenied("permission.denied", action=permission.value)


def visible_students(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on `Student`: the pupils this person may see.

    Coordinator and director: the whole school. Teacher: the pupils of classes they lead and
    pupils whose plans they author. Support staff: the pupils assigned to them.
    """
    if not can(actor, P.STUDENT_VIEW):
        return false()
    if actor.has(*WHOLE_SCHOOL_ROLES):
        return _still_holds(actor, *[r for r in WHOLE_SCHOOL_ROLES if actor.has(r)])
    return _still_holds(actor) & _own_students(actor)


def _still_holds(actor: Actor, *roles: Role) -> ColumnElement[bool]:
    """True while the account is active and holds one of `roles` (any role when none):
    an uncorrelated EXISTS, evaluated once per query, so a deactivated person or a role
    taken away stops reads at once (`session_state` does the same for writes)."""
    if not actor.user_id.int:
        return true()
    alive = select(User.id).where(User.id == actor.user_id, User.active.is_(True))
    if roles:
        alive = alive.where(select(UserRole.user_id).where(
            UserRole.user_id == actor.user_id, UserRole.role.in_(roles)).exists())
    return alive.exists()


def _own_students(actor: Actor) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = []
    if actor.has(Role.TEACHER):
        clauses.append(Student.class_id.in_(
            select(SchoolClass.id).where(SchoolClass.class_teacher_id == actor.user_id)
        ))
        clauses.append(Student.class_id.in_(
            select(ClassTeacher.class_id).where(ClassTeacher.user_id == actor.user_id)
        ))
        # Aliased and explicitly correlated to Student, so the clause also works inside
        # queries that themselves select from support_plan.
        plan = aliased(SupportPlan)
        clauses.append(
            select(plan.id)
            .where(plan.student_id == Student.id, plan.author_id == actor.user_id)
            .correlate(Student)
            .exists()
        )
    if actor.has(Role.SUPPORT):
        assigned = aliased(SupportAssignment)
        clauses.append(
            select(assigned.user_id)
            .where(assigned.student_id == Student.id, assigned.user_id == actor.user_id)
            .correlate(Student)
            .exists()
        )
    return or_(*clauses) if clauses else false()


def require_student(session: Session, actor: Actor, student_id: uuid.UUID) -> Student:
    """The pupil, if it exists and this person may see it; otherwise `NotFound`.

    An invisible pupil is reported as not found, so the answer leaks nothing about it.
    """
    student = session.scalar(
        select(Student).where(Student.id == student_id, visible_students(actor))
    )
    if student is None:
        require_current(session, actor)  # an ended session says so, not "not found"
        raise NotFound("not_found", entity="student")
    return student
