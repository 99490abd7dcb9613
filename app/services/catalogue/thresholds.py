"""The ABC thresholds of a school year: catalogue data, stored with the year.

A catalogue file may carry `abc_thresholds` (see resources/catalogue/README.md); loading it
stores them on the school year as JSON. A year without them uses `DEFAULT_THRESHOLDS`.
`app.services.assessments.levels` applies them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import SchoolYear, Semester
from app.models.enums import RiskLevel
from app.services.core.store import Store

ABSENCE_CAUTION_PCT = Decimal("5")
ABSENCE_HIGH_PCT = Decimal("10")


@dataclass(frozen=True)
class AbcThresholds:
    """Where the ABC indicators start to count; counts are (low, medium, high) "at least"."""

    absence_caution_pct: Decimal = ABSENCE_CAUTION_PCT
    absence_high_pct: Decimal = ABSENCE_HIGH_PCT
    unjustified: tuple[int, int, int] = (1, 10, 20)
    failing: tuple[int, int, int] = (1, 2, 4)
    conduct: tuple[int, int, int] = (2, 3, 5)

    @staticmethod
    def steps(counts: tuple[int, int, int]) -> tuple[tuple[int, RiskLevel], ...]:
        low, medium, high = counts
        return ((high, RiskLevel.HIGH), (medium, RiskLevel.MEDIUM), (low, RiskLevel.LOW))


DEFAULT_THRESHOLDS = AbcThresholds()


def thresholds_json(th: AbcThresholds) -> str:
    return json.dumps({"absence_caution_pct": str(th.absence_caution_pct),
                       "absence_high_pct": str(th.absence_high_pct),
                       "unjustified": list(th.unjustified), "failing": list(th.failing),
                       "conduct": list(th.conduct)}, sort_keys=True)


def _triple(value: list[int]) -> tuple[int, int, int]:
    low, medium, high = (int(x) for x in value)
    return (low, medium, high)


def thresholds_from_json(text: str | None) -> AbcThresholds:
    if not text:
        return DEFAULT_THRESHOLDS
    doc = json.loads(text)
    return AbcThresholds(Decimal(doc["absence_caution_pct"]), Decimal(doc["absence_high_pct"]),
                         _triple(doc["unjustified"]), _triple(doc["failing"]),
                         _triple(doc["conduct"]))


def thresholds_for(session: Session, school_year_id: uuid.UUID) -> AbcThresholds:
    """The thresholds of the school year (the defaults when its catalogue sets none)."""
    text = session.scalar(select(SchoolYear.abc_thresholds).where(
        SchoolYear.id == school_year_id))
    return thresholds_from_json(text)


def thresholds_by_semester(session: Session) -> dict[uuid.UUID, AbcThresholds]:
    """Every semester's thresholds (its school year's), for computing many levels at once."""
    rows = session.execute(select(Semester.id, SchoolYear.abc_thresholds)
                           .join(SchoolYear, Semester.school_year_id == SchoolYear.id))
    return {sid: thresholds_from_json(text) for sid, text in rows}


def year_thresholds(store: Store, school_year: str) -> AbcThresholds:
    """The thresholds of the school year labelled `school_year` (catalogue data, not
    personal: anyone signed in may read them, e.g. for the assessment form's live levels)."""
    with store.read() as s:
        text = s.scalar(select(SchoolYear.abc_thresholds).where(
            SchoolYear.label == school_year))
    return thresholds_from_json(text)
