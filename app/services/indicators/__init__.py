"""Early-warning indicator data from the e-journal: attendance per pupil and period.

`read_roster(path)` (the roster import's reader) → `preview_attendance(store, actor, table,
period)` → `AttendancePreview` → `apply_attendance(store, actor, preview)`. The figures are
read by `early_warning` (screening).
"""

from app.services.indicators.applying import apply_attendance
from app.services.indicators.columns import (
    HEADER_NAMES,
    AttendanceColumns,
    AttendanceField,
    attendance_columns,
)
from app.services.indicators.figures import Figures
from app.services.indicators.outcomes import (
    AttendanceCounts,
    AttendanceImportResult,
    AttendanceKind,
    AttendancePreview,
    AttendanceRow,
    ReplacedImport,
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
    "Figures",
    "Period",
    "ReplacedImport",
    "apply_attendance",
    "attendance_columns",
    "preview_attendance",
    "resolve_period",
]
