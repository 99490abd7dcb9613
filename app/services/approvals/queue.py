"""The director's side before a decision: the queue of submitted plans, and reading one.

Opening a plan with `read_plan_for_approval` is recorded in the audit trail (`plan.read`);
batch approval accepts only plans this director has read since they were last submitted
(`read_since_submission`, by the order of the audit entries, not by clock times).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    AuditEntry,
    PlanVersion,
    RiskAssessment,
    RiskFinding,
    RiskSign,
    SchoolClass,
    Student,
    SupportMeasure,
    SupportPlan,
    User,
)
from app.models.enums import PlanStatus, RiskCategory, RiskLevel
from app.services.assessments.explain import SignFinding
from app.services.assessments.levels import risk_levels
from app.services.assessments.query import indicators
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, visible_students
from app.services.core.store import Store
from app.services.plans.access import current_version, load_plan
from app.services.plans.versions import find_version
from app.services.plans.versions_diff import Change, version_changes
from app.services.plans.views import PlanView, plan_view


@dataclass(frozen=True)
class RiskCount:
    """One risk category of the plan's assessment: its level, computed as everywhere else
    (app.services.assessments.levels: the findings and the ABC indicators), and the number
    of risk signs found in it."""

    category: RiskCategory
    findings: int
    level: RiskLevel


@dataclass(frozen=True)
class QueueItem:
    plan_id: uuid.UUID
    version: int
    student_id: uuid.UUID
    student: str
    class_name: str
    author_id: uuid.UUID
    author: str
    risks: tuple[RiskCount, ...]
    total_cost_cents: int
    submitted_at: datetime | None
    read: bool  # opened by this director since it was submitted (needed for batch approval)


@dataclass(frozen=True)
class PlanForApproval:
    plan: PlanView
    class_name: str
    risks: tuple[RiskCount, ...]
    previous_version: int | None  # the version this one was amended from
    changes: tuple[Change, ...]  # against the previous version; empty for version 1


def risk_counts(session: Session,
                assessment_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[RiskCount, ...]]:
    """The categories at risk (level above none) of each assessment, in the official order."""
    if not assessment_ids:
        return {}
    found: dict[uuid.UUID, list[SignFinding]] = defaultdict(list)
    for assessment_id, category, name_lv, name_en, severity in session.execute(
        select(RiskFinding.assessment_id, RiskSign.category, RiskSign.name_lv,
               RiskSign.name_en, RiskFinding.severity)
        .join(RiskSign, RiskSign.id == RiskFinding.risk_sign_id)
        .where(RiskFinding.assessment_id.in_(assessment_ids))
    ):
        found[assessment_id].append(SignFinding(category, name_lv, name_en, severity))
    out = {}
    for a in session.scalars(select(RiskAssessment).where(
            RiskAssessment.id.in_(assessment_ids))):
        levels = risk_levels(indicators(a), found[a.id])
        out[a.id] = tuple(
            RiskCount(c, sum(1 for f in found[a.id] if f.category is c), levels[c])
            for c in RiskCategory if levels[c] > RiskLevel.NONE)
    return out


def _last_seq(session: Session, plan_ids: list[str], action: str,
              user_id: uuid.UUID | None = None) -> dict[str, int]:
    query = (select(AuditEntry.entity_id, func.max(AuditEntry.seq))
             .where(AuditEntry.entity == "support_plan", AuditEntry.action == action,
                    AuditEntry.entity_id.in_(plan_ids))
             .group_by(AuditEntry.entity_id))
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    return {eid: int(seq) for eid, seq in session.execute(query)}


def read_since_submission(session: Session, actor: Actor,
                          plan_ids: list[uuid.UUID]) -> dict[uuid.UUID, bool]:
    ids = [str(p) for p in plan_ids]
    submitted = _last_seq(session, ids, "plan.submit")
    read = _last_seq(session, ids, "plan.read", actor.user_id)
    return {p: read.get(str(p), 0) > submitted.get(str(p), 0) for p in plan_ids}


def approval_queue(store: Store, actor: Actor) -> list[QueueItem]:
    """Every SUBMITTED plan of the school, oldest submission first (directors only)."""
    require(actor, Permission.PLAN_APPROVE)
    cost = (select(func.coalesce(func.sum(SupportMeasure.cost_cents), 0))
            .where(SupportMeasure.version_id == PlanVersion.id).scalar_subquery())
    query = (
        select(SupportPlan, PlanVersion.submitted_at, Student, SchoolClass.name,
               User.full_name, cost)
        .join(PlanVersion, (PlanVersion.plan_id == SupportPlan.id)
              & (PlanVersion.number == SupportPlan.current_version))
        .join(Student, Student.id == SupportPlan.student_id)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .join(User, User.id == SupportPlan.author_id)
        .where(SupportPlan.status == PlanStatus.SUBMITTED, visible_students(actor))
        .order_by(PlanVersion.submitted_at, SchoolClass.name, Student.last_name)
    )
    with store.read() as s:
        rows = s.execute(query).all()
        risks = risk_counts(s, [p.assessment_id for p, *_ in rows if p.assessment_id])
        read = read_since_submission(s, actor, [p.id for p, *_ in rows])
        return [
            QueueItem(p.id, p.current_version, p.student_id, student.full_name, class_name,
                      p.author_id, author, risks.get(p.assessment_id, ()) if p.assessment_id
                      else (), int(total), submitted, read[p.id])
            for p, submitted, student, class_name, author, total in rows
        ]


def read_plan_for_approval(store: Store, actor: Actor, plan_id: uuid.UUID) -> PlanForApproval:
    """The plan as the director reads it, with its changes against the previous version.
    Recorded in the audit trail as `plan.read`."""
    with store.write() as s:
        plan = load_plan(s, actor, plan_id, Permission.PLAN_APPROVE)
        version = current_version(s, plan)
        previous = None
        changes: list[Change] = []
        if version.number > 1:
            previous = version.number - 1
            changes = version_changes(s, find_version(s, plan.id, previous), version)
        class_name = s.scalar(select(SchoolClass.name).join(
            Student, Student.class_id == SchoolClass.id).where(Student.id == plan.student_id))
        risks = (risk_counts(s, [plan.assessment_id]).get(plan.assessment_id, ())
                 if plan.assessment_id else ())
        audit.record(s, actor, "plan.read", "support_plan", plan.id,
                     student_id=plan.student_id, version=version.number,
                     status=plan.status.value)
        return PlanForApproval(plan_view(s, plan), class_name or "", risks, previous,
                               tuple(changes))
