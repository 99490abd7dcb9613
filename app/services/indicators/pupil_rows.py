"""The part every indicator preview shares: each file row's pupil, read by the roster's rules
(`roster.row_values.read_row`) and matched in the period's register — the pupil with the
row's personal code, else the one pupil of that name in that class — together with the
kind's own figures of the row (`read`), every problem a sentence naming the row and column.

Where a pupil has one row (attendance, conduct counts, marks one column per subject) a second
row of the same pupil is refused; where the file has a row per mark or per note, it is not.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, ValidationError
from app.models import IndicatorImport
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.indicators.outcomes import PupilRow, ReplacedImport, RowKind
from app.services.indicators.period import Period, resolve_period
from app.services.roster import RosterField, RosterTable, mapping_for
from app.services.roster.mapping import ColumnMapping, check_mapping
from app.services.roster.reading import RosterRow
from app.services.roster.register import KnownStudent, Register, load_register
from app.services.roster.row_values import RowProblem, RowValues, column_header, read_row
from app.services.students.search import fold

F = TypeVar("F")
ReadFigures = Callable[[RosterRow], tuple[F, list[RowProblem]]]


def _problem(table: RosterTable, mapping: ColumnMapping, row: int, key: str,
             **params: object) -> RowProblem:
    return RowProblem(row, column_header(table, mapping, RosterField.SURNAME), "surname",
                      FieldProblem("surname", key, params))


def match(register: Register, v: RowValues) -> tuple[KnownStudent | None, str]:
    """The register's pupil the row names, or None with the reason's message key."""
    code = v.personal_code.normalised if v.personal_code else None
    if code and (known := register.by_code.get(code)):
        return known, ""
    target = register.classes.get(v.class_name.lower())
    if target is None:
        return None, "indicators.match.no_class"
    same = [k for k in register.by_name.get((fold(v.first_name), fold(v.last_name)), [])
            if k.class_id == target[0] and not (code and k.personal_code)]
    if len(same) > 1:
        return None, "indicators.match.ambiguous"
    if not same:
        return None, "indicators.match.none"
    return same[0], ""


def pupil_rows(table: RosterTable, mapping: ColumnMapping, register: Register, today: date,
               read: ReadFigures[F], *, one_row_each: bool) -> tuple[PupilRow[F], ...]:
    """Every row of `table` with its pupil (or why none) and its figures."""
    check_mapping(mapping, table.headers)
    seen: dict[uuid.UUID, int] = {}
    rows = []
    for row in table.rows:
        values, problems = read_row(table, mapping, row, today)
        figures, figure_problems = read(row)
        problems += figure_problems
        name = f"{values.first_name} {values.last_name}".strip()
        kind, student_id = RowKind.ERROR, None
        if not problems:
            known, reason = match(register, values)
            if known is None:
                kind = RowKind.UNMATCHED
                problems.append(_problem(table, mapping, row.number, reason, name=name,
                                         class_name=values.class_name))
            elif one_row_each and known.id in seen:
                kind = RowKind.DUPLICATE
                problems.append(_problem(table, mapping, row.number,
                                         "indicators.duplicate", first_row=seen[known.id]))
            else:
                kind, student_id = RowKind.MATCHED, known.id
                seen.setdefault(known.id, row.number)
        rows.append(PupilRow(row.number, kind, name, values.class_name, student_id,
                             figures, tuple(problems)))
    return tuple(rows)


def replaced_import(session: Session, kind: str, period: Period) -> ReplacedImport | None:
    old = session.scalar(select(IndicatorImport).where(IndicatorImport.kind == kind,
                                                       IndicatorImport.period == period.label))
    return ReplacedImport(old.source_name, old.imported_at, old.rows) if old else None


def require_columns(found: bool, key: str = "indicators.column.none") -> None:
    """`ValidationError` (`key`) when the file has none of the kind's columns."""
    if not found:
        raise ValidationError(FieldProblem("file", key))


@dataclass(frozen=True)
class PreviewInputs:
    """What a preview needs from the database: the mapping, the period, its register and the
    import of the same kind it would replace."""

    mapping: ColumnMapping
    period: Period
    register: Register
    replaces: ReplacedImport | None
    today: date


def preview_inputs(store: Store, actor: Actor, table: RosterTable, kind: str,
                   period: str | None, mapping: ColumnMapping | None,
                   today: date | None) -> PreviewInputs:
    """`ValidationError` when the period is unknown. Who may import class lists may import
    indicators (`Permission.ROSTER_IMPORT`, checked by `roster.mapping_for`)."""
    mapping = mapping or mapping_for(store, actor, table)  # checks the permission
    day = today or date.today()
    with store.read() as s:
        found = resolve_period(s, period, day)
        return PreviewInputs(mapping, found, load_register(s, found.school_year),
                             replaced_import(s, kind, found), day)
