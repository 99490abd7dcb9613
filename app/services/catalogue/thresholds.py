"""The ABC thresholds of a school year: catalogue data, stored with the year.

A catalogue file may carry `abc_thresholds` (see resources/catalogue/README.md); loading it
stores them on the school year as JSON. A year without them uses `DEFAULT_THRESHOLDS`.
The coordinator may change them (`update_thresholds`, audited); a reload of the file keeps
thresholds a person set.
`app.services.assessments.levels` applies them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, NotFound, ValidationError
from app.models import SchoolYear, Semester
from app.models.enums import RiskLevel
from app.services.core import audit, rbac
from app.services.core.actor import Actor
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


THRESHOLDS_EDIT = "catalogue.thresholds_update"
COUNT_MAX = 999


def threshold_problems(th: AbcThresholds) -> list[FieldProblem]:
    """Every problem with thresholds a person typed: the absence caution above 0 and below
    the high level, the high level at most 100 %; each count's steps 1–999 and rising
    (low ≤ medium ≤ high)."""
    problems: list[FieldProblem] = []
    caution, high = th.absence_caution_pct, th.absence_high_pct
    if not Decimal(0) < caution < Decimal(100):
        problems.append(FieldProblem("absence_caution_pct", "catalogue.thresholds.pct"))
    if not Decimal(0) < high <= Decimal(100):
        problems.append(FieldProblem("absence_high_pct", "catalogue.thresholds.pct"))
    elif not problems and high <= caution:
        problems.append(FieldProblem("absence_high_pct", "catalogue.thresholds.pct_order"))
    for field, counts in (("unjustified", th.unjustified), ("failing", th.failing),
                          ("conduct", th.conduct)):
        if any(not 1 <= c <= COUNT_MAX for c in counts):
            problems.append(FieldProblem(field, "catalogue.thresholds.count",
                                         {"max": COUNT_MAX}))
        elif not counts[0] <= counts[1] <= counts[2]:
            problems.append(FieldProblem(field, "catalogue.thresholds.order"))
    return problems


def update_thresholds(store: Store, actor: Actor, school_year_id: uuid.UUID,
                      th: AbcThresholds) -> AbcThresholds:
    """Set the school year's ABC thresholds (coordinator only), audited with the values
    before. Levels computed from now on use them; assessments keep their figures."""
    rbac.require(actor, rbac.Permission.CATALOGUE_EDIT)
    problems = threshold_problems(th)
    if problems:
        raise ValidationError(problems)
    with store.write() as s:
        year = s.get(SchoolYear, school_year_id)
        if year is None:
            raise NotFound("not_found", entity="school_year")
        before = thresholds_from_json(year.abc_thresholds)
        year.abc_thresholds = thresholds_json(th)
        s.flush()
        audit.record(s, actor, THRESHOLDS_EDIT, "school_year", year.id, school_year=year.label,
                     before=json.loads(thresholds_json(before)),
                     after=json.loads(thresholds_json(th)))
    return th
