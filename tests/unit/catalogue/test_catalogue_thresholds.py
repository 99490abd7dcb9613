"""The coordinator sets the school year's ABC thresholds; the levels follow them at once,
a bad value names its field and changes nothing, and a reload of the file keeps them."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, SchoolYear
from app.models.enums import RiskCategory, RiskLevel
from app.services.assessments.recording import record_assessment
from app.services.catalogue import (
    DEFAULT_THRESHOLDS,
    AbcThresholds,
    thresholds_for,
    update_thresholds,
    year_thresholds,
)
from app.services.catalogue.loading import catalogue_path, load_catalogue_file
from tests.builders.assessments import TODAY, make_input
from tests.builders.catalogue import load_test_catalogue
from tests.builders.plans import expect_refused
from tests.builders.school import SchoolFixture

STRICT = AbcThresholds(Decimal("3"), Decimal("6.5"), (1, 2, 3), (1, 1, 2), (1, 2, 3))


def test_new_thresholds_change_the_levels_of_the_year(school: SchoolFixture) -> None:
    load_test_catalogue(school.store, school)
    coordinator = school.actors["coordinator"]
    data = make_input(school, absence_pct=Decimal("6.5"), unjustified_lessons=3)
    before = record_assessment(school.store, coordinator, data, today=TODAY)
    assert before.profile.levels[RiskCategory.LEARNING] is RiskLevel.MEDIUM
    update_thresholds(school.store, coordinator, school.year_id, STRICT)
    assert year_thresholds(school.store, "2026/2027") == STRICT
    with school.store.read() as s:
        assert thresholds_for(s, school.previous_year_id) == DEFAULT_THRESHOLDS
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "catalogue.thresholds_update")).one()
    details = json.loads(entry.details)
    assert details["before"]["absence_high_pct"] == "10"
    assert details["after"]["absence_high_pct"] == "6.5"
    after = record_assessment(school.store, coordinator, data, today=TODAY)
    assert after.profile.levels[RiskCategory.LEARNING] is RiskLevel.HIGH


@pytest.mark.parametrize(("change", "field", "lv"), [
    ({"absence_caution_pct": Decimal("0")}, "absence_caution_pct", "no 0 līdz 100"),
    ({"absence_high_pct": Decimal("101")}, "absence_high_pct", "no 0 līdz 100"),
    ({"absence_high_pct": Decimal("5")}, "absence_high_pct", "lielākam par uzmanības"),
    ({"unjustified": (0, 10, 20)}, "unjustified", "no 1 līdz 999"),
    ({"failing": (3, 2, 4)}, "failing", "jāaug"),
    ({"conduct": (2, 3, 1000)}, "conduct", "no 1 līdz 999"),
])
def test_bad_thresholds_name_the_field_and_change_nothing(
        change: dict[str, object], field: str, lv: str, school: SchoolFixture) -> None:
    bad = replace(DEFAULT_THRESHOLDS, **change)  # type: ignore[arg-type]
    exc = expect_refused(school, ValidationError, update_thresholds, school.store,
                         school.actors["coordinator"], school.year_id, bad)
    assert isinstance(exc, ValidationError) and exc.fields == [field]
    assert lv in exc.text("lv")


@pytest.mark.parametrize("who", ["teacher", "support", "director", "admin"])
def test_only_the_coordinator_sets_thresholds(who: str, school: SchoolFixture) -> None:
    expect_refused(school, PermissionDenied, update_thresholds, school.store,
                   school.actors[who], school.year_id, STRICT)


def test_a_reload_keeps_thresholds_a_person_set(school: SchoolFixture,
                                                tmp_path: Path) -> None:
    load_test_catalogue(school.store, school)
    doc = json.loads(catalogue_path("2026/2027").read_text(encoding="utf-8"))
    doc["abc_thresholds"] = json.loads(json.dumps({
        "absence_caution_pct": "4", "absence_high_pct": "8", "unjustified": [1, 5, 9],
        "failing": [1, 2, 3], "conduct": [1, 2, 4]}))
    path = tmp_path / "2026-2027.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with school.store.write() as s:
        load_catalogue_file(s, path)
    assert year_thresholds(school.store, "2026/2027").absence_high_pct == Decimal("8")
    update_thresholds(school.store, school.actors["coordinator"], school.year_id, STRICT)
    with school.store.write() as s:
        load_catalogue_file(s, path)
        label = s.scalar(select(SchoolYear.label).where(SchoolYear.id == school.year_id))
    assert year_thresholds(school.store, str(label)) == STRICT
