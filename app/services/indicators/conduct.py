"""Conduct notes in e-journal exports: the columns, the shapes, and the conduct import
(`preview_conduct` → `ConductPreview` → `apply_conduct`), which matches pupils and stores as
every indicator import does (`pupil_rows`, `storing.store_import`; audited as
`indicators.conduct_import`).

The pupil's columns are the roster import's. The shapes accepted:

- E-klase, "Piezīmju kopsavilkums" (CSV with `;`, often Windows-1257, or XLSX), one row per
  pupil with the period's count: `Uzvārds; Vārds; Personas kods; Klase; Piezīmju skaits`.
- Mykoob, "Uzvedības piezīmes" (CSV with `,`, UTF-8, or XLSX), one row per note, no personal
  code: `Vārds, Uzvārds, Klase, Datums, Piezīme` — a pupil's rows are counted.

A file with a count column ("Piezīmju skaits", "Piezīmes kopā") is of the first shape; else
one with a note column ("Piezīme", "Piezīmes teksts", "Saturs") of the second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.errors import FieldProblem
from app.models import ConductFigure
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.indicators.outcomes import (
    ImportResult,
    IndicatorPreview,
    PupilRow,
    ReplacedImport,
)
from app.services.indicators.period import Period
from app.services.indicators.pupil_rows import preview_inputs, pupil_rows, require_columns
from app.services.indicators.storing import store_import
from app.services.roster import RosterTable
from app.services.roster.columns import header_key
from app.services.roster.mapping import ColumnMapping
from app.services.roster.reading import RosterRow
from app.services.roster.register import Register
from app.services.roster.row_values import RowProblem

KIND = "conduct"
COUNT_NAMES = frozenset(header_key(n) for n in (
    "piezīmju skaits", "piezīmes kopā", "piezīmes skaits", "uzvedības piezīmes kopā",
    "notes", "conduct notes"))
NOTE_NAMES = frozenset(header_key(n) for n in (
    "piezīme", "piezīmes teksts", "piezīmes saturs", "saturs", "note"))
_WHOLE = re.compile(r"\d+(?:[.,]0+)?")


@dataclass(frozen=True)
class ConductColumns:
    count: int | None = None  # one row per pupil with the count
    note: int | None = None  # one row per note

    @property
    def any(self) -> bool:
        return self.count is not None or self.note is not None


ConductPreview = IndicatorPreview[ConductColumns, int]


def conduct_columns(headers: Sequence[str]) -> ConductColumns:
    keys = [header_key(h) for h in headers]
    count = next((i for i, k in enumerate(keys) if k in COUNT_NAMES), None)
    if count is not None:
        return ConductColumns(count=count)
    return ConductColumns(note=next((i for i, k in enumerate(keys) if k in NOTE_NAMES), None))


def read_notes(table: RosterTable, columns: ConductColumns,
               row: RosterRow) -> tuple[int, list[RowProblem]]:
    """The notes a row stands for: its count, or 1 for a row of one note."""
    if columns.count is None:
        return 1, []
    text = row.cell(columns.count).strip()
    if _WHOLE.fullmatch(text):
        return int(re.split(r"[.,]", text)[0]), []
    header = table.headers[columns.count] or str(columns.count + 1)
    key = "indicators.notes.missing" if not text else "indicators.number.unreadable"
    return 0, [RowProblem(row.number, header, "notes",
                          FieldProblem("notes", key, {"value": text}))]


def build_conduct_preview(table: RosterTable, mapping: ColumnMapping,
                          columns: ConductColumns, period: Period, register: Register,
                          replaces: ReplacedImport | None, today: date) -> ConductPreview:
    require_columns(columns.any, "indicators.column.no_conduct")
    rows = pupil_rows(table, mapping, register, today,
                      lambda row: read_notes(table, columns, row),
                      one_row_each=columns.count is not None)
    return IndicatorPreview(table, mapping, columns, period, rows, replaces, today,
                           register.signature)


def preview_conduct(store: Store, actor: Actor, table: RosterTable, period: str | None = None,
                    *, mapping: ColumnMapping | None = None,
                    today: date | None = None) -> ConductPreview:
    """What importing `table`'s conduct notes for `period` would store (see
    `preview_attendance`)."""
    got = preview_inputs(store, actor, table, KIND, period, mapping, today)
    return build_conduct_preview(table, got.mapping, conduct_columns(table.headers),
                                 got.period, got.register, got.replaces, got.today)


def _figure_rows(rows: Sequence[PupilRow[int]]) -> list[dict[str, Any]]:
    per_pupil: dict[Any, dict[str, Any]] = {}
    for r in rows:
        found = per_pupil.setdefault(r.student_id, {"student_id": r.student_id,
                                                    "source_row": r.row, "notes": 0})
        found["notes"] += r.figures
    return list(per_pupil.values())


def apply_conduct(store: Store, actor: Actor, preview: ConductPreview, *,
                  skip_bad_rows: bool = False, today: date | None = None) -> ImportResult:
    """Store each matched pupil's count of notes for the period, replacing the period's
    earlier conduct import. Refused (nothing changed) when a row has a problem, unless
    `skip_bad_rows`."""
    return store_import(
        store, actor, preview, kind=KIND, figure_model=ConductFigure,
        rebuild=lambda register, replaces, day: build_conduct_preview(
            preview.table, preview.mapping, preview.columns, preview.period, register,
            replaces, day),
        figure_rows=_figure_rows, skip_bad_rows=skip_bad_rows, today=today)
