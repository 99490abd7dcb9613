"""Conflicts a person resolves: municipality decisions that were not applied automatically.

`list_conflicts` shows them with the pupil's name (to those who may run sync); the reason is
a message key. `resolve_conflict` records the decision against the version it was made on
(history) and closes the conflict without touching the plan as the school has it now: the
school's newer version goes to the municipality with the next sync. `queue_full_resync` is
the way out of a broken state (a bundle rejected or quarantined by the hub): every record is
queued to be sent again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import (
    MunicipalityDecision,
    OutboxChange,
    PlanVersion,
    Student,
    SupportPlan,
    SyncPlanTotal,
)
from app.models import SyncConflict as ConflictRow
from app.models.base import utcnow
from app.models.enums import ChangeOp, DecisionOutcome, SyncState
from app.models.sync_state import SyncTotalBasis
from app.services.core import audit
from app.services.core.actor import SYSTEM_ACTOR, Actor
from app.services.core.store import Store
from app.services.sync.keys import require_sync
from app.services.sync.records import ENTITIES


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    plan_id: uuid.UUID
    student_name: str
    version: int | None
    outcome: DecisionOutcome
    comment: str
    decided_at: datetime
    reason_key: str
    created_at: datetime
    resolved_at: datetime | None


def _views(session: Session, rows: list[ConflictRow]) -> list[ConflictView]:
    plan_ids = [r.plan_id for r in rows]
    names = {pid: f"{first} {last}" for pid, first, last in session.execute(
        select(SupportPlan.id, Student.first_name, Student.last_name)
        .join(Student, Student.id == SupportPlan.student_id)
        .where(SupportPlan.id.in_(plan_ids)))}
    numbers = {vid: n for vid, n in session.execute(select(PlanVersion.id, PlanVersion.number)
                                                   .where(PlanVersion.id.in_(
                                                       [r.plan_version_id for r in rows])))}
    return [ConflictView(r.id, r.plan_id, names.get(r.plan_id, ""),
                         numbers.get(r.plan_version_id), r.outcome, r.comment, r.decided_at,
                         r.reason, r.created_at, r.resolved_at) for r in rows]


def list_conflicts(store: Store, actor: Actor, *,
                   include_resolved: bool = False) -> list[ConflictView]:
    require_sync(actor)
    with store.read() as s:
        query = select(ConflictRow).order_by(ConflictRow.created_at)
        if not include_resolved:
            query = query.where(ConflictRow.resolved_at.is_(None))
        return _views(s, list(s.scalars(query)))


def resolve_conflict(store: Store, actor: Actor, conflict_id: uuid.UUID) -> ConflictView:
    require_sync(actor)
    with store.write() as s:
        row = s.get(ConflictRow, conflict_id)
        if row is None or row.resolved_at is not None:
            raise NotFound("sync_school.conflict_not_found")
        if s.get(PlanVersion, row.plan_version_id) is not None:
            s.add(MunicipalityDecision(
                id=row.decision_id, plan_id=row.plan_id, plan_version_id=row.plan_version_id,
                outcome=row.outcome, comment=row.comment, decided_at=row.decided_at))
        row.resolved_at = utcnow()
        row.resolved_by_id = None if actor == SYSTEM_ACTOR else actor.user_id
        row.resolution = "kept_school"
        s.flush()
        audit.record(s, actor, "sync.conflict_resolved", "support_plan", row.plan_id,
                     decision_id=str(row.decision_id), outcome=row.outcome)
        return _views(s, [row])[0]


def queue_everything(s: Session) -> int:
    """In `s`'s transaction: every record that travels queued to be sent again, and every
    total recomputed and sent; how many records were queued."""
    now = utcnow()
    queued = 0
    for entity, (model, _) in ENTITIES.items():
        ids = list(s.scalars(select(model.id)))
        if ids:
            s.execute(insert(OutboxChange), [
                {"entity": entity, "entity_id": i, "op": ChangeOp.UPSERT, "changed_at": now,
                 "state": SyncState.TO_SEND} for i in ids])
        queued += len(ids)
    s.execute(delete(SyncPlanTotal))  # totals go out again too (all recomputed)
    s.execute(delete(SyncTotalBasis))
    return queued


def queue_full_resync(store: Store, actor: Actor) -> int:
    """Queue every record that travels to be sent again; returns how many were queued."""
    require_sync(actor)
    with store.write() as s:
        queued = queue_everything(s)
        audit.record(s, actor, "sync.full_resync", "outbox_change", "", records=queued)
    return queued
