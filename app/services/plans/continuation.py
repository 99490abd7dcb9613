"""Semester end: start the next semester's plan from a closed one.

The evaluation that closes a plan is `plans.record_evaluation`. `start_next_plan` then makes
a new DRAFT plan for the pupil in a later semester, pre-filled from the closed plan's last
version: its goals, responsible person and summary, and its measures at the NEW school year's
catalogue rates — a measure whose code is not in that year's catalogue, whose provider is no
longer active, or that would exceed the new year's cap is left out (the audit entry lists the
codes left out). Review dates, measure periods and the parent's application belong to one
semester and are not copied.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, NotFound, ValidationError
from app.models import (
    MeasureType,
    PlanGoal,
    PlanVersion,
    RiskAssessment,
    Semester,
    Student,
    SupportMeasure,
    SupportPlan,
)
from app.models.enums import PlanStatus, StudentStatus
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission
from app.services.core.store import Store
from app.services.plans.access import current_version, load_plan
from app.services.plans.draft import DraftCheck, MeasureInput, MeasureRow, is_active_user
from app.services.plans.views import PlanView, plan_view


def _next_semester(session: Session, closed: Semester, next_id: uuid.UUID) -> Semester:
    semester = session.get(Semester, next_id)
    if semester is None:
        raise NotFound("plans.semester_not_found")
    if semester.starts_on <= closed.starts_on:
        raise ValidationError(FieldProblem("next_semester_id", "approvals.next_not_later",
                                           {"semester": semester.label,
                                            "closed": closed.label}))
    return semester


def _measures(session: Session, source: PlanVersion,
              semester: Semester) -> tuple[list[MeasureRow], list[str]]:
    """The source's measures re-planned in `semester`'s catalogue, and the codes left out."""
    check = DraftCheck(session, semester)
    rows: list[MeasureRow] = []
    skipped: list[str] = []
    totals: dict[uuid.UUID, int] = {}
    for m in source.measures:
        code = session.scalar(select(MeasureType.code).where(MeasureType.id == m.measure_type_id))
        new_type = session.scalar(select(MeasureType).where(
            MeasureType.school_year_id == semester.school_year_id, MeasureType.code == code))
        row = None
        if new_type is not None:
            row = check.measure(len(rows), MeasureInput(
                new_type.id, m.planned_minutes, m.planned_cents, m.provider_id,
                m.provider_name, m.subject))
        if row is not None:
            cap = row.measure_type.cap_cents
            if cap is not None and totals.get(row.measure_type.id, 0) + row.cost_cents > cap:
                row = None
        if row is None:
            skipped.append(str(code))
            continue
        totals[row.measure_type.id] = totals.get(row.measure_type.id, 0) + row.cost_cents
        rows.append(row)
    return rows, skipped


def _assessment(session: Session, student_id: uuid.UUID,
                semester_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalar(
        select(RiskAssessment.id).where(RiskAssessment.student_id == student_id,
                                        RiskAssessment.semester_id == semester_id)
        .order_by(RiskAssessment.assessed_on.desc()).limit(1))


def start_next_plan(store: Store, actor: Actor, closed_plan_id: uuid.UUID,
                    next_semester_id: uuid.UUID) -> PlanView:
    """A new DRAFT plan (version 1, authored by `actor`) continuing a CLOSED plan."""
    with store.write() as s:
        return plan_view(s, continue_plan(s, actor, closed_plan_id, next_semester_id))


def continue_plan(s: Session, actor: Actor, closed_plan_id: uuid.UUID,
                  next_semester_id: uuid.UUID) -> SupportPlan:
    """`start_next_plan` in the caller's transaction (opening a school year does it for
    several pupils at once, all or nothing)."""
    closed = load_plan(s, actor, closed_plan_id, Permission.PLAN_EDIT)
    if closed.status is not PlanStatus.CLOSED:
        raise Conflict("approvals.continue_not_closed")
    old_semester = s.get(Semester, closed.semester_id)
    assert old_semester is not None
    semester = _next_semester(s, old_semester, next_semester_id)
    student = s.get(Student, closed.student_id)
    assert student is not None
    if student.status is not StudentStatus.ACTIVE:
        raise Conflict("plans.student_not_active", student=student.full_name)
    taken = select(SupportPlan.id).where(SupportPlan.student_id == student.id,
                                         SupportPlan.semester_id == semester.id)
    if s.scalar(taken) is not None:
        raise Conflict("plans.duplicate", student=student.full_name,
                       semester=semester.label)
    source = current_version(s, closed)
    rows, skipped = _measures(s, source, semester)
    plan = SupportPlan(student_id=student.id, semester_id=semester.id,
                       author_id=actor.user_id, status=PlanStatus.DRAFT, current_version=1,
                       assessment_id=_assessment(s, student.id, semester.id))
    s.add(plan)
    s.flush()
    responsible = source.responsible_id
    if responsible is not None and not is_active_user(s, responsible):
        responsible = None
    version = PlanVersion(plan_id=plan.id, number=1, status=PlanStatus.DRAFT,
                          responsible_id=responsible, summary=source.summary)
    s.add(version)
    s.flush()
    version.goals.extend(PlanGoal(sort_order=g.sort_order, text=g.text)
                         for g in source.goals)
    version.measures.extend(
        SupportMeasure(measure_type_id=r.measure_type.id, sort_order=i,
                       provider_id=r.source.provider_id,
                       provider_name=r.source.provider_name, subject=r.source.subject,
                       planned_minutes=r.planned_minutes, planned_cents=r.planned_cents,
                       rate_cents=r.rate_cents, cost_cents=r.cost_cents)
        for i, r in enumerate(rows))
    s.flush()
    audit.record(s, actor, "plan.continue", "support_plan", plan.id,
                 student_id=student.id, from_plan=str(closed.id),
                 semester=semester.label, measures=len(rows), skipped=skipped)
    return plan
