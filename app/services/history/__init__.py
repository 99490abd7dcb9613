"""A student's history from the audit trail, and the trail for those who audit."""

from app.services.history.student_history import (
    HistoryEntry,
    audit_trail,
    describe,
    student_history,
)
from app.services.history.trail import (
    MAX_STUDENTS,
    TrailChoices,
    TrailFilter,
    TrailRows,
    trail_choices,
    trail_rows,
)

__all__ = [
    "MAX_STUDENTS",
    "HistoryEntry",
    "TrailChoices",
    "TrailFilter",
    "TrailRows",
    "audit_trail",
    "describe",
    "student_history",
    "trail_choices",
    "trail_rows",
]
