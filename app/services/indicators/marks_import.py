"""The marks import: `preview_marks(store, actor, table, period)` → `MarksPreview` →
`apply_marks(store, actor, preview)` — the attendance import's pupil matching
(`pupil_rows`) and storing (`storing.store_import`: all or nothing, the period's earlier marks
import replaced, audited as `indicators.marks_import`). A pupil has one row in the shape with
a column per subject, a row per mark in the other (`marks`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from app.models import MarkFigure, MarkSummary
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.indicators.mark_summary import summaries
from app.services.indicators.marks import Mark, MarkColumns, mark_columns, read_marks
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
from app.services.roster.mapping import ColumnMapping
from app.services.roster.register import Register

KIND = "marks"
MarksPreview = IndicatorPreview[MarkColumns, tuple[Mark, ...]]


def build_marks_preview(table: RosterTable, mapping: ColumnMapping, columns: MarkColumns,
                        period: Period, register: Register, replaces: ReplacedImport | None,
                        today: date) -> MarksPreview:
    require_columns(columns.any, "indicators.column.no_marks")
    rows = pupil_rows(table, mapping, register, today,
                      lambda row: read_marks(table, columns, row), one_row_each=not columns.long)
    return IndicatorPreview(table, mapping, columns, period, rows, replaces, today,
                           register.signature)


def preview_marks(store: Store, actor: Actor, table: RosterTable, period: str | None = None,
                  *, mapping: ColumnMapping | None = None,
                  today: date | None = None) -> MarksPreview:
    """What importing `table`'s marks for `period` ("2026-10", "2026/2027-1"; default: the
    current semester) would store (see `preview_attendance`)."""
    got = preview_inputs(store, actor, table, KIND, period, mapping, today)
    return build_marks_preview(table, got.mapping, mark_columns(table.headers, got.mapping),
                               got.period, got.register, got.replaces, got.today)


def _figure_rows(rows: Sequence[PupilRow[tuple[Mark, ...]]]) -> list[dict[str, Any]]:
    return [{"student_id": r.student_id, "source_row": r.row, "subject": m.subject[:100],
             "mark_text": m.text[:40], "mark": m.value, "failing": m.failing}
            for r in rows for m in r.figures]


def apply_marks(store: Store, actor: Actor, preview: MarksPreview, *,
                skip_bad_rows: bool = False, today: date | None = None) -> ImportResult:
    """Store the marks of `preview`'s matched rows for its period, replacing the period's
    earlier marks import. Refused (nothing changed) when a row has a problem, unless
    `skip_bad_rows`."""
    return store_import(
        store, actor, preview, kind=KIND, figure_model=MarkFigure,
        summary_model=MarkSummary, summaries=summaries,
        rebuild=lambda register, replaces, day: build_marks_preview(
            preview.table, preview.mapping, preview.columns, preview.period, register,
            replaces, day),
        figure_rows=_figure_rows, skip_bad_rows=skip_bad_rows, today=today)
