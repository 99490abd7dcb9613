"""The coordinator's decisions: accept a plan, or return it with a comment.

A decision is taken on the plan's current version as last received, and only once the
school's director has approved it (a higher level acts after the lower one). One decision per
version; it travels back to the school in the next downlink bundle.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, NotFound, ValidationError
from app.hub.hub import Hub
from app.hub.models import Decision, School
from app.hub.models_console import AuditEntry
from app.hub.models_records import HubPlan, HubPlanVersion, HubSignatureCheck

log = logging.getLogger("pumpurs.hub")
MAX_COMMENT = 10_000


@dataclass(frozen=True)
class DecisionView:
    decision_id: str
    school_id: str
    plan_id: str
    plan_version_id: str
    version_number: int
    outcome: str
    comment: str | None
    decided_at: datetime


def _plan(s: Session, plan_id: str, school_id: str | None) -> HubPlan:
    query = select(HubPlan).where(HubPlan.id == plan_id)
    if school_id:
        query = query.where(HubPlan.school_id == school_id)
    plans = s.scalars(query).all()
    if not plans:
        raise NotFound("hub.plan_unknown", plan_id=plan_id)
    if len(plans) > 1:
        raise Conflict("hub.plan_ambiguous", plan_id=plan_id)
    return plans[0]


def signature_verified(s: Session, version: HubPlanVersion) -> bool:
    """Did the hub verify this version's director signature at ingest?"""
    check = s.get(HubSignatureCheck, (version.school_id, version.id))
    return check is not None and check.verified


def decide(hub: Hub, plan_id: str, *, accept: bool, comment: str | None = None,
           school_id: str | None = None, decided_by: str | None = None) -> DecisionView:
    """Accept or return (`comment` required) the current version of a director-approved plan
    (a plan already closed at semester end can only be accepted; only a plan whose signature
    the hub verified at ingest, `signature_check`). `decided_by` is the console
    user (None from the command line); the decision is audited under that name."""
    comment = (comment or "").strip() or None
    if not accept and comment is None:
        raise ValidationError(FieldProblem("comment", "hub.comment_required"))
    if comment is not None and len(comment) > MAX_COMMENT:
        raise ValidationError(FieldProblem("comment", "hub.comment_too_long",
                                           {"limit": MAX_COMMENT}))
    with hub.store.write() as s:
        plan = _plan(s, plan_id, school_id)
        s.get(School, plan.school_id, with_for_update=True)  # one decision at a time
        version = s.scalar(select(HubPlanVersion).where(
            HubPlanVersion.school_id == plan.school_id, HubPlanVersion.plan_id == plan.id,
            HubPlanVersion.number == plan.current_version))
        if version is None:
            raise Conflict("hub.plan_version_missing", plan_id=plan_id,
                           number=plan.current_version)
        # A plan closed at semester end was approved first: it can still be accepted for
        # the record, but no longer returned (there is nothing left to change).
        if version.status not in ("approved", "closed"):
            raise Conflict("hub.plan_not_approved", plan_id=plan_id, status=version.status or "—")
        if version.status == "closed" and not accept:
            raise Conflict("hub.plan_closed_cannot_return", plan_id=plan_id)
        if accept and not signature_verified(s, version):
            raise Conflict("hub.plan_signature_unverified", plan_id=plan_id)
        taken = s.scalar(select(Decision).where(Decision.plan_version_id == version.id))
        if taken is not None:
            raise Conflict("hub.already_decided", plan_id=plan_id, outcome=taken.outcome)
        row = Decision(decision_id=str(uuid.uuid4()), school_id=plan.school_id,
                       plan_id=plan.id, plan_version_id=version.id,
                       outcome="accepted" if accept else "returned", comment=comment,
                       decided_by=decided_by)
        s.add(row)
        s.add(AuditEntry(username=decided_by or "(cli)", action="decision",
                         detail=f"{plan.school_id} {plan.id} v{version.number} "
                                f"{row.outcome}"))
        s.flush()
        log.info("plan %s version %s of school %s %s", plan.id, version.number,
                 plan.school_id, row.outcome)
        return DecisionView(row.decision_id, row.school_id, row.plan_id, row.plan_version_id,
                            version.number, row.outcome, row.comment, row.decided_at)


@dataclass(frozen=True)
class PlanRow:
    school_id: str
    school_name: str
    plan_id: str
    semester: str | None
    status: str | None
    version: int
    decision: str | None


def list_plans(hub: Hub, semester: str | None = None) -> list[PlanRow]:
    """The plans received, with the municipality's decision on their current version."""
    with hub.store.read() as s:
        query = (
            select(HubPlan.school_id, School.name, HubPlan.id, HubPlan.semester, HubPlan.status,
                   HubPlan.current_version, Decision.outcome)
            .join(School, School.school_id == HubPlan.school_id)
            .outerjoin(HubPlanVersion, (HubPlanVersion.school_id == HubPlan.school_id)
                       & (HubPlanVersion.plan_id == HubPlan.id)
                       & (HubPlanVersion.number == HubPlan.current_version))
            .outerjoin(Decision, Decision.plan_version_id == HubPlanVersion.id)
            .order_by(School.name, HubPlan.semester, HubPlan.id)
        )
        if semester:
            query = query.where(HubPlan.semester == semester)
        return [PlanRow(*row) for row in s.execute(query).all()]
