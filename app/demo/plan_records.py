"""The records around a demo plan: review dates, the parent's application, the evaluation."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from app.demo.calendar import DemoCalendar, at, school_day
from app.demo.rows import DemoRows
from app.demo.texts_plans import NARRATIVES, OUTCOME_NOTES
from app.demo.texts_risk import gendered
from app.models import ParentApplication, PlanEvaluation, PlanReviewDate, RiskOutcome
from app.models.enums import EvaluationOutcome, PlanStatus, Recommendation

if TYPE_CHECKING:
    import uuid

    from app.demo.plans import DemoPlan

Out = EvaluationOutcome
ADULT = 18


def add_review_dates(rows: DemoRows, version_id: uuid.UUID, plan: DemoPlan,
                     cal: DemoCalendar) -> None:
    sem = plan.case.semester
    middle = sem.starts_on + timedelta(days=(sem.ends_on - sem.starts_on).days // 2)
    live = plan.status in (PlanStatus.APPROVED, PlanStatus.CLOSED)
    for day in (middle, sem.ends_on - timedelta(days=14)):
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        rows.add(PlanReviewDate, version_id=version_id, review_on=day,
                 done=live and day < cal.today)


def add_application(rows: DemoRows, rng: random.Random, plan: DemoPlan,
                    cal: DemoCalendar) -> None:
    """The signed application: from a guardian, or from the pupil once they are adults."""
    student, sem = plan.case.student, plan.case.semester
    first = max(sem.starts_on, plan.created_on - timedelta(days=6))
    received = school_day(rng, first, plan.created_on)
    applicant = student.full_name if student.age_on(received) >= ADULT or not student.guardians \
        else student.guardians[0].full_name
    rows.add(ParentApplication, plan_id=plan.id, applicant_name=applicant, received_on=received,
             attachment_id=None, created_at=at(received, 15), updated_at=at(received, 15))


def _outcomes(rng: random.Random, plan: DemoPlan) -> list[EvaluationOutcome]:
    case = plan.case
    if case.refer:
        return [Out.INCREASED] + [Out.UNCHANGED] * (len(case.categories) - 1)
    weights = (3, 5, 1) if case.continues else (8, 2, 0)
    return rng.choices((Out.REDUCED, Out.UNCHANGED, Out.INCREASED), weights=weights,
                       k=len(case.categories))


def add_evaluation(rows: DemoRows, rng: random.Random, plan: DemoPlan,
                   cal: DemoCalendar) -> None:
    case = plan.case
    sem = case.semester
    on = case.leaves_on or school_day(rng, sem.ends_on - timedelta(days=16),
                                      sem.ends_on - timedelta(days=4))
    on = max(min(on, cal.today), plan.approved_on or on)
    outcomes = _outcomes(rng, plan)
    if case.refer:
        recommendation = Recommendation.REFER
    else:
        recommendation = Recommendation.CONTINUE if case.continues else Recommendation.CLOSE
    dominant = Out.INCREASED if Out.INCREASED in outcomes else (
        Out.UNCHANGED if Out.UNCHANGED in outcomes else Out.REDUCED)
    narrative = gendered(rng.choice(NARRATIVES[dominant]), case.student.female)
    if case.leaves_on is not None:
        narrative += " {Skolēns|Skolniece} pārtrauca mācības; lieta nodota sociālajam dienestam."
        narrative = gendered(narrative, case.student.female)
    eval_id = rows.add(PlanEvaluation, plan_id=plan.id, evaluated_by_id=plan.author_id,
                       evaluated_on=on, narrative=narrative, recommendation=recommendation,
                       created_at=at(on, 14), updated_at=at(on, 14))
    for category, outcome in zip(case.categories, outcomes, strict=True):
        rows.add(RiskOutcome, evaluation_id=eval_id, category=category, outcome=outcome,
                 note=OUTCOME_NOTES[outcome])
