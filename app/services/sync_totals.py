"""Consultation and expense totals (`delivery_total` records), never the rows themselves.

One record per pupil, semester, plan (or none), kind and code: consultations by specialist
type (sessions, minutes, and their value at the catalogue's hourly rate of that school
year), expenses by measure type code (cents). The semester is the one whose dates contain
the day held or spent, as in the school's own semester report. The record id is derived
from those keys, so a total keeps its id.
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

from sqlalchemy import and_, delete, func, insert, select
from sqlalchemy.orm import Session

from app.models import (
    Consultation,
    Expense,
    MeasureType,
    SchoolYear,
    Semester,
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


def total_id(student_id: uuid.UUID, semester: str, plan_id: uuid.UUID | None, kind: str,
             code: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{student_id}/{semester}/{plan_id or '-'}/{kind}/{code}")


def _in_semester(day: Any) -> Any:
    """Join condition: the semester whose dates contain `day` (as the school report counts)."""
    return and_(day >= Semester.starts_on, day <= Semester.ends_on)


def _record(student_id: uuid.UUID, plan_id: uuid.UUID | None, semester: str, kind: str,
            code: str, sessions: int, minutes: int, cents: int,
            value: int) -> tuple[uuid.UUID, dict[str, Any]]:
    return total_id(student_id, semester, plan_id, kind, code), {
        "student_id": str(student_id), "plan_id": str(plan_id) if plan_id else None,
        "semester": semester, "kind": kind, "code": code, "sessions": sessions,
        "minutes": minutes, "cents": cents, "value_cents": value}


def delivery_totals(session: Session) -> dict[uuid.UUID, dict[str, Any]]:
    """Totals per pupil, semester (by the date held or spent, as the school's own report
    counts), plan (or none: a first talk before any plan also counts) and specialist or
    measure type."""
    rates = {(yid, spec): rate for yid, spec, rate in session.execute(
        select(MeasureType.school_year_id, MeasureType.specialist_type,
               func.max(MeasureType.rate_cents))
        .where(MeasureType.unit == MeasureUnit.HOURS, MeasureType.specialist_type.is_not(None))
        .group_by(MeasureType.school_year_id, MeasureType.specialist_type))}
    totals: dict[uuid.UUID, dict[str, Any]] = {}
    for student_id, plan_id, year_id, label, number, spec, count, minutes in session.execute(
        select(Consultation.student_id, Consultation.plan_id, SchoolYear.id, SchoolYear.label,
               Semester.number, Consultation.specialist_type, func.count(),
               func.coalesce(func.sum(Consultation.minutes), 0))
        .join(Semester, _in_semester(Consultation.held_on))
        .join(SchoolYear, SchoolYear.id == Semester.school_year_id)
        .where(Consultation.attended.is_(True))
        .group_by(Consultation.student_id, Consultation.plan_id, SchoolYear.id,
                  SchoolYear.label, Semester.number, Consultation.specialist_type)
    ):
        rate = rates.get((year_id, spec), 0)
        value = (int(minutes) * int(rate) + 30) // 60
        rid, data = _record(student_id, plan_id, f"{label}-{number}", "consultation",
                            spec.value, int(count), int(minutes), 0, value)
        totals[rid] = data
    for student_id, plan_id, label, number, code, count, cents in session.execute(
        select(Expense.student_id, Expense.plan_id, SchoolYear.label, Semester.number,
               MeasureType.code, func.count(), func.coalesce(func.sum(Expense.amount_cents), 0))
        .join(MeasureType, MeasureType.id == Expense.measure_type_id)
        .join(Semester, _in_semester(Expense.spent_on))
        .join(SchoolYear, SchoolYear.id == Semester.school_year_id)
        .group_by(Expense.student_id, Expense.plan_id, SchoolYear.label, Semester.number,
                  MeasureType.code)
    ):
        rid, data = _record(student_id, plan_id, f"{label}-{number}", "expense", code,
                            int(count), 0, int(cents), int(cents))
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
