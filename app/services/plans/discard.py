"""Deleting a plan draft that was started by mistake or left empty.

Only a draft that never went to the director can go — nothing has been signed, decided or
delivered against it: no submitted version, no consultations, expenses, parent's
application or evaluation. The author or a coordinator deletes it; the deletion is audited
and syncs as tombstones.
"""

from __future__ import annotations

import uuid

from sqlalchemy import exists, select

from app.errors import Conflict
from app.models import (
    Consultation,
    Expense,
    ParentApplication,
    PlanEvaluation,
    PlanVersion,
)
from app.models.enums import PlanStatus
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission
from app.services.core.store import Store
from app.services.plans.access import load_plan, require_author_or_coordinator

LINKED = (Consultation, Expense, ParentApplication, PlanEvaluation)


def delete_plan_draft(store: Store, actor: Actor, plan_id: uuid.UUID) -> None:
    with store.write() as s:
        plan = load_plan(s, actor, plan_id, Permission.PLAN_EDIT)
        require_author_or_coordinator(actor, plan)
        submitted = s.scalar(select(exists().where(PlanVersion.plan_id == plan.id,
                                                   PlanVersion.submitted_at.is_not(None))))
        if plan.status is not PlanStatus.DRAFT or submitted:
            raise Conflict("plans.delete_not_draft")
        for model in LINKED:
            if s.scalar(select(exists().where(model.plan_id == plan.id))):
                raise Conflict("plans.delete_has_records")
        audit.record(s, actor, "plan.delete_draft", "support_plan", plan.id,
                     student_id=plan.student_id, semester_id=str(plan.semester_id))
        s.delete(plan)
