"""Reading plans: one plan in full, or a semester's list with totals computed in SQL.

Who sees which plans follows `rbac.visible_students`: teachers the pupils of their classes
and the plans they author, support staff their assigned pupils, coordinator and director
the whole school.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from app.models import PlanVersion, SchoolClass, Student, SupportMeasure, SupportPlan, User
from app.models.enums import PlanStatus
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, visible_students
from app.services.core.store import Store
from app.services.plans.access import load_plan
from app.services.plans.views import PlanView, plan_view


@dataclass(frozen=True)
class PlanSummary:
    id: uuid.UUID
    student_id: uuid.UUID
    student_name: str
    class_name: str
    semester_id: uuid.UUID
    author_id: uuid.UUID
    author_name: str
    status: PlanStatus
    version: int
    total_cost_cents: int
    submitted_at: datetime | None


def get_plan(store: Store, actor: Actor, plan_id: uuid.UUID) -> PlanView:
    with store.read() as s:
        return plan_view(s, load_plan(s, actor, plan_id))


def list_plans(store: Store, actor: Actor, semester_id: uuid.UUID,
               status: PlanStatus | None = None, *,
               student_id: uuid.UUID | None = None) -> list[PlanSummary]:
    """The semester's plans this person may see, by class and pupil name; with `student_id`
    only that pupil's (one indexed lookup instead of the whole semester's plans)."""
    require(actor, Permission.PLAN_VIEW)
    plan = aliased(SupportPlan)  # not correlated with the EXISTS in visible_students()
    cost = (
        select(func.coalesce(func.sum(SupportMeasure.cost_cents), 0))
        .where(SupportMeasure.version_id == PlanVersion.id)
        .scalar_subquery()
    )
    query = (
        select(plan, Student.first_name, Student.last_name, SchoolClass.name,
               User.full_name, cost, PlanVersion.submitted_at)
        .join(Student, Student.id == plan.student_id)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .join(User, User.id == plan.author_id)
        .join(PlanVersion, (PlanVersion.plan_id == plan.id)
              & (PlanVersion.number == plan.current_version))
        .where(plan.semester_id == semester_id,
               or_(plan.author_id == actor.user_id, visible_students(actor)))
        .order_by(SchoolClass.name, Student.last_name, Student.first_name)
    )
    if status is not None:
        query = query.where(plan.status == status)
    if student_id is not None:
        query = query.where(plan.student_id == student_id)
    with store.read() as s:
        return [
            PlanSummary(p.id, p.student_id, f"{first} {last}", class_name, p.semester_id,
                        p.author_id, author, p.status, p.current_version, int(total),
                        submitted)
            for p, first, last, class_name, author, total, submitted in s.execute(query)
        ]
