"""Storing an attendance import (`storing.store_import`: all or nothing, the period's earlier
attendance import replaced, audited as `indicators.attendance_import`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from app.models import AttendanceFigure
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.indicators.figures import Figures
from app.services.indicators.outcomes import AttendancePreview, ImportResult, PupilRow
from app.services.indicators.preview import KIND, build_preview
from app.services.indicators.storing import store_import


def _figure_rows(rows: Sequence[PupilRow[Figures]]) -> list[dict[str, Any]]:
    return [{"student_id": r.student_id, "source_row": r.row, "lessons": r.figures.lessons,
             "justified": r.figures.justified, "unjustified": r.figures.unjustified,
             "late": r.figures.late} for r in rows]


def apply_attendance(store: Store, actor: Actor, preview: AttendancePreview, *,
                     skip_bad_rows: bool = False,
                     today: date | None = None) -> ImportResult:
    """Store the figures of `preview`'s matched rows for its period, replacing the period's
    earlier attendance import. Refused (nothing changed) when a row has a problem, unless
    `skip_bad_rows`."""
    return store_import(
        store, actor, preview, kind=KIND, figure_model=AttendanceFigure,
        rebuild=lambda register, replaces, day: build_preview(
            preview.table, preview.mapping, preview.columns, preview.period, register,
            replaces, day),
        figure_rows=_figure_rows, skip_bad_rows=skip_bad_rows, today=today)
