"""The catalogue files: both years load, are versioned, complete in lv and en, reload safely."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import NotFound
from app.i18n import render
from app.models import AuditEntry, MeasureType, RiskSign
from app.models.enums import MeasureUnit, RiskCategory, SpecialistType
from app.services.catalogue.loading import (
    MeasureTypeView,
    RiskSignView,
    catalogue_path,
    category_name,
    load_catalogue,
    load_catalogue_file,
    measure_types,
    risk_signs,
)
from app.services.core.store import Store
from tests.builders.catalogue import load_test_catalogue
from tests.builders.school import SchoolFixture

YEARS = ("2025/2026", "2026/2027")
SIGNS_PER_CATEGORY = {RiskCategory.LEARNING: 12, RiskCategory.SOCIAL_HEALTH: 8,
                      RiskCategory.ECONOMIC: 7, RiskCategory.FAMILY: 8}


def _counts(store: Store) -> tuple[int, int]:
    with store.read() as s:
        return (s.scalar(select(func.count()).select_from(RiskSign)) or 0,
                s.scalar(select(func.count()).select_from(MeasureType)) or 0)


def test_both_years_load_complete_in_latvian_and_english(school: SchoolFixture) -> None:
    load_test_catalogue(school.store, school)
    for year_id in (school.previous_year_id, school.year_id):
        signs = risk_signs(school.store, year_id)
        per_category = {c: sum(1 for s in signs if s.category is c) for c in RiskCategory}
        assert per_category == SIGNS_PER_CATEGORY
        assert [s.category for s in signs] == sorted(
            (s.category for s in signs), key=list(RiskCategory).index)
        measures = measure_types(school.store, year_id)
        assert len(measures) == 16
        items: list[RiskSignView | MeasureTypeView] = [*signs, *measures]
        for item in items:
            assert item.name_lv.strip() and item.name_en.strip(), item.code
            assert item.name("en") == item.name_en and item.name("lv") == item.name_lv
        hours = [m for m in measures if m.unit is MeasureUnit.HOURS]
        assert {m.specialist_type for m in hours} == set(SpecialistType)
        assert all(1400 <= m.rate_cents <= 2500 for m in hours)  # 14-25 EUR an hour
        euro = [m for m in measures if m.unit is MeasureUnit.EURO]
        assert all(m.rate_cents == 0 and m.specialist_type is None for m in euro)
        assert all(m.cap_cents for m in euro)
    by_name = {s.code: s for s in risk_signs(school.store, school.year_id)}
    assert by_name["unjustified_absence"].name_lv == "Neattaisnoti kavējumi"
    assert by_name["out_of_family_care"].name_en == "Out-of-family care"


def test_catalogue_is_versioned_by_school_year(school: SchoolFixture) -> None:
    cat = load_test_catalogue(school.store, school)
    old = {m.code: m for m in measure_types(school.store, school.previous_year_id)}
    new = {m.code: m for m in measure_types(school.store, school.year_id)}
    assert old["consult_psychologist"].rate_cents == 2100
    assert new["consult_psychologist"].rate_cents == 2200
    assert old["meals"].cap_cents == 20000 and new["meals"].cap_cents == 22500
    assert cat.measure("meals") != cat.measure("meals", year="2025/2026")
    assert cat.sign("bullying") in {s.id for s in risk_signs(school.store, school.year_id)}
    assert cat.sign("bullying") not in {s.id for s in risk_signs(school.store,
                                                                  school.previous_year_id)}


def test_category_names_in_files_match_the_official_names() -> None:
    for label in YEARS:
        doc = json.loads(catalogue_path(label).read_text(encoding="utf-8"))
        assert doc["school_year"] == label
        assert "illustrative" in doc["source"].lower()
        for cat in doc["categories"]:
            category = RiskCategory(cat["code"])
            assert cat["name_lv"] == category_name(category, "lv")
            assert cat["name_en"] == category_name(category, "en")
    assert category_name(RiskCategory.ECONOMIC) == "Ekonomiskie riski"
    assert category_name(RiskCategory.LEARNING) == (
        "Ar mācību darbu/izglītības iestādes vidi saistītie riski")


def test_loading_again_changes_nothing_and_is_audited(school: SchoolFixture) -> None:
    with school.store.write() as s:
        first = load_catalogue(s, "2026/2027")
    with school.store.write() as s:
        again = load_catalogue(s, "2026/2027")
    assert (first.signs_added, first.measures_added) == (35, 16)
    assert (again.signs_added, again.signs_updated, again.measures_added,
            again.measures_updated) == (0, 0, 0, 0)
    assert _counts(school.store) == (35, 16)
    with school.store.read() as s:
        loads = s.scalars(select(AuditEntry).where(AuditEntry.action == "catalogue.load")).all()
    assert len(loads) == 2 and '"file":"2026-2027.json"' in loads[0].details


def test_missing_school_year_or_file_is_a_clear_error(school: SchoolFixture,
                                                      tmp_path: Path) -> None:
    doc = json.loads(catalogue_path("2026/2027").read_text(encoding="utf-8"))
    doc["school_year"] = "2030/2031"
    path = tmp_path / "2030-2031.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(NotFound) as exc, school.store.write() as s:
        load_catalogue_file(s, path)
    assert "2030/2031" in exc.value.text("lv") and "2030-2031.json" in exc.value.text("lv")
    assert "create the school year first" in exc.value.text("en")
    with pytest.raises(NotFound) as exc2, school.store.write() as s:
        load_catalogue(s, "2031/2032")
    assert "2031-2032.json" in exc2.value.text("en")
    assert _counts(school.store) == (0, 0)


def test_every_catalogue_message_is_a_full_sentence() -> None:
    for lang in ("lv", "en"):
        text = render("catalogue.file.duplicate", lang, where="x.json, signs[2] “a”", value="a")
        assert text.endswith(".") and text[0].isupper()
