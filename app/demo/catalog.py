"""The catalogue as the demo needs it: loaded from the bundled files, indexed by code."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import MeasureType, RiskSign
from app.models.enums import MeasureUnit, RiskCategory, SpecialistType
from app.services.catalogue.loading import load_catalogue


@dataclass(frozen=True)
class DemoSign:
    id: uuid.UUID
    code: str
    category: RiskCategory


@dataclass(frozen=True)
class DemoMeasureType:
    id: uuid.UUID
    code: str
    unit: MeasureUnit
    specialist_type: SpecialistType | None
    rate_cents: int
    cap_cents: int | None


@dataclass(frozen=True)
class YearCatalogue:
    signs: dict[str, DemoSign]
    measures: dict[str, DemoMeasureType]


def load_year_catalogues(session: Session,
                         years: dict[str, uuid.UUID]) -> dict[str, YearCatalogue]:
    """Load the bundled catalogue of every school year in `years`; index it by code."""
    out: dict[str, YearCatalogue] = {}
    for label, year_id in years.items():
        load_catalogue(session, label)
        signs = {
            r.code: DemoSign(r.id, r.code, r.category)
            for r in session.scalars(select(RiskSign).where(RiskSign.school_year_id == year_id))
        }
        measures = {
            r.code: DemoMeasureType(r.id, r.code, r.unit, r.specialist_type, r.rate_cents,
                                    r.cap_cents)
            for r in session.scalars(
                select(MeasureType).where(MeasureType.school_year_id == year_id))
        }
        out[label] = YearCatalogue(signs, measures)
    return out
