"""Early warning: the candidates for an assessment, screened from the imported attendance,
marks and conduct notes (`indicators`) against the school year's ABC thresholds, each with
the reason in plain words and the trend against the previous period."""

from app.services.early_warning.candidates import (
    Candidate,
    Direction,
    PeriodFigures,
    Screening,
)
from app.services.early_warning.latest import (
    LatestIndicators,
    latest_attendance,
    latest_indicators,
)
from app.services.early_warning.marks_conduct import ConductPeriod, MarkPeriod
from app.services.early_warning.overrides import (
    ImportedValue,
    imported_values,
    record_from_import,
)
from app.services.early_warning.screening import (
    FALLING_BY,
    FLAG_FROM,
    indicator_levels,
    screen,
)
from app.services.early_warning.semester_counts import ScreeningCounts, screening_counts
from app.services.early_warning.subjects import in_subject

__all__ = [
    "FALLING_BY", "FLAG_FROM", "Candidate", "ConductPeriod", "Direction", "ImportedValue",
    "LatestIndicators", "MarkPeriod", "PeriodFigures", "Screening", "ScreeningCounts",
    "imported_values", "in_subject", "indicator_levels", "latest_attendance",
    "latest_indicators", "record_from_import", "screen", "screening_counts",
]
