"""Opening 2027/2028 keeps the school's own catalogue entries (offered ones), says so in the
preview, and leaves last year's rows and the retired ones behind."""

from __future__ import annotations

from sqlalchemy import select

from app.models import SchoolYear
from app.models.enums import MeasureUnit, RiskCategory, SpecialistType
from app.services.catalogue import (
    add_measure_type,
    add_risk_sign,
    measure_types,
    risk_signs,
    set_measure_type_retired,
)
from app.services.year_opening import open_school_year, preview_year_opening
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture

NEW = "2027/2028"


def test_the_schools_own_entries_go_on_into_the_new_year(school: SchoolFixture,
                                                         cat: CatalogueFixture) -> None:
    coordinator = school.actors["coordinator"]
    sign = add_risk_sign(school.store, coordinator, school.year_id, RiskCategory.FAMILY,
                         "Vecāki strādā ārzemēs", "Parents work abroad")
    mentor = add_measure_type(school.store, coordinator, school.year_id, MeasureUnit.HOURS,
                              SpecialistType.SOCIAL_PEDAGOGUE, "Mentora atbalsts", "",
                              1500, None)
    bus = add_measure_type(school.store, coordinator, school.year_id, MeasureUnit.EURO, None,
                           "Autobusa biļetes", "", 0, 5000)
    set_measure_type_retired(school.store, coordinator, bus.id, True)

    preview = preview_year_opening(school.store, coordinator, NEW)
    changes = {c.code: c.change for c in preview.catalogue_changes}
    assert changes[sign.code] == "carried" and changes[mentor.code] == "carried"
    assert changes[bus.code] == "retired"

    open_school_year(school.store, coordinator, NEW, backup=False)
    with school.store.read() as s:
        new_id = s.scalars(select(SchoolYear.id).where(SchoolYear.label == NEW)).one()
    signs = {v.code: v for v in risk_signs(school.store, new_id)}
    measures = {v.code: v for v in measure_types(school.store, new_id)}
    assert signs[sign.code].name_en == "Parents work abroad"
    assert signs[sign.code].id != sign.id
    assert (measures[mentor.code].rate_cents, measures[mentor.code].specialist_type) == (
        1500, SpecialistType.SOCIAL_PEDAGOGUE)
    assert bus.code not in measures
    assert {v.code for v in measure_types(school.store, school.year_id)} >= {mentor.code,
                                                                            bus.code}
