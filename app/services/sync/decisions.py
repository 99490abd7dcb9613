"""The municipality's decisions on approved plan versions, applied at the school.

- accepted: the plan stays APPROVED (its approved version is read-only already) and the
  acceptance is recorded (`MunicipalityDecision`), which locks it for good.
- returned: the decided version keeps its content and the director's signature; version n+1
  is made as a RETURNED copy carrying the municipality's comment (`decision_comment`, shown
  with returned plans), so the author can edit and submit it again.
- If the plan changed at school meanwhile — a newer version, changes not yet sent, the version
  no longer approved, a returned plan that is closed — nothing is overwritten: a
  `SyncConflict` row is kept for a person to resolve (`sync_conflicts`).
Every decision is applied once (by its decision id), in the downlink's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import (
    MunicipalityDecision,
    OutboxChange,
    PlanVersion,
    SupportPlan,
    SyncConflict,
    TrustRecord,
)
from app.models.base import utcnow
from app.models.enums import DecisionOutcome, PlanStatus, SyncState
from app.services.core import audit
from app.services.core.actor import Actor, municipality_actor
from app.services.core.store import Store
from app.services.plans.access import load_plan
from app.services.plans.versions import copy_content
from app.sync.values import decode_datetime, decode_uuid


def _edited_since_sent(session: Session, plan: SupportPlan, version: PlanVersion) -> bool:
    pending = session.scalar(
        select(OutboxChange.seq).where(
            OutboxChange.state == SyncState.TO_SEND,
            or_(OutboxChange.entity_id == plan.id, OutboxChange.entity_id == version.id),
        ).limit(1)
    )
    return pending is not None


def conflict_reason(session: Session, plan: SupportPlan | None, version: PlanVersion | None,
                    outcome: DecisionOutcome) -> str | None:
    """Why this decision may not be applied as it stands (a message key), or None."""
    if plan is None or version is None or version.plan_id != plan.id:
        return "sync_school.conflict_plan_missing"
    if plan.current_version != version.number:
        return "sync_school.conflict_newer_version"
    if version.status not in (PlanStatus.APPROVED, PlanStatus.CLOSED):
        return "sync_school.conflict_not_approved"
    if _edited_since_sent(session, plan, version):
        return "sync_school.conflict_edited"
    if outcome is DecisionOutcome.RETURNED and plan.status is not PlanStatus.APPROVED:
        return "sync_school.conflict_closed"
    return None


def reopen(session: Session, plan: SupportPlan, version: PlanVersion, comment: str,
           decided_at: datetime | None = None) -> int:
    """Version n+1 as a RETURNED copy of `version` with the municipality's comment (and
    the time it decided, so the plan can say when)."""
    returned = PlanVersion(plan_id=plan.id, number=version.number + 1,
                           status=PlanStatus.RETURNED, decision_comment=comment,
                           decided_at=decided_at)
    session.add(returned)
    session.flush()
    copy_content(version, returned)
    plan.current_version = returned.number
    plan.status = PlanStatus.RETURNED
    plan.updated_at = utcnow()
    session.flush()
    return returned.number


def _seen(session: Session, decision_id: uuid.UUID) -> bool:
    if session.get(MunicipalityDecision, decision_id) is not None:
        return True
    return session.scalar(
        select(SyncConflict.id).where(SyncConflict.decision_id == decision_id)) is not None


def municipality_name(session: Session) -> str:
    """The municipality of the newest trust document ("" before enrolment)."""
    return session.scalar(select(TrustRecord.municipality)
                          .order_by(TrustRecord.version.desc()).limit(1)) or ""


def apply_decision(session: Session, actor: Actor, decision: dict[str, Any]) -> str:
    """"applied", "conflict" or "already" (this decision id was handled before).

    The trail names the municipality as the one who decided (with the date it decided),
    not the person whose sync brought the decision in (`received_by`)."""
    decision_id = decode_uuid(decision["decision_id"])
    if _seen(session, decision_id):
        return "already"
    plan_id, version_id = decode_uuid(decision["plan_id"]), decode_uuid(decision["plan_version_id"])
    outcome, comment = DecisionOutcome(decision["outcome"]), decision["comment"] or ""
    decided_at = decode_datetime(decision["decided_at"])
    plan, version = session.get(SupportPlan, plan_id), session.get(PlanVersion, version_id)
    reason = conflict_reason(session, plan, version, outcome)
    student_id = plan.student_id if plan is not None else None
    if reason is not None:
        session.add(SyncConflict(decision_id=decision_id, plan_id=plan_id,
                                 plan_version_id=version_id, outcome=outcome, comment=comment,
                                 decided_at=decided_at, reason=reason))
        session.flush()
        audit.record(session, actor, "sync.decision_conflict", "support_plan", plan_id,
                     student_id=student_id, decision_id=str(decision_id), outcome=outcome,
                     reason=reason)
        return "conflict"
    assert plan is not None and version is not None
    session.add(MunicipalityDecision(id=decision_id, plan_id=plan_id, plan_version_id=version_id,
                                     outcome=outcome, comment=comment, decided_at=decided_at))
    municipality = municipality_name(session)
    details: dict[str, Any] = {"decision_id": str(decision_id), "version": version.number,
                               "municipality": municipality,
                               "on": decided_at.date().isoformat(),
                               "received_by": actor.username}
    if outcome is DecisionOutcome.RETURNED:
        details["new_version"] = reopen(session, plan, version, comment, decided_at)
    session.flush()
    audit.record(session, municipality_actor(municipality), f"sync.plan_{outcome}",
                 "support_plan", plan_id, student_id=student_id, **details)
    return "applied"


@dataclass(frozen=True)
class MunicipalityDecisionView:
    plan_id: uuid.UUID
    version: int
    outcome: DecisionOutcome
    comment: str
    decided_at: datetime


def municipality_decisions(store: Store, actor: Actor,
                           plan_id: uuid.UUID) -> list[MunicipalityDecisionView]:
    """The municipality's decisions on a plan's versions, oldest first (for the plan's card)."""
    with store.read() as s:
        plan = load_plan(s, actor, plan_id)
        rows = s.execute(
            select(MunicipalityDecision, PlanVersion.number)
            .join(PlanVersion, PlanVersion.id == MunicipalityDecision.plan_version_id)
            .where(MunicipalityDecision.plan_id == plan.id)
            .order_by(MunicipalityDecision.decided_at))
        return [MunicipalityDecisionView(d.plan_id, number, d.outcome, d.comment, d.decided_at)
                for d, number in rows]
