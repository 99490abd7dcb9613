"""Deleting a consultation or an expense entered by mistake: by its author, audited, and
never once the plan it counts towards is closed (its delivery is then the record).

A deletion syncs as a tombstone, so the municipality's delivered hours and amounts follow.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound, PermissionDenied
from app.formatting import format_date
from app.models import Consultation, Expense, SupportPlan
from app.models.enums import PlanStatus, Role
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, require_student
from app.services.core.store import Store


def _require_open_plan(session: Session, plan_id: uuid.UUID | None, key: str,
                       **params: object) -> None:
    plan = session.get(SupportPlan, plan_id) if plan_id is not None else None
    if plan is not None and plan.status is PlanStatus.CLOSED:
        raise Conflict(key, **params)


def delete_consultation(store: Store, actor: Actor, consultation_id: uuid.UUID) -> None:
    """The author deletes a consultation logged by mistake (not once its plan is closed)."""
    require(actor, Permission.CONSULTATION_LOG)
    with store.write() as s:
        c = s.get(Consultation, consultation_id)
        if c is None:
            raise NotFound("support.consultation_not_found")
        try:
            require_student(s, actor, c.student_id)
        except NotFound:
            raise NotFound("support.consultation_not_found") from None
        if c.staff_id != actor.user_id:
            raise PermissionDenied("support.consultation_delete_not_author")
        held_on = format_date(c.held_on)
        _require_open_plan(s, c.plan_id, "support.consultation_plan_closed", date=held_on)
        audit.record(s, actor, "consultation.delete", "consultation", c.id,
                     student_id=c.student_id, on=c.held_on.isoformat(),
                     minutes=c.minutes, attended=c.attended)
        s.delete(c)


def delete_expense(store: Store, actor: Actor, expense_id: uuid.UUID) -> None:
    """Whoever recorded an expense (or a coordinator) deletes it while its plan is open."""
    require(actor, Permission.EXPENSE_RECORD)
    with store.write() as s:
        e = s.get(Expense, expense_id)
        if e is None:
            raise NotFound("support.expense_not_found")
        try:
            require_student(s, actor, e.student_id)
        except NotFound:
            raise NotFound("support.expense_not_found") from None
        if e.recorded_by_id != actor.user_id and not actor.has(Role.COORDINATOR):
            raise PermissionDenied("support.expense_delete_not_author")
        _require_open_plan(s, e.plan_id, "support.expense_plan_closed",
                           date=format_date(e.spent_on))
        audit.record(s, actor, "expense.delete", "expense", e.id, student_id=e.student_id,
                     amount_cents=e.amount_cents, spent_on=e.spent_on.isoformat())
        s.delete(e)
