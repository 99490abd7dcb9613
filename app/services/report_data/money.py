"""Grouped SQL aggregates of a semester: plans by status, measures planned against delivered,
consultation hours per specialist type. `visible` is the reader's `visible_students` clause.

Planned figures come from the current versions of approved (and closed) plans, at the rates
copied into them. Delivered hours are attended consultations held within the semester,
valued at the catalogue's hourly rate of the semester's school year for that specialist
type; delivered euro are the expenses recorded within the semester.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session, aliased

from app.models import (
    Consultation,
    Expense,
    MeasureType,
    PlanVersion,
    Semester,
    Student,
    SupportMeasure,
    SupportPlan,
)
from app.models.enums import MeasureUnit, PlanStatus, SpecialistType
from app.reports.content_semester import MeasureFigures, SpecialistHours, StatusCount
from app.services.plans.costs import hours_cost_cents

APPROVED = (PlanStatus.APPROVED, PlanStatus.CLOSED)
SPECIALIST_ORDER = {t: i for i, t in enumerate(SpecialistType)}


def status_rows(s: Session, semester_id: uuid.UUID,
                visible: ColumnElement[bool]) -> tuple[StatusCount, ...]:
    """Every status in workflow order with its number of plans and their planned cost."""
    plan = aliased(SupportPlan)
    rows = {st: (int(n), int(c)) for st, n, c in s.execute(
        select(plan.status, func.count(func.distinct(plan.id)),
               func.coalesce(func.sum(SupportMeasure.cost_cents), 0))
        .join(Student, Student.id == plan.student_id)
        .join(PlanVersion, (PlanVersion.plan_id == plan.id)
              & (PlanVersion.number == plan.current_version))
        .outerjoin(SupportMeasure, SupportMeasure.version_id == PlanVersion.id)
        .where(plan.semester_id == semester_id, visible)
        .group_by(plan.status))}
    return tuple(StatusCount(st.value, *rows.get(st, (0, 0))) for st in PlanStatus)


def _planned(s: Session, semester_id: uuid.UUID,
             visible: ColumnElement[bool]) -> dict[uuid.UUID, tuple[int, int, int]]:
    """Measure type → (approved plans with it, planned minutes, planned cost in cents)."""
    plan = aliased(SupportPlan)
    return {t: (int(n), int(m), int(c)) for t, n, m, c in s.execute(
        select(SupportMeasure.measure_type_id, func.count(func.distinct(plan.id)),
               func.sum(SupportMeasure.planned_minutes), func.sum(SupportMeasure.cost_cents))
        .select_from(plan)
        .join(Student, Student.id == plan.student_id)
        .join(PlanVersion, (PlanVersion.plan_id == plan.id)
              & (PlanVersion.number == plan.current_version))
        .join(SupportMeasure, SupportMeasure.version_id == PlanVersion.id)
        .where(plan.semester_id == semester_id, plan.status.in_(APPROVED), visible)
        .group_by(SupportMeasure.measure_type_id))}


def _attended(s: Session, sem: Semester,
              visible: ColumnElement[bool]) -> dict[SpecialistType, int]:
    return {t: int(m) for t, m in s.execute(
        select(Consultation.specialist_type, func.sum(Consultation.minutes))
        .join(Student, Student.id == Consultation.student_id)
        .where(Consultation.attended, visible,
               Consultation.held_on.between(sem.starts_on, sem.ends_on))
        .group_by(Consultation.specialist_type))}


def _spent(s: Session, sem: Semester, visible: ColumnElement[bool]) -> dict[uuid.UUID, int]:
    return {t: int(c) for t, c in s.execute(
        select(Expense.measure_type_id, func.sum(Expense.amount_cents))
        .join(Student, Student.id == Expense.student_id)
        .where(visible, Expense.spent_on.between(sem.starts_on, sem.ends_on))
        .group_by(Expense.measure_type_id))}


def measure_figures(s: Session, sem: Semester,
                    visible: ColumnElement[bool]) -> tuple[MeasureFigures, ...]:
    """Per measure type with anything planned or delivered, in catalogue order."""
    planned = _planned(s, sem.id, visible)
    attended = _attended(s, sem, visible)
    spent = _spent(s, sem, visible)
    types = s.scalars(select(MeasureType).where(
        (MeasureType.school_year_id == sem.school_year_id)
        | MeasureType.id.in_(planned.keys() | spent.keys()))
        .order_by(MeasureType.sort_order, MeasureType.code))
    out = []
    for t in types:
        plans, minutes, cents = planned.get(t.id, (0, 0, 0))
        own_year = t.school_year_id == sem.school_year_id
        done = attended.get(t.specialist_type, 0) if t.specialist_type and own_year else 0
        hours = t.unit is MeasureUnit.HOURS
        delivered = hours_cost_cents(done, t.rate_cents) if hours else spent.get(t.id, 0)
        if cents or minutes or done or delivered:
            out.append(MeasureFigures(t.code, t.name_lv, t.name_en, t.unit.value,
                                      t.rate_cents, t.cap_cents, plans, minutes, cents,
                                      done if hours else 0, delivered))
    return tuple(out)


def specialist_hours(s: Session, sem: Semester,
                     visible: ColumnElement[bool]) -> tuple[SpecialistHours, ...]:
    rows = s.execute(
        select(Consultation.specialist_type, func.count(func.distinct(Consultation.staff_id)),
               func.count(func.distinct(Consultation.student_id)), func.count(),
               func.sum(case((Consultation.attended, Consultation.minutes), else_=0)),
               func.sum(case((Consultation.attended, 0), else_=Consultation.minutes)))
        .join(Student, Student.id == Consultation.student_id)
        .where(visible, Consultation.held_on.between(sem.starts_on, sem.ends_on))
        .group_by(Consultation.specialist_type)).all()
    return tuple(SpecialistHours(t.value, int(staff), int(students), int(n), int(a), int(m))
                 for t, staff, students, n, a, m in sorted(rows,
                                                         key=lambda r: SPECIALIST_ORDER[r[0]]))
