"""What plan use cases return: frozen dataclasses built from one plan's rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Attachment,
    MeasureType,
    MunicipalityDecision,
    ParentApplication,
    PlanEvaluation,
    PlanVersion,
    RiskOutcome,
    Semester,
    Student,
    SupportMeasure,
    SupportPlan,
    TrustRecord,
    User,
)
from app.models.enums import (
    DecisionOutcome,
    EvaluationOutcome,
    MeasureUnit,
    PlanStatus,
    Recommendation,
    RiskCategory,
    SpecialistType,
)
from app.services.plans.access import current_version


@dataclass(frozen=True)
class MeasureView:
    id: uuid.UUID
    measure_type_id: uuid.UUID
    code: str
    name_lv: str
    name_en: str
    unit: MeasureUnit
    specialist_type: SpecialistType | None
    provider_id: uuid.UUID | None
    provider_name: str
    subject: str
    planned_minutes: int
    planned_cents: int
    rate_cents: int
    cost_cents: int
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True)
class ParentApplicationView:
    applicant_name: str
    received_on: date
    attachment_id: uuid.UUID | None
    filename: str | None


@dataclass(frozen=True)
class EvaluationView:
    evaluated_by_id: uuid.UUID
    evaluated_on: date
    narrative: str
    recommendation: Recommendation
    outcomes: tuple[tuple[RiskCategory, EvaluationOutcome], ...]

    def outcome(self, category: RiskCategory) -> EvaluationOutcome | None:
        return dict(self.outcomes).get(category)


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    student_id: uuid.UUID
    student_name: str
    semester_id: uuid.UUID
    semester_label: str
    author_id: uuid.UUID
    author_name: str
    assessment_id: uuid.UUID | None
    status: PlanStatus
    version: int
    summary: str
    goals: tuple[str, ...]
    measures: tuple[MeasureView, ...]
    responsible_id: uuid.UUID | None
    responsible_name: str | None
    review_dates: tuple[date, ...]
    submitted_at: datetime | None
    parent_application: ParentApplicationView | None
    evaluation: EvaluationView | None
    # The director's last decision on this version: the return comment (shown to the author
    # while the plan is RETURNED), or the approval with its signing key's fingerprint.
    decision_comment: str = ""
    decided_by_id: uuid.UUID | None = None
    decided_by_name: str | None = None
    decided_at: datetime | None = None
    signer_fingerprint: str | None = None
    # True when the municipality returned the plan: `decided_by_name` is then its name.
    returned_by_municipality: bool = False

    @property
    def total_minutes(self) -> int:
        return sum(m.planned_minutes for m in self.measures)

    @property
    def hours_cost_cents(self) -> int:
        return sum(m.cost_cents for m in self.measures if m.unit is MeasureUnit.HOURS)

    @property
    def euro_cents(self) -> int:
        return sum(m.cost_cents for m in self.measures if m.unit is MeasureUnit.EURO)

    @property
    def total_cost_cents(self) -> int:
        return sum(m.cost_cents for m in self.measures)


def _user_name(session: Session, user_id: uuid.UUID | None) -> str | None:
    if user_id is None:
        return None
    return session.scalar(select(User.full_name).where(User.id == user_id))


def _measures(session: Session, version_id: uuid.UUID) -> tuple[MeasureView, ...]:
    rows = session.execute(
        select(SupportMeasure, MeasureType)
        .join(MeasureType, MeasureType.id == SupportMeasure.measure_type_id)
        .where(SupportMeasure.version_id == version_id)
        .order_by(SupportMeasure.sort_order)
    ).all()
    return tuple(
        MeasureView(
            id=m.id, measure_type_id=t.id, code=t.code, name_lv=t.name_lv, name_en=t.name_en,
            unit=t.unit, specialist_type=t.specialist_type, provider_id=m.provider_id,
            provider_name=m.provider_name, subject=m.subject,
            planned_minutes=m.planned_minutes, planned_cents=m.planned_cents,
            rate_cents=m.rate_cents, cost_cents=m.cost_cents, starts_on=m.starts_on,
            ends_on=m.ends_on,
        )
        for m, t in rows
    )


def _application(session: Session, plan_id: uuid.UUID) -> ParentApplicationView | None:
    app = session.scalar(select(ParentApplication).where(ParentApplication.plan_id == plan_id))
    if app is None:
        return None
    filename = None
    if app.attachment_id is not None:
        filename = session.scalar(
            select(Attachment.filename).where(Attachment.id == app.attachment_id)
        )
    return ParentApplicationView(app.applicant_name, app.received_on, app.attachment_id,
                                 filename)


def _evaluation(session: Session, plan_id: uuid.UUID) -> EvaluationView | None:
    ev = session.scalar(select(PlanEvaluation).where(PlanEvaluation.plan_id == plan_id))
    if ev is None:
        return None
    outcomes = session.execute(
        select(RiskOutcome.category, RiskOutcome.outcome)
        .where(RiskOutcome.evaluation_id == ev.id)
        .order_by(RiskOutcome.category)
    ).all()
    return EvaluationView(ev.evaluated_by_id, ev.evaluated_on, ev.narrative,
                          ev.recommendation, tuple((c, o) for c, o in outcomes))


def _municipality_return(session: Session, plan: SupportPlan,
                         version: PlanVersion) -> tuple[str, datetime] | None:
    """The municipality's name and decision time when it returned `version`'s predecessor."""
    if version.status is not PlanStatus.RETURNED or version.decided_by_id is not None:
        return None
    decided_at = session.scalar(
        select(MunicipalityDecision.decided_at)
        .join(PlanVersion, PlanVersion.id == MunicipalityDecision.plan_version_id)
        .where(MunicipalityDecision.plan_id == plan.id,
               MunicipalityDecision.outcome == DecisionOutcome.RETURNED,
               PlanVersion.number == version.number - 1))
    if decided_at is None:
        return None
    name = session.scalar(select(TrustRecord.municipality)
                          .order_by(TrustRecord.version.desc()).limit(1))
    return name or "", decided_at


def plan_view(session: Session, plan: SupportPlan) -> PlanView:
    """The plan with its current version's content, as a frozen value."""
    version = current_version(session, plan)
    student = session.get(Student, plan.student_id)
    semester = session.get(Semester, plan.semester_id)
    assert student is not None and semester is not None
    municipality = _municipality_return(session, plan, version)
    decided_by_name = _user_name(session, version.decided_by_id)
    decided_at = version.decided_at
    if municipality is not None:
        decided_by_name, decided_at = municipality
    return PlanView(
        id=plan.id, student_id=plan.student_id, student_name=student.full_name,
        semester_id=plan.semester_id, semester_label=semester.label,
        author_id=plan.author_id, author_name=_user_name(session, plan.author_id) or "",
        assessment_id=plan.assessment_id, status=plan.status, version=version.number,
        summary=version.summary, goals=tuple(g.text for g in version.goals),
        measures=_measures(session, version.id), responsible_id=version.responsible_id,
        responsible_name=_user_name(session, version.responsible_id),
        review_dates=tuple(r.review_on for r in version.review_dates),
        submitted_at=version.submitted_at,
        parent_application=_application(session, plan.id),
        evaluation=_evaluation(session, plan.id),
        decision_comment=version.decision_comment, decided_by_id=version.decided_by_id,
        decided_by_name=decided_by_name, decided_at=decided_at,
        signer_fingerprint=version.signer_fingerprint,
        returned_by_municipality=municipality is not None,
    )
