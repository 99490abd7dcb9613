"""Demo support plans (IAP) in every status, with their version, goals, measures, review
dates, the parent's application and — for closed plans — the semester-end evaluation.

Past semesters' plans are closed and evaluated. In the current semester a few at-risk pupils
have no plan yet; the rest are drafts, submitted, returned with the director's comment, or
approved; the plan of a pupil who left school this semester is closed early.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.demo.calendar import DemoCalendar, DemoSemester, at, school_day
from app.demo.catalog import YearCatalogue
from app.demo.history import FOCUS_CLASS, DemoCase
from app.demo.plan_content import DemoMeasure, plan_goals, plan_measures
from app.demo.plan_records import add_application, add_evaluation, add_review_dates
from app.demo.rows import DemoRows
from app.demo.staff import Staff
from app.demo.texts_plans import RETURN_COMMENTS, SUMMARIES
from app.models import PlanGoal, PlanVersion, SupportMeasure, SupportPlan
from app.models.enums import PlanStatus

S = PlanStatus
NO_PLAN_YET = 4
# Statuses in the current semester: the focus class gets one plan of each kind (so the demo
# teacher sees them all), other classes share the spread; every other plan is approved.
FOCUS_STATUSES = (S.RETURNED, S.DRAFT, S.SUBMITTED)
SPREAD = (S.DRAFT,) * 8 + (S.SUBMITTED,) * 9 + (S.RETURNED,) * 4


@dataclass
class DemoPlan:
    id: uuid.UUID
    case: DemoCase
    status: PlanStatus
    author_id: uuid.UUID
    created_on: date
    approved_on: date | None = None
    measures: list[DemoMeasure] = field(default_factory=list)


def _statuses(rng: random.Random, cases: list[DemoCase], current: bool) -> list[PlanStatus | None]:
    if not current:
        return [S.CLOSED] * len(cases)
    order = list(range(len(cases)))
    rng.shuffle(order)
    latest = sorted(range(len(cases)), key=lambda i: cases[i].assessed_on or date.min)
    focus = [i for i in order if cases[i].student.klass.name == FOCUS_CLASS]
    waiting = {i for i in latest[-NO_PLAN_YET:] if i not in focus}
    out: list[PlanStatus | None] = [S.APPROVED] * len(cases)
    for i, status in zip(focus, FOCUS_STATUSES, strict=False):
        out[i] = status
    spread = iter(SPREAD)
    for i in order:
        if cases[i].leaves_on is not None:
            out[i] = S.CLOSED
        elif i in waiting:
            out[i] = None
        elif i not in focus:
            out[i] = next(spread, S.APPROVED)
    return out


def add_plans(rows: DemoRows, rng: random.Random, cases: list[DemoCase],
              catalogue: YearCatalogue, staff: Staff, cal: DemoCalendar) -> list[DemoPlan]:
    current = bool(cases) and cases[0].semester == cal.current
    plans: list[DemoPlan] = []
    for case, status in zip(cases, _statuses(rng, cases, current), strict=True):
        if status is not None:
            plans.append(_add_plan(rows, rng, case, status, catalogue, staff, cal))
    return plans


def _day(rng: random.Random, first: date, span: int, sem: DemoSemester,
         cal: DemoCalendar) -> date:
    """A weekday `first` … `first + span`, never after yesterday or the semester's end."""
    last = min(first + timedelta(days=span), cal.last_day(sem))
    return school_day(rng, min(first, last), last)


def _add_plan(rows: DemoRows, rng: random.Random, case: DemoCase, status: PlanStatus,
              catalogue: YearCatalogue, staff: Staff, cal: DemoCalendar) -> DemoPlan:
    student, sem = case.student, case.semester
    teacher = student.klass.teacher_id
    author = teacher if student.klass.name == FOCUS_CLASS or rng.random() < 0.85 \
        else staff["koordinators"].id
    created = _day(rng, (case.assessed_on or sem.starts_on) + timedelta(days=2), 5, sem, cal)
    plan = DemoPlan(rows.new_id(), case, status, author, created)
    submitted = decided = None
    comment = ""
    if status is S.SUBMITTED:
        submitted = _day(rng, max(created + timedelta(days=3), cal.today - timedelta(days=21)),
                         18, sem, cal)
    elif status in (S.RETURNED, S.APPROVED, S.CLOSED):
        submitted = _day(rng, created + timedelta(days=3), 7, sem, cal)
        decided = _day(rng, submitted + timedelta(days=1), 5, sem, cal)
        if status is S.RETURNED:
            comment = rng.choice(RETURN_COMMENTS)
        else:
            plan.approved_on = decided
    last_change = decided or submitted or created
    rows.add(SupportPlan, id=plan.id, student_id=student.id, semester_id=sem.id, author_id=author,
             assessment_id=case.assessment_id, status=status, current_version=1,
             created_at=at(created, 10), updated_at=at(last_change, 14))
    responsible = None if status is S.DRAFT and rng.random() < 0.4 else (
        author if rng.random() < 0.7 else staff["socpedagogs"].id)
    version_id = rows.add(
        PlanVersion, plan_id=plan.id, number=1, status=status, responsible_id=responsible,
        summary=SUMMARIES[case.profile.key],
        submitted_at=at(submitted, 13) if submitted else None,
        decided_by_id=staff["direktors"].id if decided else None,
        decided_at=at(decided, 9, 30) if decided else None, decision_comment=comment,
        signature=None, signer_fingerprint=None,
        created_at=at(created, 10), updated_at=at(last_change, 14))
    for n, text in enumerate(plan_goals(rng, case)):
        rows.add(PlanGoal, version_id=version_id, sort_order=n, text=text)
    plan.measures = plan_measures(rng, case, catalogue, staff)
    for n, m in enumerate(plan.measures):
        rows.add(SupportMeasure, version_id=version_id, measure_type_id=m.type.id, sort_order=n,
                 provider_id=m.provider.id if m.provider else None,
                 provider_name=m.provider.full_name if m.provider else "", subject=m.subject,
                 planned_minutes=m.planned_minutes, planned_cents=m.planned_cents,
                 rate_cents=m.type.rate_cents if m.planned_minutes else 0,
                 cost_cents=m.cost_cents, starts_on=plan.approved_on or created,
                 ends_on=sem.ends_on)
    add_review_dates(rows, version_id, plan, cal)
    if status is not S.DRAFT or rng.random() < 0.5:
        add_application(rows, rng, plan, cal)
    if status is S.CLOSED:
        add_evaluation(rows, rng, plan, cal)
    return plan
