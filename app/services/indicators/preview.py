"""The attendance preview: what importing a file for a period would store, row by row.

The file is read by the roster import (`roster.read_roster`) and its pupil columns mapped
by it (`roster.mapping_for`: remembered or guessed; surname, first name and class are
required); each row's pupil is found as every indicator import finds it
(`indicators.pupil_rows`); a pupil has one row, a second one is refused.
"""

from __future__ import annotations

from datetime import date

from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.indicators.columns import AttendanceColumns, attendance_columns
from app.services.indicators.figures import read_figures
from app.services.indicators.outcomes import AttendancePreview, IndicatorPreview, ReplacedImport
from app.services.indicators.period import Period
from app.services.indicators.pupil_rows import preview_inputs, pupil_rows, require_columns
from app.services.roster import RosterTable
from app.services.roster.mapping import ColumnMapping
from app.services.roster.register import Register

KIND = "attendance"


def build_preview(table: RosterTable, mapping: ColumnMapping, columns: AttendanceColumns,
                  period: Period, register: Register, replaces: ReplacedImport | None,
                  today: date) -> AttendancePreview:
    require_columns(columns.any)
    rows = pupil_rows(table, mapping, register, today,
                      lambda row: read_figures(table, columns, row), one_row_each=True)
    return IndicatorPreview(table, mapping, columns, period, rows, replaces, today,
                           register.signature)


def preview_attendance(store: Store, actor: Actor, table: RosterTable,
                       period: str | None = None, *, mapping: ColumnMapping | None = None,
                       today: date | None = None) -> AttendancePreview:
    """What importing `table` for `period` ("2026-10", "2026/2027-1"; default: the current
    semester) would store. `ValidationError` when the period or a required column is
    missing. Who may import class lists may import attendance (`Permission.ROSTER_IMPORT`)."""
    got = preview_inputs(store, actor, table, KIND, period, mapping, today)
    return build_preview(table, got.mapping, attendance_columns(table.headers), got.period,
                         got.register, got.replaces, got.today)
