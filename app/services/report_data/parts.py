"""The parts of a printed IAP read from one plan's rows: risks, measures, approval, evaluation."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    MeasureType,
    PlanEvaluation,
    PlanVersion,
    RiskAssessment,
    RiskOutcome,
    Semester,
    Student,
    SupportMeasure,
    User,
)
from app.models.enums import PlanStatus, RiskLevel
from app.reports.content import (
    Approval,
    CategoryRisks,
    Evaluation,
    MeasureLine,
    SignLine,
)
from app.services.assessments.query import build_view
from app.services.catalogue.query import CATEGORY_ORDER

APPROVED = (PlanStatus.APPROVED, PlanStatus.CLOSED)


def user_name(s: Session, user_id: uuid.UUID | None) -> str:
    if user_id is None:
        return ""
    return s.scalar(select(User.full_name).where(User.id == user_id)) or ""


def risks(s: Session, assessment: RiskAssessment,
          student: Student) -> tuple[CategoryRisks, ...]:
    """The categories at risk, in the official order, with their signs and explanation."""
    semester = s.get(Semester, assessment.semester_id)
    assert semester is not None  # a foreign key
    view = build_view(s, assessment, student, semester)
    out = []
    for cat in view.profile.categories:
        if cat.level is RiskLevel.NONE:
            continue
        signs = tuple(SignLine(f.name_lv, f.name_en, int(f.severity), f.note)
                      for f in view.findings if f.category is cat.category)
        out.append(CategoryRisks(cat.category.value, int(cat.level), signs,
                                 cat.explanation_lv, cat.explanation_en))
    return tuple(out)


def measures(s: Session, version_id: uuid.UUID) -> tuple[MeasureLine, ...]:
    rows = s.execute(
        select(SupportMeasure, MeasureType, User.full_name)
        .join(MeasureType, MeasureType.id == SupportMeasure.measure_type_id)
        .outerjoin(User, User.id == SupportMeasure.provider_id)
        .where(SupportMeasure.version_id == version_id)
        .order_by(SupportMeasure.sort_order)
    ).all()
    return tuple(
        MeasureLine(t.name_lv, t.name_en, t.unit.value, provider or m.provider_name,
                    m.subject, m.planned_minutes, m.planned_cents, m.rate_cents, m.cost_cents,
                    m.starts_on, m.ends_on)
        for m, t, provider in rows
    )


def approval(s: Session, version: PlanVersion) -> Approval:
    """The director's decision on this version. An approval made before signatures existed
    (or imported without one) has no fingerprint; the document says so."""
    director = user_name(s, version.decided_by_id) or None
    if version.status in APPROVED:
        return Approval("approved", director, version.decided_at, version.signer_fingerprint)
    if version.status is PlanStatus.RETURNED:
        return Approval("returned", director, version.decided_at, None,
                        version.decision_comment)
    return Approval("pending")


def evaluation(s: Session, plan_id: uuid.UUID) -> Evaluation | None:
    ev = s.scalar(select(PlanEvaluation).where(PlanEvaluation.plan_id == plan_id))
    if ev is None:
        return None
    outcomes = sorted(s.execute(select(RiskOutcome.category, RiskOutcome.outcome)
                                .where(RiskOutcome.evaluation_id == ev.id)).all(),
                      key=lambda row: CATEGORY_ORDER[row[0]])
    return Evaluation(ev.evaluated_on, user_name(s, ev.evaluated_by_id), ev.narrative,
                      ev.recommendation.value,
                      tuple((c.value, o.value) for c, o in outcomes))
