"""The pupil's plan of a semester with its planned-versus-delivered figures (the pupil
card's consultations and expenses tabs show them)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.services.core.actor import Actor
from app.services.core.rbac import Permission, can
from app.services.core.store import Store
from app.services.plans.lifecycle import PlanDelivery, PlanSummary, list_plans, plan_delivery


@dataclass(frozen=True)
class StudentPlan:
    plan: PlanSummary
    delivery: PlanDelivery


def student_plan(store: Store, actor: Actor, student_id: uuid.UUID,
                 semester_id: uuid.UUID) -> StudentPlan | None:
    """The pupil's plan in the semester with its delivery, or None (no plan, or no right)."""
    if not can(actor, Permission.PLAN_VIEW):
        return None
    plan = next(iter(list_plans(store, actor, semester_id, student_id=student_id)), None)
    if plan is None:
        return None
    return StudentPlan(plan, plan_delivery(store, actor, plan.id))
