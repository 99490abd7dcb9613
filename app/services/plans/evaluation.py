"""The parent's application for a plan, and the semester-end evaluation that closes it."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, ValidationError
from app.formatting import format_date
from app.models import (
    Attachment,
    ParentApplication,
    PlanEvaluation,
    RiskFinding,
    RiskOutcome,
    RiskSign,
    Semester,
    SupportPlan,
)
from app.models.enums import EvaluationOutcome, PlanStatus, Recommendation, RiskCategory
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission
from app.services.core.store import Store
from app.services.plans.access import (
    current_version,
    load_plan,
    require_author_or_coordinator,
    require_editable,
    set_status,
)
from app.services.plans.views import PlanView, plan_view
from app.services.support.attachments import SCAN_TYPES, drop_attachment, store_file

Scan = tuple[str, bytes, str]  # file name, content, media type
MAX_NARRATIVE = 10_000
MISSING_OUTCOME = {
    RiskCategory.LEARNING: "plans.outcome_missing_learning",
    RiskCategory.SOCIAL_HEALTH: "plans.outcome_missing_social_health",
    RiskCategory.ECONOMIC: "plans.outcome_missing_economic",
    RiskCategory.FAMILY: "plans.outcome_missing_family",
}


def _application_problems(applicant_name: str, received_on: date) -> list[FieldProblem]:
    problems = []
    name = applicant_name.strip()
    if not name:
        problems.append(FieldProblem("applicant_name", "plans.applicant_empty"))
    elif len(name) > 120:
        problems.append(FieldProblem("applicant_name", "plans.applicant_too_long"))
    if received_on > date.today():
        problems.append(FieldProblem("received_on", "plans.received_in_future",
                                     {"date": format_date(received_on)}))
    return problems


def record_parent_application(store: Store, actor: Actor, plan_id: uuid.UUID,
                              applicant_name: str, received_on: date,
                              scan: Scan | None = None) -> PlanView:
    """Record (or correct) the signed application; a new scan replaces the earlier one,
    `scan=None` keeps whatever scan is already there."""
    with store.write() as s:
        plan = load_plan(s, actor, plan_id, Permission.PLAN_EDIT)
        require_author_or_coordinator(actor, plan)
        require_editable(plan)
        problems = _application_problems(applicant_name, received_on)
        if problems:
            raise ValidationError(problems)
        app = s.scalar(select(ParentApplication).where(ParentApplication.plan_id == plan.id))
        if app is None:
            app = ParentApplication(plan_id=plan.id, applicant_name="", received_on=received_on)
            s.add(app)
        old_scan = app.attachment_id
        app.applicant_name, app.received_on = applicant_name.strip(), received_on
        if scan is not None:
            app.attachment_id = store_file(s, actor, plan.student_id, *scan, SCAN_TYPES).id
        s.flush()
        if scan is not None and old_scan is not None:
            old = s.get(Attachment, old_scan)
            if old is not None:
                drop_attachment(s, actor, old)
        audit.record(s, actor, "plan.parent_application", "support_plan", plan.id,
                     student_id=plan.student_id, received_on=received_on.isoformat(),
                     scan=app.attachment_id is not None)
        return plan_view(s, plan)


def _assessed_categories(session: Session, plan: SupportPlan) -> set[RiskCategory]:
    if plan.assessment_id is None:
        return set()
    rows = session.scalars(
        select(RiskSign.category).distinct()
        .join(RiskFinding, RiskFinding.risk_sign_id == RiskSign.id)
        .where(RiskFinding.assessment_id == plan.assessment_id)
    )
    return set(rows)


def _evaluation_problems(session: Session, plan: SupportPlan,
                         outcomes: dict[RiskCategory, EvaluationOutcome], narrative: str,
                         evaluated_on: date) -> list[FieldProblem]:
    problems = []
    if not outcomes:
        problems.append(FieldProblem("outcomes", "plans.outcomes_empty"))
    for category in sorted(_assessed_categories(session, plan) - set(outcomes)):
        problems.append(FieldProblem(f"outcomes.{category.value}", MISSING_OUTCOME[category]))
    if not narrative.strip():
        problems.append(FieldProblem("narrative", "plans.narrative_empty"))
    elif len(narrative.strip()) > MAX_NARRATIVE:
        problems.append(FieldProblem("narrative", "plans.narrative_too_long",
                                     {"max": MAX_NARRATIVE}))
    semester = session.get(Semester, plan.semester_id)
    assert semester is not None
    if not semester.starts_on <= evaluated_on <= date.today():
        problems.append(FieldProblem("evaluated_on", "plans.evaluated_on_range", {
            "date": format_date(evaluated_on), "start": format_date(semester.starts_on)}))
    return problems


def record_evaluation(store: Store, actor: Actor, plan_id: uuid.UUID,
                      outcomes: dict[RiskCategory, EvaluationOutcome], narrative: str,
                      recommendation: Recommendation,
                      evaluated_on: date | None = None) -> PlanView:
    """The semester-end evaluation of an approved plan; it closes the plan (CLOSED)."""
    when = evaluated_on or date.today()
    with store.write() as s:
        plan = load_plan(s, actor, plan_id, Permission.PLAN_EDIT)
        require_author_or_coordinator(actor, plan)
        if plan.status is not PlanStatus.APPROVED:
            raise Conflict("plans.evaluation_not_approved")
        problems = _evaluation_problems(s, plan, outcomes, narrative, when)
        if problems:
            raise ValidationError(problems)
        evaluation = PlanEvaluation(plan_id=plan.id, evaluated_by_id=actor.user_id,
                                    evaluated_on=when, narrative=narrative.strip(),
                                    recommendation=recommendation)
        s.add(evaluation)
        s.flush()
        s.add_all(RiskOutcome(evaluation_id=evaluation.id, category=c, outcome=o)
                  for c, o in outcomes.items())
        set_status(plan, current_version(s, plan), PlanStatus.CLOSED)
        s.flush()
        audit.record(s, actor, "plan.evaluate", "support_plan", plan.id,
                     student_id=plan.student_id, recommendation=recommendation.value,
                     outcomes={c.value: o.value for c, o in outcomes.items()})
        return plan_view(s, plan)
