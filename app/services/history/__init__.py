"""A student's history from the audit trail."""

from app.services.history.student_history import (
    HistoryEntry,
    audit_trail,
    describe,
    student_history,
)

__all__ = [
    "HistoryEntry",
    "audit_trail",
    "describe",
    "student_history",
]
