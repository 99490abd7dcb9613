"""Early-warning indicator data from the e-journal: attendance, marks and conduct per pupil
and period.

`read_roster(path)` (the roster import's reader) → `preview_attendance` / `preview_marks` /
`preview_conduct(store, actor, table, period)` → an `IndicatorPreview` → `apply_attendance`
/ `apply_marks` / `apply_conduct(store, actor, preview)`. The three share the pupil matching
(`pupil_rows`) and the all-or-nothing storing that replaces the period (`storing`). The
figures are read by `early_warning` (screening).
"""

from app.services.indicators.applying import apply_attendance
from app.services.indicators.columns import (
    HEADER_NAMES,
    AttendanceColumns,
    AttendanceField,
    attendance_columns,
)
from app.services.indicators.conduct import (
    ConductColumns,
    ConductPreview,
    apply_conduct,
    conduct_columns,
    preview_conduct,
)
from app.services.indicators.figures import Figures
from app.services.indicators.marks import Mark, MarkColumns, mark_columns, parse_mark
from app.services.indicators.marks_import import MarksPreview, apply_marks, preview_marks
from app.services.indicators.outcomes import (
    AttendanceCounts,
    AttendanceImportResult,
    AttendanceKind,
    AttendancePreview,
    AttendanceRow,
    ImportResult,
    IndicatorPreview,
    PupilRow,
    ReplacedImport,
    RowCounts,
    RowKind,
)
from app.services.indicators.period import Period, resolve_period
from app.services.indicators.preview import preview_attendance

__all__ = [
    "HEADER_NAMES",
    "AttendanceColumns",
    "AttendanceCounts",
    "AttendanceField",
    "AttendanceImportResult",
    "AttendanceKind",
    "AttendancePreview",
    "AttendanceRow",
    "ConductColumns",
    "ConductPreview",
    "Figures",
    "ImportResult",
    "IndicatorPreview",
    "Mark",
    "MarkColumns",
    "MarksPreview",
    "Period",
    "PupilRow",
    "ReplacedImport",
    "RowCounts",
    "RowKind",
    "apply_attendance",
    "apply_conduct",
    "apply_marks",
    "attendance_columns",
    "conduct_columns",
    "mark_columns",
    "parse_mark",
    "preview_attendance",
    "preview_conduct",
    "preview_marks",
    "resolve_period",
]
