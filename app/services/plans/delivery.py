"""Planned versus delivered: what a plan promised and what the logs say was done.

Hours are compared per specialist type (planned measure minutes against consultation minutes
logged for the pupil within the plan's semester, attended ones counted as delivered); euro
per measure type (planned amounts against expenses in the semester). Every figure comes from
a grouped SQL aggregate; delivered hours are valued at the plan's rate for that specialist
type, or the catalogue's current rate where the plan has none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models import Consultation, Expense, MeasureType, Semester, SupportMeasure
from app.models.enums import MeasureUnit, SpecialistType
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.plans.access import current_version, load_plan
from app.services.plans.costs import hours_cost_cents


@dataclass(frozen=True)
class HoursDelivery:
    specialist_type: SpecialistType | None
    planned_minutes: int
    delivered_minutes: int  # attended consultations
    missed_minutes: int  # logged, but the pupil did not attend
    rate_cents: int
    planned_cents: int
    delivered_cents: int


@dataclass(frozen=True)
class EuroDelivery:
    measure_type_id: uuid.UUID
    code: str
    name_lv: str
    name_en: str
    planned_cents: int
    spent_cents: int


@dataclass(frozen=True)
class PlanDelivery:
    plan_id: uuid.UUID
    hours: tuple[HoursDelivery, ...]
    euro: tuple[EuroDelivery, ...]

    @property
    def planned_total_cents(self) -> int:
        return sum(h.planned_cents for h in self.hours) + sum(e.planned_cents for e in self.euro)

    @property
    def delivered_total_cents(self) -> int:
        return sum(h.delivered_cents for h in self.hours) + sum(e.spent_cents for e in self.euro)


def _hours(session: Session, version_id: uuid.UUID, student_id: uuid.UUID,
           semester: Semester) -> tuple[HoursDelivery, ...]:
    planned = {t: (int(m), int(c), int(r)) for t, m, c, r in session.execute(
        select(MeasureType.specialist_type, func.sum(SupportMeasure.planned_minutes),
               func.sum(SupportMeasure.cost_cents), func.max(SupportMeasure.rate_cents))
        .join(MeasureType, MeasureType.id == SupportMeasure.measure_type_id)
        .where(SupportMeasure.version_id == version_id, MeasureType.unit == MeasureUnit.HOURS)
        .group_by(MeasureType.specialist_type))}
    logged = {t: (int(a), int(m)) for t, a, m in session.execute(
        select(Consultation.specialist_type,
               func.sum(case((Consultation.attended, Consultation.minutes), else_=0)),
               func.sum(case((Consultation.attended, 0), else_=Consultation.minutes)))
        .where(Consultation.student_id == student_id,
               Consultation.held_on.between(semester.starts_on, semester.ends_on))
        .group_by(Consultation.specialist_type))}
    catalogue_rate = {t: r for t, r in session.execute(
        select(MeasureType.specialist_type, func.max(MeasureType.rate_cents))
        .where(MeasureType.school_year_id == semester.school_year_id,
               MeasureType.unit == MeasureUnit.HOURS)
        .group_by(MeasureType.specialist_type))}
    out = []
    for t in sorted(planned.keys() | logged.keys(), key=lambda x: x or ""):
        minutes, cents, rate = planned.get(t, (0, 0, int(catalogue_rate.get(t) or 0)))
        attended, missed = logged.get(t, (0, 0))
        out.append(HoursDelivery(t, minutes, attended, missed, rate, cents,
                                 hours_cost_cents(attended, rate)))
    return tuple(out)


def _euro(session: Session, version_id: uuid.UUID, student_id: uuid.UUID,
          semester: Semester) -> tuple[EuroDelivery, ...]:
    planned = {t: c for t, c in session.execute(
        select(SupportMeasure.measure_type_id, func.sum(SupportMeasure.planned_cents))
        .join(MeasureType, MeasureType.id == SupportMeasure.measure_type_id)
        .where(SupportMeasure.version_id == version_id, MeasureType.unit == MeasureUnit.EURO)
        .group_by(SupportMeasure.measure_type_id))}
    spent = {t: c for t, c in session.execute(
        select(Expense.measure_type_id, func.sum(Expense.amount_cents))
        .where(Expense.student_id == student_id,
               Expense.spent_on.between(semester.starts_on, semester.ends_on))
        .group_by(Expense.measure_type_id))}
    types = session.scalars(
        select(MeasureType).where(MeasureType.id.in_(planned.keys() | spent.keys()))
        .order_by(MeasureType.sort_order, MeasureType.code))
    return tuple(EuroDelivery(t.id, t.code, t.name_lv, t.name_en, int(planned.get(t.id, 0)),
                              int(spent.get(t.id, 0))) for t in types)


def plan_delivery(store: Store, actor: Actor, plan_id: uuid.UUID) -> PlanDelivery:
    with store.read() as s:
        plan = load_plan(s, actor, plan_id)
        version = current_version(s, plan)
        semester = s.get(Semester, plan.semester_id)
        assert semester is not None
        return PlanDelivery(plan.id, _hours(s, version.id, plan.student_id, semester),
                            _euro(s, version.id, plan.student_id, semester))
