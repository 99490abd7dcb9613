"""Early warning: the candidates for an assessment, screened from the imported attendance
(`indicators`) against the school year's ABC thresholds, each with the reason in plain
words and the trend against the previous period."""

from app.services.early_warning.candidates import (
    Candidate,
    Direction,
    PeriodFigures,
    Screening,
)
from app.services.early_warning.screening import FLAG_FROM, latest_attendance, screen

__all__ = ["FLAG_FROM", "Candidate", "Direction", "PeriodFigures", "Screening", "latest_attendance",
           "screen"]
