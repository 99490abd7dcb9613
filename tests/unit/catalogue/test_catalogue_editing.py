"""The coordinator adds risk signs and measure types, changes their wording and retires them;
a retired entry is kept where it was used and refused for new assessments and plans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry
from app.models.enums import MeasureUnit, RiskCategory, Severity, SpecialistType
from app.services.assessments.recording import FindingInput, record_assessment
from app.services.catalogue import (
    add_measure_type,
    add_risk_sign,
    edit_measure_type,
    edit_risk_sign,
    measure_types,
    offered,
    risk_signs,
    school_code,
    set_measure_type_retired,
    set_risk_sign_retired,
)
from app.services.catalogue.loading import catalogue_path, load_catalogue_file
from app.services.plans.lifecycle import MeasureInput, PlanDraftInput, save_plan_draft
from tests.builders.assessments import TODAY, make_input
from tests.builders.catalogue import CatalogueFixture, load_test_catalogue
from tests.builders.plans import expect_refused, full_draft, new_plan
from tests.builders.school import SchoolFixture


@pytest.fixture
def cat(school: SchoolFixture) -> CatalogueFixture:
    return load_test_catalogue(school.store, school)


def _actions(school: SchoolFixture) -> list[str]:
    with school.store.read() as s:
        return list(s.scalars(select(AuditEntry.action).where(
            AuditEntry.action.like("catalogue.%")).order_by(AuditEntry.seq)))


def test_codes_come_from_the_latvian_name_and_stay_unique() -> None:
    assert school_code("Mentora atbalsts", set()) == "skola_mentora_atbalsts"
    assert school_code("Ģimenes krīze — ilgstoša", set()) == "skola_gimenes_krize_ilgstosa"
    assert school_code("Mentora atbalsts", {"skola_mentora_atbalsts"}) == \
        "skola_mentora_atbalsts_2"
    assert school_code("“!!”", set()) == "skola_ieraksts"
    long = school_code("Ļoti " * 30, set())
    assert len(long) <= 40 and long.startswith("skola_loti_loti")


def test_coordinator_adds_a_sign_and_it_is_offered_after_the_others(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    view = add_risk_sign(school.store, school.actors["coordinator"], school.year_id,
                         RiskCategory.FAMILY, "  Vecāki  strādā ārzemēs ", "")
    assert (view.code, view.name_lv, view.name_en) == (
        "skola_vecaki_strada_arzemes", "Vecāki strādā ārzemēs", "Vecāki strādā ārzemēs")
    family = [s for s in risk_signs(school.store, school.year_id)
              if s.category is RiskCategory.FAMILY]
    assert family[-1].id == view.id and not view.retired
    assert _actions(school)[-1] == "catalogue.sign_add"


def test_a_measure_in_hours_needs_a_specialist_and_a_rate(school: SchoolFixture,
                                                          cat: CatalogueFixture) -> None:
    coordinator = school.actors["coordinator"]
    exc = expect_refused(school, ValidationError, add_measure_type, school.store, coordinator,
                         school.year_id, MeasureUnit.HOURS, None, "Mentora atbalsts", "", 0,
                         None)
    assert isinstance(exc, ValidationError)
    assert exc.fields == ["specialist_type", "rate_cents"]
    assert "Speciālista veids" in exc.text("lv") and "Specialist type" in exc.text("en")
    exc = expect_refused(school, ValidationError, add_measure_type, school.store, coordinator,
                         school.year_id, MeasureUnit.EURO, SpecialistType.PSYCHOLOGIST,
                         "Transports", "", 0, None)
    assert isinstance(exc, ValidationError) and exc.fields == ["specialist_type"]
    view = add_measure_type(school.store, coordinator, school.year_id, MeasureUnit.HOURS,
                            SpecialistType.SOCIAL_PEDAGOGUE, "Mentora atbalsts",
                            "Mentoring", 1500, 30000)
    assert (view.code, view.rate_cents, view.cap_cents) == ("skola_mentora_atbalsts", 1500,
                                                            30000)
    assert measure_types(school.store, school.year_id)[-1].id == view.id


def test_names_are_required_short_and_unique(school: SchoolFixture,
                                             cat: CatalogueFixture) -> None:
    coordinator = school.actors["coordinator"]
    taken = next(s for s in risk_signs(school.store, school.year_id)
                 if s.category is RiskCategory.ECONOMIC)
    for lv, en, field, text in [("  ", "", "name_lv", "Nosaukums latviski"),
                                ("x" * 201, "", "name_lv", "200"),
                                (taken.name_lv.upper(), "", "name_lv", "jau ir")]:
        exc = expect_refused(school, ValidationError, add_risk_sign, school.store, coordinator,
                             school.year_id, RiskCategory.ECONOMIC, lv, en)
        assert isinstance(exc, ValidationError)
        assert field in exc.fields and text in exc.text("lv")
    # the same name in another category is another sign
    add_risk_sign(school.store, coordinator, school.year_id, RiskCategory.FAMILY,
                  taken.name_lv)


def test_wording_edits_are_audited_and_kept_by_a_reload(school: SchoolFixture,
                                                        cat: CatalogueFixture,
                                                        tmp_path: Path) -> None:
    coordinator = school.actors["coordinator"]
    edit_risk_sign(school.store, coordinator, cat.sign("low_income"), "Ļoti zemi ienākumi",
                   "Very low income")
    edit_measure_type(school.store, coordinator, cat.measure("meals"), "Pusdienas", "Lunch")
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "catalogue.sign_edit")).one()
    assert json.loads(entry.details)["name_lv"] == "Ļoti zemi ienākumi"
    path = tmp_path / "2026-2027.json"
    path.write_bytes(catalogue_path("2026/2027").read_bytes())
    with school.store.write() as s:
        load_catalogue_file(s, path)
    signs = {s.code: s for s in risk_signs(school.store, school.year_id)}
    measures = {m.code: m for m in measure_types(school.store, school.year_id)}
    assert signs["low_income"].name_en == "Very low income"
    assert measures["meals"].name_lv == "Pusdienas"
    assert measures["consult_psychologist"].name_lv != ""  # others follow the file


@pytest.mark.parametrize("who", ["teacher", "support", "director", "admin"])
def test_only_the_coordinator_edits_the_catalogue(who: str, school: SchoolFixture,
                                                  cat: CatalogueFixture) -> None:
    actor = school.actors[who]
    for fn, args in [
        (add_risk_sign, (school.year_id, RiskCategory.FAMILY, "Jauna")),
        (edit_risk_sign, (cat.sign("low_income"), "A", "B")),
        (set_risk_sign_retired, (cat.sign("low_income"), True)),
        (add_measure_type, (school.year_id, MeasureUnit.EURO, None, "Jauns", "", 0, None)),
        (edit_measure_type, (cat.measure("meals"), "A", "B")),
        (set_measure_type_retired, (cat.measure("meals"), True)),
    ]:
        expect_refused(school, PermissionDenied, fn, school.store, actor, *args)


def test_a_retired_sign_stays_in_the_old_assessment_and_is_refused_in_a_new_one(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    coordinator = school.actors["coordinator"]
    low_income, family = cat.sign("low_income"), cat.sign("family_change")
    record_assessment(school.store, coordinator, make_input(
        school, findings=[FindingInput(low_income, Severity.HIGH)]), today=TODAY)
    set_risk_sign_retired(school.store, coordinator, low_income, True)
    set_risk_sign_retired(school.store, coordinator, family, True)
    signs = risk_signs(school.store, school.year_id)
    assert {s.id for s in offered(signs)}.isdisjoint({low_income, family})
    assert low_income in {s.id for s in offered(signs, {low_income})}
    # the assessment that has it may keep it when saved again
    kept = record_assessment(school.store, coordinator, make_input(
        school, findings=[FindingInput(low_income, Severity.MEDIUM)]), today=TODAY)
    assert [f.risk_sign_id for f in kept.findings] == [low_income]
    exc = expect_refused(school, ValidationError, record_assessment, school.store,
                         coordinator, make_input(school, findings=[
                             FindingInput(low_income, Severity.MEDIUM),
                             FindingInput(family, Severity.LOW)]), today=TODAY)
    assert exc.text("lv").count("vairs netiek piedāvāta") == 1
    assert "Risk sign 2" in exc.text("en")
    set_risk_sign_retired(school.store, coordinator, family, False)
    assert _actions(school)[-3:] == ["catalogue.sign_retire", "catalogue.sign_retire",
                                     "catalogue.sign_restore"]


def test_a_retired_measure_type_stays_in_its_plan_and_is_refused_elsewhere(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    coordinator, meals = school.actors["coordinator"], cat.measure("meals")
    plan = new_plan(school)
    save_plan_draft(school.store, school.actors["teacher"], plan.id, full_draft(school, cat))
    set_measure_type_retired(school.store, coordinator, meals, True)
    assert meals not in {m.id for m in offered(measure_types(school.store, school.year_id))}
    again = save_plan_draft(school.store, school.actors["teacher"], plan.id,
                            full_draft(school, cat))
    assert meals in {m.measure_type_id for m in again.measures}
    other = new_plan(school, student="Pēteris Šmits")
    draft = PlanDraftInput(goals=("Ēst pusdienas katru dienu.",),
                           measures=(MeasureInput(meals, planned_cents=5000),))
    exc = expect_refused(school, ValidationError, save_plan_draft, school.store,
                         school.actors["teacher"], other.id, draft)
    assert "Ēdināšana" in exc.text("lv") and "no longer offered" in exc.text("en")
