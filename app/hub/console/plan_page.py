"""What a plan's page shows, read from the hub's projections and the records as applied.

Goals, review dates and the parent's application come from `hub_record` (the school sends
them; the hub has no typed table for them); the rest from the typed tables. A school whose
trust keeps the free texts at school (the default, `send_free_text`) sends the goals without
their text and no summary: those are None here, and the page says "text kept at school".
The director's signature is shown as the hub's check at ingest found it (`app.hub.signature_check`):
verified, failing (with the reason), or not verifiable (an approval made before the school
sent what its signature covers).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound
from app.hub.console.plan_versions import Change, changes_by_version
from app.hub.console.queue import console_status, pupil_pseudonym
from app.hub.hub import Hub
from app.hub.models import Decision, School
from app.hub.models_records import (
    HubAssessment,
    HubDirectorKey,
    HubFinding,
    HubMeasure,
    HubPlan,
    HubPlanVersion,
    HubSignatureCheck,
    HubStudent,
    Record,
)
from app.hub.projections import CATEGORIES
from app.hub.signature_check import NOT_VERIFIABLE


@dataclass(frozen=True)
class Risk:
    category: str
    level: int | None
    reasons: list[tuple[str, int]]  # (sign code, severity)


@dataclass(frozen=True)
class Version:
    number: int
    status: str | None
    submitted_at: datetime | None
    approved_at: datetime | None
    summary: str | None
    signed: bool
    signature: str  # verified | failed | not_verifiable | unchecked
    signature_reason: str | None  # a message key (hub.signature_…)
    decision: Decision | None
    changes: list[Change] | None  # against the version before; None for the first
    new_key_seq: int | None = None  # signed with a director key newer than another of theirs


@dataclass(frozen=True)
class PlanDetail:
    school_id: str
    school_name: str
    plan_id: str
    semester: str
    status: str
    pupil: str
    grade: int | None
    programme: str | None
    risks: list[Risk]
    goals: list[str | None]  # None: the goal's text is kept at school
    measures: list[HubMeasure]
    review_dates: list[tuple[date | None, bool]]
    application_received: date | None
    versions: list[Version]  # newest first
    decisions: list[Decision]  # newest first
    current: Version | None

    @property
    def total_cost_cents(self) -> int:
        return sum(m.cost_cents for m in self.measures)


def _plan(s: Session, plan_id: str, school_id: str) -> HubPlan:
    query = select(HubPlan).where(HubPlan.id == plan_id)
    if school_id:
        query = query.where(HubPlan.school_id == school_id)
    plans = s.scalars(query.limit(2)).all()
    if not plans:
        raise NotFound("hub.plan_unknown", plan_id=plan_id)
    if len(plans) > 1:
        raise Conflict("hub.plan_ambiguous", plan_id=plan_id)
    return plans[0]


def _records(s: Session, school_id: str, entity: str, field: str,
             value: str) -> list[dict[str, Any]]:
    """The live records of `entity` whose `field` is `value` (narrowed in SQL by a LIKE)."""
    out = []
    for data in s.scalars(select(Record.data).where(
            Record.school_id == school_id, Record.entity == entity,
            Record.deleted.is_(False), Record.data.contains(value))):
        try:
            item = json.loads(data or "null")
        except ValueError:
            continue
        if isinstance(item, dict) and item.get(field) == value:
            out.append(item)
    return out


def _goals(s: Session, school_id: str, version_id: str) -> list[str | None]:
    rows = _records(s, school_id, "plan_goal", "version_id", version_id)
    rows.sort(key=lambda g: g.get("sort_order") or 0)
    return [None if g.get("text") is None else str(g["text"]) for g in rows]


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _risks(s: Session, plan: HubPlan) -> list[Risk]:
    assessment = s.get(HubAssessment, (plan.school_id, plan.assessment_id)) \
        if plan.assessment_id else None
    if assessment is None:
        return []
    findings = s.scalars(select(HubFinding).where(
        HubFinding.school_id == plan.school_id,
        HubFinding.assessment_id == assessment.id)).all()
    return [Risk(c, getattr(assessment, f"level_{c}"),
                 [(f.sign_code or "", f.severity) for f in findings if f.category == c])
            for c in CATEGORIES]


def _signature(check: HubSignatureCheck | None) -> tuple[str, str | None]:
    if check is None:
        return "unchecked", "hub.signature_not_checked"
    if check.verified:
        return "verified", None
    if check.reason == NOT_VERIFIABLE:
        return "not_verifiable", check.reason
    return "failed", check.reason


def _new_key_seq(s: Session, school_id: str, fingerprint: str | None) -> int | None:
    """The bundle that brought the signing key, when the same director had an earlier key:
    a re-signing with a key made later (security finding 3) shows on the plan."""
    key = s.get(HubDirectorKey, (school_id, fingerprint)) if fingerprint else None
    if key is None or key.user_id is None:
        return None
    earlier = s.scalar(select(HubDirectorKey.fingerprint).where(
        HubDirectorKey.school_id == school_id, HubDirectorKey.user_id == key.user_id,
        HubDirectorKey.fingerprint != key.fingerprint,
        HubDirectorKey.bundle_seq <= key.bundle_seq).limit(1))
    return key.bundle_seq if earlier is not None else None


def read_plan(hub: Hub, plan_id: str, school_id: str = "") -> PlanDetail:
    with hub.store.read() as s:
        plan = _plan(s, plan_id, school_id)
        sid = plan.school_id
        school = s.get(School, sid)
        student = s.get(HubStudent, (sid, plan.student_id)) if plan.student_id else None
        rows = s.scalars(select(HubPlanVersion).where(
            HubPlanVersion.school_id == sid, HubPlanVersion.plan_id == plan.id)
            .order_by(HubPlanVersion.number.desc())).all()
        decisions = s.scalars(select(Decision).where(
            Decision.school_id == sid, Decision.plan_id == plan.id)
            .order_by(Decision.decided_at.desc())).all()
        by_version = {d.plan_version_id: d for d in decisions}
        goals_of = {v.id: _goals(s, sid, v.id) for v in rows} if len(rows) > 1 else {}
        changes = changes_by_version(s, list(rows), goals_of)
        checks = {c.version_id: c for c in s.scalars(select(HubSignatureCheck).where(
            HubSignatureCheck.school_id == sid,
            HubSignatureCheck.version_id.in_([v.id for v in rows])))}
        versions = [Version(v.number, v.status, v.submitted_at, v.decided_at, v.summary,
                            bool(v.signature), *_signature(checks.get(v.id)),
                            by_version.get(v.id), changes.get(v.number),
                            _new_key_seq(s, sid, v.signer_fingerprint))
                    for v in rows]
        current_row = next((v for v in rows if v.number == plan.current_version), None)
        current = next((v for v in versions if v.number == plan.current_version), None)
        measures: list[HubMeasure] = []
        goals: list[str | None] = []
        reviews: list[tuple[date | None, bool]] = []
        if current_row is not None:
            measures = list(s.scalars(select(HubMeasure).where(and_(
                HubMeasure.school_id == sid, HubMeasure.version_id == current_row.id))))
            goals = goals_of.get(current_row.id) or _goals(s, sid, current_row.id)
            reviews = sorted(((_date(r.get("review_on")), bool(r.get("done")))
                              for r in _records(s, sid, "plan_review_date", "version_id",
                                                current_row.id)),
                             key=lambda r: r[0] or date.max)
        applications = _records(s, sid, "parent_application", "plan_id", plan.id)
        received = min((d for d in (_date(a.get("received_on")) for a in applications) if d),
                       default=None)
        risks = _risks(s, plan)
    decision = current.decision if current else None
    return PlanDetail(
        sid, school.name if school else sid, plan.id, plan.semester or "",
        console_status(current.status if current else None,
                       decision.outcome if decision else None),
        pupil_pseudonym(hub, sid, plan.student_id), student.grade if student else None,
        student.programme if student else None, risks, goals, measures, reviews, received,
        versions, list(decisions), current)
