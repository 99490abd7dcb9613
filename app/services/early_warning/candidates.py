"""What the screening hands a screen: each candidate with the figures of the latest and the
previous period, the levels, and the reason and the trend in Latvian and English."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.i18n import DEFAULT_LANGUAGE, render
from app.models.enums import RiskLevel
from app.services.assessments.explain import format_decimal
from app.services.early_warning.marks_conduct import ConductPeriod, MarkPeriod


class Direction(enum.StrEnum):
    WORSE = "worse"
    BETTER = "better"
    SAME = "same"
    UNKNOWN = "unknown"  # no figures of a previous period


@dataclass(frozen=True)
class PeriodFigures:
    """One pupil's attendance in one imported period; None: the file gave no figure."""

    period: str  # "2026-10" or "2026/2027-1"
    period_kind: str  # "month" or "semester"
    starts_on: date
    lessons: int | None
    justified: int | None
    unjustified: int | None
    late: int | None
    absence_pct: Decimal | None  # None: no lessons or no absences in the file
    source_name: str  # the file the figures came from
    imported_at: datetime


@dataclass(frozen=True)
class Candidate:
    """A pupil whose latest figures cross a threshold and who has no assessment yet this
    semester. A level is None where the figure it needs is missing (no import of that kind
    for the pupil): shown as "nav datu" / "N/A", never as 0."""

    student_id: uuid.UUID
    full_name: str
    class_name: str
    level: RiskLevel  # the highest of the dimensions
    absence_level: RiskLevel | None
    unjustified_level: RiskLevel | None
    latest: PeriodFigures | None  # the latest attendance; None: none imported
    previous: PeriodFigures | None
    direction: Direction  # of the attendance
    reason_lv: str
    reason_en: str
    trend_lv: str
    trend_en: str
    marks: MarkPeriod | None = None  # the latest marks period
    previous_marks: MarkPeriod | None = None  # the one before it, of the same kind
    conduct: ConductPeriod | None = None  # the latest conduct period
    failing_level: RiskLevel | None = None  # failing marks, a step up when falling
    conduct_level: RiskLevel | None = None
    falling: bool | None = None  # the average mark fell; None: not two averages to compare

    @property
    def source(self) -> tuple[str, datetime]:
        """The file (name, import time) of the newest import the candidate comes from."""
        found = [(f.imported_at, f.source_name) for f in (self.latest, self.marks,
                                                          self.conduct) if f is not None]
        at, name = max(found)
        return name, at

    def reason(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """E.g. "12 neattaisnoti kavētas stundas oktobrī; kavējumi 11,5 % stundu"."""
        return self.reason_en if lang == "en" else self.reason_lv

    def trend(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.trend_en if lang == "en" else self.trend_lv

    def absence_text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """"11,5 %" (Latvian), "11.5%" (English), or "nav datu" / "N/A"."""
        return percent_text(self.latest.absence_pct if self.latest else None, lang)

    def unjustified_text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        n = self.latest.unjustified if self.latest else None
        return render("early_warning.no_data", lang) if n is None else str(n)

    def failing_text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The failing marks of the latest marks period, or "nav datu" / "N/A"."""
        return render("early_warning.no_data", lang) if self.marks is None else str(
            self.marks.failing)

    def average_text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        average = self.marks.average if self.marks else None
        return (render("early_warning.no_data", lang) if average is None
                else format_decimal(average, lang))

    def conduct_text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render("early_warning.no_data", lang) if self.conduct is None else str(
            self.conduct.notes)


def percent_text(pct: Decimal | None, lang: str) -> str:
    if pct is None:
        return render("early_warning.no_data", lang)
    return render("early_warning.percent", lang, pct=format_decimal(pct, lang))


@dataclass(frozen=True)
class Screening:
    semester_label: str  # the semester whose assessments count as "assessed"
    candidates: tuple[Candidate, ...]  # highest level first, then by class and name
    screened: int  # active pupils looked at (visible to the person, not yet assessed)
