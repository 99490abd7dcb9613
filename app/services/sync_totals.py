"""Consultation and expense totals (`delivery_total` records), never the rows themselves.

One record per plan, kind and code: consultations by specialist type (sessions, minutes, and
their value at the catalogue's hourly rate of the plan's school year), expenses by measure
type code (cents). The record id is derived from (plan, kind, code), so a total keeps its id.
Computed for the whole school with three GROUP BY queries at every bundle build and compared
with the digests last bundled (`SyncPlanTotal`): changed totals go out as upserts, vanished
ones as tombstones, and the digests are stored in the bundle's own transaction.
Confidential notes, topics and descriptions are never read here.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.models import (
    Consultation,
    Expense,
    MeasureType,
    SchoolYear,
    Semester,
    SupportPlan,
    SyncPlanTotal,
)
from app.models.enums import MeasureUnit
from app.sync.canonical import canonical_bytes

ENTITY = "delivery_total"
_NAMESPACE = uuid.UUID("5b0f3c39-3c55-4b8e-9d4a-6f1c2a7e9d10")


@dataclass(frozen=True)
class TotalsChange:
    records: dict[uuid.UUID, dict[str, Any] | None]  # record id -> data; None = tombstone
    digests: dict[uuid.UUID, str]


def total_id(plan_id: uuid.UUID, kind: str, code: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{plan_id}/{kind}/{code}")


def _plans(session: Session) -> dict[uuid.UUID, tuple[uuid.UUID, str, uuid.UUID]]:
    """plan id -> (student id, semester label, school year id)."""
    rows = session.execute(
        select(SupportPlan.id, SupportPlan.student_id, SchoolYear.label, Semester.number,
               SchoolYear.id)
        .join(Semester, Semester.id == SupportPlan.semester_id)
        .join(SchoolYear, SchoolYear.id == Semester.school_year_id))
    return {pid: (sid, f"{label}-{n}", yid) for pid, sid, label, n, yid in rows}


def _record(plans: dict[uuid.UUID, tuple[uuid.UUID, str, uuid.UUID]], plan_id: uuid.UUID,
            kind: str, code: str, sessions: int, minutes: int, cents: int,
            value: int) -> tuple[uuid.UUID, dict[str, Any]]:
    student_id, semester, _ = plans[plan_id]
    return total_id(plan_id, kind, code), {
        "student_id": str(student_id), "plan_id": str(plan_id), "semester": semester,
        "kind": kind, "code": code, "sessions": sessions, "minutes": minutes, "cents": cents,
        "value_cents": value}


def delivery_totals(session: Session) -> dict[uuid.UUID, dict[str, Any]]:
    plans = _plans(session)
    rates = {(yid, spec): rate for yid, spec, rate in session.execute(
        select(MeasureType.school_year_id, MeasureType.specialist_type,
               func.max(MeasureType.rate_cents))
        .where(MeasureType.unit == MeasureUnit.HOURS, MeasureType.specialist_type.is_not(None))
        .group_by(MeasureType.school_year_id, MeasureType.specialist_type))}
    totals: dict[uuid.UUID, dict[str, Any]] = {}
    for plan_id, spec, count, minutes in session.execute(
        select(Consultation.plan_id, Consultation.specialist_type, func.count(),
               func.coalesce(func.sum(Consultation.minutes), 0))
        .where(Consultation.plan_id.is_not(None), Consultation.attended.is_(True))
        .group_by(Consultation.plan_id, Consultation.specialist_type)
    ):
        if plan_id in plans:
            rate = rates.get((plans[plan_id][2], spec), 0)
            value = (int(minutes) * int(rate) + 30) // 60
            rid, data = _record(plans, plan_id, "consultation", spec.value, int(count),
                                int(minutes), 0, value)
            totals[rid] = data
    for plan_id, code, count, cents in session.execute(
        select(Expense.plan_id, MeasureType.code, func.count(),
               func.coalesce(func.sum(Expense.amount_cents), 0))
        .join(MeasureType, MeasureType.id == Expense.measure_type_id)
        .where(Expense.plan_id.is_not(None))
        .group_by(Expense.plan_id, MeasureType.code)
    ):
        if plan_id in plans:
            rid, data = _record(plans, plan_id, "expense", code, int(count), 0, int(cents),
                                int(cents))
            totals[rid] = data
    return totals


def _digest(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(data)).hexdigest()


def changed_totals(session: Session) -> TotalsChange:
    """Totals that differ from what was last bundled, and tombstones for vanished ones."""
    sent = {rid: digest for rid, digest in
            session.execute(select(SyncPlanTotal.record_id, SyncPlanTotal.digest))}
    records: dict[uuid.UUID, dict[str, Any] | None] = {}
    digests: dict[uuid.UUID, str] = {}
    for rid, data in delivery_totals(session).items():
        digest = _digest(data)
        if sent.pop(rid, None) != digest:
            records[rid] = data
            digests[rid] = digest
    for rid in sent:  # no consultation or expense left in that group
        records[rid] = None
    return TotalsChange(records, digests)


def store_digests(session: Session, change: TotalsChange) -> None:
    """Remember what went into the bundle being built (same transaction as the bundle)."""
    stale = list(change.records)
    for start in range(0, len(stale), 500):
        batch = stale[start:start + 500]
        session.execute(delete(SyncPlanTotal).where(SyncPlanTotal.record_id.in_(batch)))
    if change.digests:
        session.execute(insert(SyncPlanTotal), [
            {"record_id": rid, "digest": digest} for rid, digest in change.digests.items()])
