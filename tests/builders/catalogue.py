"""The bundled catalogue files loaded for the test school's two school years.

    cat = load_test_catalogue(store, school)
    cat.measure("consult_psychologist")            # id in 2026/2027 (the current year)
    cat.sign("low_marks", year="2025/2026")        # id in the previous year
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from app.models import MeasureType, RiskSign, SchoolYear
from app.services.catalogue.loading import load_catalogue
from app.services.core.store import Store
from tests.builders.school import SchoolFixture

CURRENT_YEAR = "2026/2027"


@dataclass
class CatalogueFixture:
    sign_ids: dict[str, dict[str, uuid.UUID]] = field(default_factory=dict)  # year → code → id
    measure_ids: dict[str, dict[str, uuid.UUID]] = field(default_factory=dict)

    def sign(self, code: str, year: str = CURRENT_YEAR) -> uuid.UUID:
        return self.sign_ids[year][code]

    def measure(self, code: str, year: str = CURRENT_YEAR) -> uuid.UUID:
        return self.measure_ids[year][code]


def load_test_catalogue(store: Store, school: SchoolFixture) -> CatalogueFixture:
    """Load resources/catalogue/<year>.json for both of the fixture's school years."""
    out = CatalogueFixture()
    with store.write() as s:
        for year_id in (school.previous_year_id, school.year_id):
            label = s.scalars(select(SchoolYear.label).where(SchoolYear.id == year_id)).one()
            load_catalogue(s, label)
            s.flush()
            out.sign_ids[label] = {code: id_ for code, id_ in s.execute(
                select(RiskSign.code, RiskSign.id).where(RiskSign.school_year_id == year_id))}
            out.measure_ids[label] = {code: id_ for code, id_ in s.execute(
                select(MeasureType.code, MeasureType.id)
                .where(MeasureType.school_year_id == year_id))}
    return out
