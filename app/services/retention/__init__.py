"""Retention (issue 20): the school's rules for how long a pupil's data is kept, the yearly
review of what is due."""

from app.services.retention.applying import review_retention
from app.services.retention.due import DueItem, DuePupil, RetentionReview
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
    "RetentionReview",
    "Rule",
    "due_on",
    "retention_rules",
    "review_retention",
    "set_retention_rule",
]
