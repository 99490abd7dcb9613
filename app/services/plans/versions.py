"""Locked versions: changing an approved plan makes a new version; comparing two versions.

An approved version is never edited again. `amend_approved_plan` copies its content into
version n+1 as a DRAFT and points the plan at it; the author edits and submits that one
(`plans.save_plan_draft`, `plans.submit_plan`) and it needs the director's approval again,
while version n keeps its content and its signature.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound
from app.models import PlanGoal, PlanReviewDate, PlanVersion, SupportMeasure
from app.models.base import utcnow
from app.models.enums import PlanStatus
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission
from app.services.core.store import Store
from app.services.plans.access import current_version, load_plan, require_author_or_coordinator
from app.services.plans.versions_diff import (
    Change,
    ChangeKind,
    Minutes,
    Money,
    Named,
    version_changes,
)
from app.services.plans.views import PlanView, plan_view

__all__ = ["Change", "ChangeKind", "Minutes", "Money", "Named", "amend_approved_plan",
           "diff_versions", "find_version", "latest_approved_version"]

_MEASURE_FIELDS = ("measure_type_id", "sort_order", "provider_id", "provider_name", "subject",
                   "planned_minutes", "planned_cents", "rate_cents", "cost_cents", "starts_on",
                   "ends_on")


def find_version(session: Session, plan_id: uuid.UUID, number: int) -> PlanVersion:
    version = session.scalar(select(PlanVersion).where(PlanVersion.plan_id == plan_id,
                                                       PlanVersion.number == number))
    if version is None:
        raise NotFound("approvals.version_not_found", number=number)
    return version


def latest_approved_version(session: Session, plan_id: uuid.UUID) -> PlanVersion | None:
    """The newest version the director approved (APPROVED, or CLOSED after evaluation).
    While an amendment is drafted the plan's current version is a DRAFT, but this one is
    still the plan in force."""
    return session.scalar(
        select(PlanVersion)
        .where(PlanVersion.plan_id == plan_id,
               PlanVersion.status.in_((PlanStatus.APPROVED, PlanStatus.CLOSED)))
        .order_by(PlanVersion.number.desc()).limit(1))


def copy_content(source: PlanVersion, target: PlanVersion) -> None:
    """Goals, measures, review dates, responsible person and summary of `source`."""
    target.goals.extend(PlanGoal(sort_order=g.sort_order, text=g.text) for g in source.goals)
    target.measures.extend(
        SupportMeasure(**{f: getattr(m, f) for f in _MEASURE_FIELDS}) for m in source.measures)
    target.review_dates.extend(PlanReviewDate(review_on=r.review_on, done=r.done)
                               for r in source.review_dates)
    target.responsible_id = source.responsible_id
    target.summary = source.summary


def amend_approved_plan(store: Store, actor: Actor, plan_id: uuid.UUID) -> PlanView:
    """Version n+1 of an APPROVED plan as a DRAFT copy of version n, which stays as it was."""
    with store.write() as s:
        plan = load_plan(s, actor, plan_id, Permission.PLAN_EDIT)
        require_author_or_coordinator(actor, plan)
        if plan.status is not PlanStatus.APPROVED:
            raise Conflict(f"approvals.amend_{plan.status.value}")
        approved = current_version(s, plan)
        draft = PlanVersion(plan_id=plan.id, number=approved.number + 1,
                            status=PlanStatus.DRAFT)
        s.add(draft)
        s.flush()
        copy_content(approved, draft)
        plan.current_version = draft.number
        plan.status = PlanStatus.DRAFT
        plan.updated_at = utcnow()
        s.flush()
        audit.record(s, actor, "plan.amend", "support_plan", plan.id,
                     student_id=plan.student_id, from_version=approved.number,
                     version=draft.number)
        return plan_view(s, plan)


def diff_versions(store: Store, actor: Actor, plan_id: uuid.UUID, from_number: int,
                  to_number: int) -> list[Change]:
    """What changed from version `from_number` to `to_number` of one plan."""
    with store.read() as s:
        plan = load_plan(s, actor, plan_id)
        return version_changes(s, find_version(s, plan.id, from_number),
                               find_version(s, plan.id, to_number))
