"""Retention (issue 20): the school's rules for how long a pupil's data is kept, the yearly
review of what is due, anonymising it, and erasure on request."""

from app.services.retention.applying import (
    RetentionApplied,
    apply_retention,
    review_retention,
)
from app.services.retention.due import DueItem, DuePupil, RetentionReview
from app.services.retention.erasure import (
    PupilErased,
    audit_period_ends,
    erase_pupil,
    require_eraser,
)
from app.services.retention.rules import (
    DEFAULT_YEARS,
    DataKind,
    Rule,
    due_on,
    retention_rules,
    set_retention_rule,
)

__all__ = [
    "DEFAULT_YEARS",
    "DataKind",
    "DueItem",
    "DuePupil",
    "PupilErased",
    "RetentionApplied",
    "RetentionReview",
    "Rule",
    "apply_retention",
    "audit_period_ends",
    "due_on",
    "erase_pupil",
    "require_eraser",
    "retention_rules",
    "review_retention",
    "set_retention_rule",
]
