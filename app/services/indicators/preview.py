"""The attendance preview: what importing a file for a period would store, row by row.

The file is read by the roster import (`roster.read_roster`) and its pupil columns mapped
by it (`roster.mapping_for`: remembered or guessed; surname, first name and class are
required); each row's names, personal code and class are checked by the roster's own rules
(`roster.row_values.read_row`). A row's pupil is the register's pupil with its personal
code, else the one pupil of that name in that class of the period's school year; a row
naming no pupil, or one already named by an earlier row, is refused with the reason.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, ValidationError
from app.models import IndicatorImport
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.indicators.columns import AttendanceColumns, attendance_columns
from app.services.indicators.figures import read_figures
from app.services.indicators.outcomes import (
    AttendanceKind,
    AttendancePreview,
    AttendanceRow,
    ReplacedImport,
)
from app.services.indicators.period import Period, resolve_period
from app.services.roster import RosterField, RosterTable, mapping_for
from app.services.roster.mapping import ColumnMapping, check_mapping
from app.services.roster.register import KnownStudent, Register, load_register
from app.services.roster.row_values import RowProblem, RowValues, column_header, read_row
from app.services.students.search import fold

KIND = "attendance"


def _problem(table: RosterTable, mapping: ColumnMapping, row: int, key: str,
             **params: object) -> RowProblem:
    return RowProblem(row, column_header(table, mapping, RosterField.SURNAME), "surname",
                      FieldProblem("surname", key, params))


def _match(register: Register, v: RowValues) -> tuple[KnownStudent | None, str]:
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


def build_preview(table: RosterTable, mapping: ColumnMapping, columns: AttendanceColumns,
                  period: Period, register: Register, replaces: ReplacedImport | None,
                  today: date) -> AttendancePreview:
    check_mapping(mapping, table.headers)
    if not columns.any:
        raise ValidationError(FieldProblem("file", "indicators.column.none"))
    seen: dict[uuid.UUID, int] = {}
    rows = []
    for row in table.rows:
        values, problems = read_row(table, mapping, row, today)
        figures, figure_problems = read_figures(table, columns, row)
        problems += figure_problems
        name = f"{values.first_name} {values.last_name}".strip()
        kind, student_id = AttendanceKind.ERROR, None
        if not problems:
            known, reason = _match(register, values)
            if known is None:
                kind = AttendanceKind.UNMATCHED
                problems.append(_problem(table, mapping, row.number, reason, name=name,
                                         class_name=values.class_name))
            elif known.id in seen:
                kind = AttendanceKind.DUPLICATE
                problems.append(_problem(table, mapping, row.number,
                                         "indicators.duplicate", first_row=seen[known.id]))
            else:
                kind, student_id = AttendanceKind.MATCHED, known.id
                seen[known.id] = row.number
        rows.append(AttendanceRow(row.number, kind, name, values.class_name, student_id,
                                  figures, tuple(problems)))
    return AttendancePreview(table, mapping, columns, period, tuple(rows), replaces)


def replaced_import(session: Session, period: Period) -> ReplacedImport | None:
    old = session.scalar(select(IndicatorImport).where(IndicatorImport.kind == KIND,
                                                       IndicatorImport.period == period.label))
    return ReplacedImport(old.source_name, old.imported_at, old.rows) if old else None


def preview_attendance(store: Store, actor: Actor, table: RosterTable,
                       period: str | None = None, *, mapping: ColumnMapping | None = None,
                       today: date | None = None) -> AttendancePreview:
    """What importing `table` for `period` ("2026-10", "2026/2027-1"; default: the current
    semester) would store. `ValidationError` when the period or a required column is
    missing. Who may import class lists may import attendance (`Permission.ROSTER_IMPORT`)."""
    mapping = mapping or mapping_for(store, actor, table)  # checks the permission
    day = today or date.today()
    with store.read() as s:
        found = resolve_period(s, period, day)
        register = load_register(s, found.school_year)
        replaces = replaced_import(s, found)
    return build_preview(table, mapping, attendance_columns(table.headers), found, register,
                         replaces, day)
