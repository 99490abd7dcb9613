"""Support plans (IAP): create a plan, save its draft, submit it for approval.

Evaluation and the parent's application are in `plans_evaluation`, reading in
`plans_query`, planned-vs-delivered in `plans_delivery`. The values they return and take are
re-exported here so callers need one import.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, NotFound, ValidationError
from app.models import (
    ParentApplication,
    PlanGoal,
    PlanReviewDate,
    PlanVersion,
    RiskAssessment,
    Semester,
    SupportMeasure,
    SupportPlan,
)
from app.models.base import utcnow
from app.models.enums import PlanStatus, StudentStatus
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, require_student
from app.services.core.store import Store
from app.services.plans.access import (
    current_version,
    load_plan,
    require_author_or_coordinator,
    require_editable,
    set_status,
)
from app.services.plans.delivery import EuroDelivery, HoursDelivery, PlanDelivery, plan_delivery
from app.services.plans.draft import MeasureInput, PlanDraftInput, check_draft, is_active_user
from app.services.plans.evaluation import record_evaluation, record_parent_application
from app.services.plans.query import PlanSummary, get_plan, list_plans
from app.services.plans.views import (
    EvaluationView,
    MeasureView,
    ParentApplicationView,
    PlanView,
    plan_view,
)

__all__ = [
    "EuroDelivery", "EvaluationView", "HoursDelivery", "MeasureInput", "MeasureView",
    "ParentApplicationView", "PlanDelivery", "PlanDraftInput", "PlanSummary", "PlanView",
    "create_plan", "get_plan", "list_plans", "plan_delivery", "record_evaluation",
    "record_parent_application", "save_plan_draft", "submit_plan",
]


def _assessment_id(session: Session, student_id: uuid.UUID, semester_id: uuid.UUID,
                   assessment_id: uuid.UUID | None) -> uuid.UUID | None:
    """The given assessment if it is this pupil's for this semester, else the latest one."""
    of_student = select(RiskAssessment.id).where(RiskAssessment.student_id == student_id,
                                               RiskAssessment.semester_id == semester_id)
    if assessment_id is None:
        return session.scalar(of_student.order_by(RiskAssessment.assessed_on.desc()).limit(1))
    if session.scalar(of_student.where(RiskAssessment.id == assessment_id)) is None:
        raise ValidationError(FieldProblem("assessment_id", "plans.assessment_mismatch"))
    return assessment_id


def create_plan(store: Store, actor: Actor, student_id: uuid.UUID, semester_id: uuid.UUID,
                assessment_id: uuid.UUID | None = None) -> PlanView:
    """A new DRAFT plan (version 1) authored by `actor`; one plan per pupil and semester."""
    require(actor, Permission.PLAN_EDIT)
    with store.write() as s:
        student = require_student(s, actor, student_id)
        if student.status is not StudentStatus.ACTIVE:
            raise Conflict("plans.student_not_active", student=student.full_name)
        semester = s.get(Semester, semester_id)
        if semester is None:
            raise NotFound("plans.semester_not_found")
        taken = select(SupportPlan.id).where(SupportPlan.student_id == student_id,
                                             SupportPlan.semester_id == semester_id)
        if s.scalar(taken) is not None:
            raise Conflict("plans.duplicate", student=student.full_name,
                           semester=semester.label)
        plan = SupportPlan(student_id=student_id, semester_id=semester_id,
                           author_id=actor.user_id, status=PlanStatus.DRAFT, current_version=1,
                           assessment_id=_assessment_id(s, student_id, semester_id,
                                                        assessment_id))
        s.add(plan)
        s.flush()
        s.add(PlanVersion(plan_id=plan.id, number=1, status=PlanStatus.DRAFT))
        s.flush()
        audit.record(s, actor, "plan.create", "support_plan", plan.id, student_id=student_id,
                     semester=semester.label,
                     assessment_id=str(plan.assessment_id) if plan.assessment_id else "")
        return plan_view(s, plan)


def save_plan_draft(store: Store, actor: Actor, plan_id: uuid.UUID,
                    draft: PlanDraftInput) -> PlanView:
    """Replace the goals, measures and review dates of the current version of a draft."""
    with store.write() as s:
        plan = load_plan(s, actor, plan_id, Permission.PLAN_EDIT)
        require_author_or_coordinator(actor, plan)
        require_editable(plan)
        semester = s.get(Semester, plan.semester_id)
        assert semester is not None
        version = current_version(s, plan)
        goals, rows, dates = check_draft(s, semester, draft,
                                         kept={m.measure_type_id for m in version.measures})
        version.goals.clear()
        version.measures.clear()
        version.review_dates.clear()
        s.flush()
        version.goals.extend(PlanGoal(sort_order=i, text=g) for i, g in enumerate(goals))
        version.measures.extend(
            SupportMeasure(
                measure_type_id=r.measure_type.id, sort_order=i,
                provider_id=r.source.provider_id, provider_name=r.source.provider_name.strip(),
                subject=r.source.subject.strip(), planned_minutes=r.planned_minutes,
                planned_cents=r.planned_cents, rate_cents=r.rate_cents,
                cost_cents=r.cost_cents, starts_on=r.source.starts_on,
                ends_on=r.source.ends_on,
            )
            for i, r in enumerate(rows)
        )
        version.review_dates.extend(PlanReviewDate(review_on=d) for d in dates)
        version.responsible_id = draft.responsible_id
        version.summary = draft.summary.strip()
        plan.updated_at = utcnow()
        s.flush()
        audit.record(s, actor, "plan.save_draft", "support_plan", plan.id,
                     student_id=plan.student_id, version=version.number, goals=len(goals),
                     measures=len(rows), cost_cents=sum(r.cost_cents for r in rows))
        return plan_view(s, plan)


def _submit_problems(session: Session, plan: SupportPlan,
                     version: PlanVersion) -> list[FieldProblem]:
    problems = []
    if not version.goals:
        problems.append(FieldProblem("goals", "plans.submit_no_goals"))
    if not version.measures:
        problems.append(FieldProblem("measures", "plans.submit_no_measures"))
    if version.responsible_id is None:
        problems.append(FieldProblem("responsible_id", "plans.submit_no_responsible"))
    elif not is_active_user(session, version.responsible_id):
        problems.append(FieldProblem("responsible_id", "plans.responsible_inactive"))
    application = select(ParentApplication.id).where(ParentApplication.plan_id == plan.id)
    if session.scalar(application) is None:
        problems.append(FieldProblem("parent_application", "plans.submit_no_application"))
    return problems


def submit_plan(store: Store, actor: Actor, plan_id: uuid.UUID) -> PlanView:
    """Send a complete draft to the director: status SUBMITTED, the version locked."""
    with store.write() as s:
        plan = load_plan(s, actor, plan_id, Permission.PLAN_EDIT)
        require_author_or_coordinator(actor, plan)
        require_editable(plan)
        version = current_version(s, plan)
        problems = _submit_problems(s, plan, version)
        if problems:
            raise ValidationError(problems)
        set_status(plan, version, PlanStatus.SUBMITTED)
        version.submitted_at = utcnow()
        s.flush()
        audit.record(s, actor, "plan.submit", "support_plan", plan.id,
                     student_id=plan.student_id, version=version.number)
        return plan_view(s, plan)
