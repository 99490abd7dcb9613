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
    semester. A level is None where the figure it needs is missing."""

    student_id: uuid.UUID
    full_name: str
    class_name: str
    level: RiskLevel  # the higher of the two
    absence_level: RiskLevel | None
    unjustified_level: RiskLevel | None
    latest: PeriodFigures
    previous: PeriodFigures | None
    direction: Direction
    reason_lv: str
    reason_en: str
    trend_lv: str
    trend_en: str

    def reason(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """E.g. "12 neattaisnoti kavētas stundas oktobrī; kavējumi 11,5 % stundu"."""
        return self.reason_en if lang == "en" else self.reason_lv

    def trend(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.trend_en if lang == "en" else self.trend_lv

    def absence_text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """"11,5 %" (Latvian), "11.5%" (English), or "nav datu" / "N/A"."""
        return percent_text(self.latest.absence_pct, lang)

    def unjustified_text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        n = self.latest.unjustified
        return render("early_warning.no_data", lang) if n is None else str(n)


def percent_text(pct: Decimal | None, lang: str) -> str:
    if pct is None:
        return render("early_warning.no_data", lang)
    return render("early_warning.percent", lang, pct=format_decimal(pct, lang))


@dataclass(frozen=True)
class Screening:
    semester_label: str  # the semester whose assessments count as "assessed"
    candidates: tuple[Candidate, ...]  # highest level first, then by class and name
    screened: int  # active pupils looked at (visible to the person, not yet assessed)
