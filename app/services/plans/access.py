"""Finding a plan the actor may see, and the rules for who may change it and when."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.errors import Conflict, NotFound, PermissionDenied
from app.models import PlanVersion, Student, SupportPlan
from app.models.enums import PlanStatus, Role
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, visible_students
from app.services.core.session_state import require_current

EDITABLE = (PlanStatus.DRAFT, PlanStatus.RETURNED)
LOCKED_KEYS = {
    PlanStatus.SUBMITTED: "plans.locked_submitted",
    PlanStatus.APPROVED: "plans.locked_approved",
    PlanStatus.CLOSED: "plans.locked_closed",
}


def load_plan(session: Session, actor: Actor, plan_id: uuid.UUID,
              permission: Permission = Permission.PLAN_VIEW) -> SupportPlan:
    """The plan if `actor` holds `permission` and may see its pupil; otherwise an error.

    A plan of an invisible pupil is reported as not found, so nothing leaks about it.
    """
    require(actor, permission)
    # An alias, so the EXISTS on support_plan inside visible_students() is not correlated.
    found = aliased(SupportPlan)
    plan = session.scalar(
        select(found)
        .join(Student, Student.id == found.student_id)
        .where(found.id == plan_id, visible_students(actor))
    )
    if plan is None:
        require_current(session, actor)  # an ended session says so, not "not found"
        raise NotFound("plans.not_found")
    return plan


def current_version(session: Session, plan: SupportPlan) -> PlanVersion:
    version = session.scalar(
        select(PlanVersion).where(
            PlanVersion.plan_id == plan.id, PlanVersion.number == plan.current_version
        )
    )
    if version is None:  # a plan is always created with its first version
        raise NotFound("plans.not_found")
    return version


def require_author_or_coordinator(actor: Actor, plan: SupportPlan) -> None:
    """Only the plan's author or a coordinator may change a plan."""
    if plan.author_id != actor.user_id and not actor.has(Role.COORDINATOR):
        raise PermissionDenied("plans.not_author")


def require_editable(plan: SupportPlan) -> None:
    """Drafts and returned plans can be edited; submitted and later ones are locked."""
    if plan.status not in EDITABLE:
        raise Conflict(LOCKED_KEYS[plan.status])


def set_status(plan: SupportPlan, version: PlanVersion, status: PlanStatus) -> None:
    plan.status = status
    version.status = status
