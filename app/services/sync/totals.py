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
import json
import uuid
from collections.abc import Collection, Iterator
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from app.models import (
    Consultation,
    Expense,
    MeasureType,
    SchoolYear,
    Semester,
)
from app.models.enums import MeasureUnit
from app.services.sync.records import chunks
from app.sync.canonical import canonical_bytes

ENTITY = "delivery_total"
_NAMESPACE = uuid.UUID("5b0f3c39-3c55-4b8e-9d4a-6f1c2a7e9d10")
Q = TypeVar("Q", bound=Select[*tuple[Any, ...]])


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


Rates = dict[tuple[uuid.UUID, Any], int]  # (school year, specialist type) -> hourly cents


def hourly_rates(session: Session) -> Rates:
    return {(yid, spec): int(rate) for yid, spec, rate in session.execute(
        select(MeasureType.school_year_id, MeasureType.specialist_type,
               func.max(MeasureType.rate_cents))
        .where(MeasureType.unit == MeasureUnit.HOURS, MeasureType.specialist_type.is_not(None))
        .group_by(MeasureType.school_year_id, MeasureType.specialist_type))}


def totals_basis(session: Session, rates: Rates) -> str:
    """A digest of the semesters (dates, labels), hourly rates and measure type codes: when
    it changes, any total may change without a consultation or expense being touched."""
    parts: list[list[Any]] = [["rate", str(y), str(spec), rate]
                              for (y, spec), rate in rates.items()]
    parts += [["semester", str(i), label, n, str(a), str(b)] for i, label, n, a, b in
              session.execute(select(Semester.id, SchoolYear.label, Semester.number,
                                     Semester.starts_on, Semester.ends_on)
                              .join(SchoolYear, SchoolYear.id == Semester.school_year_id))]
    parts += [["measure", str(i), code] for i, code in
              session.execute(select(MeasureType.id, MeasureType.code))]
    return hashlib.sha256(json.dumps(sorted(parts)).encode()).hexdigest()


def _scoped(query: Q, column: Any, students: Collection[uuid.UUID] | None) -> Iterator[Q]:
    if students is None:
        yield query
        return
    for batch in chunks(students):
        yield query.where(column.in_(batch))


def delivery_totals(session: Session, students: Collection[uuid.UUID] | None = None,
                    rates: Rates | None = None) -> dict[uuid.UUID, dict[str, Any]]:
    """Totals per pupil, semester (by the date held or spent, as the school's own report
    counts), plan (or none: a first talk before any plan also counts) and specialist or
    measure type — of every pupil, or only of `students`."""
    rates = hourly_rates(session) if rates is None else rates
    totals: dict[uuid.UUID, dict[str, Any]] = {}
    # `attended` filters the aggregates, not the rows: as a WHERE term SQLite (without table
    # statistics) builds a temporary index on it over the whole table for every query.
    attended = func.count().filter(Consultation.attended.is_(True))
    consultations = (
        select(Consultation.student_id, Consultation.plan_id, SchoolYear.id, SchoolYear.label,
               Semester.number, Consultation.specialist_type, attended,
               func.coalesce(func.sum(Consultation.minutes)
                             .filter(Consultation.attended.is_(True)), 0))
        .join(Semester, _in_semester(Consultation.held_on))
        .join(SchoolYear, SchoolYear.id == Semester.school_year_id)
        .group_by(Consultation.student_id, Consultation.plan_id, SchoolYear.id,
                  SchoolYear.label, Semester.number, Consultation.specialist_type)
        .having(attended > 0))
    for query in _scoped(consultations, Consultation.student_id, students):
        for student_id, plan_id, year_id, label, number, spec, count, minutes in \
                session.execute(query):
            value = (int(minutes) * rates.get((year_id, spec), 0) + 30) // 60
            rid, data = _record(student_id, plan_id, f"{label}-{number}", "consultation",
                                spec.value, int(count), int(minutes), 0, value)
            totals[rid] = data
    expenses = (
        select(Expense.student_id, Expense.plan_id, SchoolYear.label, Semester.number,
               MeasureType.code, func.count(), func.coalesce(func.sum(Expense.amount_cents), 0))
        .join(MeasureType, MeasureType.id == Expense.measure_type_id)
        .join(Semester, _in_semester(Expense.spent_on))
        .join(SchoolYear, SchoolYear.id == Semester.school_year_id)
        .group_by(Expense.student_id, Expense.plan_id, SchoolYear.label, Semester.number,
                  MeasureType.code))
    for expense_query in _scoped(expenses, Expense.student_id, students):
        for student_id, plan_id, label, number, code, count, cents in \
                session.execute(expense_query):
            rid, data = _record(student_id, plan_id, f"{label}-{number}", "expense", code,
                                int(count), 0, int(cents), int(cents))
            totals[rid] = data
    return totals


def digest(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(data)).hexdigest()
