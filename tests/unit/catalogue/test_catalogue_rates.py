"""The coordinator edits rates; a reload keeps an edited rate unless told to overwrite it."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, MeasureType
from app.services.catalogue.loading import (
    catalogue_path,
    load_catalogue_file,
    measure_types,
    update_measure_rate,
)
from tests.builders.catalogue import load_test_catalogue
from tests.builders.school import SchoolFixture


def _rate(school: SchoolFixture, measure_id: uuid.UUID) -> tuple[int, int | None]:
    with school.store.read() as s:
        row = s.get(MeasureType, measure_id)
        assert row is not None
        return row.rate_cents, row.cap_cents


def _rate_edits(school: SchoolFixture) -> list[AuditEntry]:
    with school.store.read() as s:
        return list(s.scalars(select(AuditEntry)
                              .where(AuditEntry.action == "catalogue.rate_update")))


def test_coordinator_edits_a_rate_and_it_is_audited(school: SchoolFixture) -> None:
    cat = load_test_catalogue(school.store, school)
    psych = cat.measure("consult_psychologist")
    view = update_measure_rate(school.store, school.actors["coordinator"], psych, 2350, None)
    assert (view.rate_cents, view.cap_cents, view.code) == (2350, None, "consult_psychologist")
    assert _rate(school, psych) == (2350, None)
    meals = update_measure_rate(school.store, school.actors["coordinator"],
                                cat.measure("meals"), 0, 18000)
    assert meals.cap_cents == 18000
    edits = _rate_edits(school)
    assert [e.entity_id for e in edits] == [str(psych), str(cat.measure("meals"))]
    assert edits[0].username == "coordinator"
    assert '"rate_cents":2350' in edits[0].details
    assert '"rate_cents_before":2200' in edits[0].details


@pytest.mark.parametrize("who", ["teacher", "teacher2", "support", "director", "admin"])
def test_other_roles_cannot_edit_rates(who: str, school: SchoolFixture) -> None:
    cat = load_test_catalogue(school.store, school)
    psych = cat.measure("consult_psychologist")
    with pytest.raises(PermissionDenied) as exc:
        update_measure_rate(school.store, school.actors[who], psych, 1, None)
    assert "catalogue.edit" in exc.value.text("en")
    assert _rate(school, psych) == (2200, None)
    assert _rate_edits(school) == []


@pytest.mark.parametrize(("code", "rate", "cap", "field", "lv", "en"), [
    ("consult_psychologist", 0, None, "rate_cents", "Stundas likme", "Hourly rate"),
    ("consult_psychologist", -500, None, "rate_cents", "Stundas likme", "Hourly rate"),
    ("consult_psychologist", 100_001, None, "rate_cents", "1000,00 EUR", "EUR 1,000.00"),
    ("meals", 250, 22500, "rate_cents", "kompensācijām", "compensations"),
    ("meals", 0, -1, "cap_cents", "Limits", "Cap"),
])
def test_bad_rates_name_the_field_and_change_nothing(
        code: str, rate: int, cap: int | None, field: str, lv: str, en: str,
        school: SchoolFixture) -> None:
    cat = load_test_catalogue(school.store, school)
    before = _rate(school, cat.measure(code))
    with pytest.raises(ValidationError) as exc:
        update_measure_rate(school.store, school.actors["coordinator"], cat.measure(code),
                            rate, cap)
    assert exc.value.fields == [field]
    assert lv in exc.value.text("lv") and en in exc.value.text("en")
    assert _rate(school, cat.measure(code)) == before
    assert _rate_edits(school) == []


def _changed_file(tmp_path: Path) -> Path:
    """The 2026/2027 file with new rates for the psychologist and the speech therapist."""
    doc = json.loads(catalogue_path("2026/2027").read_text(encoding="utf-8"))
    for m in doc["measure_types"]:
        if m["code"] == "consult_psychologist":
            m["rate_cents"] = 2500
        if m["code"] == "consult_speech_therapist":
            m["rate_cents"] = 2150
            m["name_lv"] = "Logopēda nodarbības"
    path = tmp_path / "2026-2027.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_reload_keeps_an_edited_rate_and_follows_the_file_elsewhere(
        school: SchoolFixture, tmp_path: Path) -> None:
    cat = load_test_catalogue(school.store, school)
    psych, speech = cat.measure("consult_psychologist"), cat.measure("consult_speech_therapist")
    update_measure_rate(school.store, school.actors["coordinator"], psych, 2350, None)
    path = _changed_file(tmp_path)
    with school.store.write() as s:
        result = load_catalogue_file(s, path)
    assert result.rates_kept == ("consult_psychologist",)
    assert (result.measures_added, result.measures_updated) == (0, 1)
    assert _rate(school, psych) == (2350, None)
    assert _rate(school, speech) == (2150, None)
    names = {m.code: m.name_lv for m in measure_types(school.store, school.year_id)}
    assert names["consult_speech_therapist"] == "Logopēda nodarbības"
    with school.store.write() as s:
        forced = load_catalogue_file(s, path, overwrite_edited_rates=True)
    assert forced.rates_kept == () and forced.measures_updated == 1
    assert _rate(school, psych) == (2500, None)


def test_reload_cannot_change_a_unit(school: SchoolFixture, tmp_path: Path) -> None:
    load_test_catalogue(school.store, school)
    doc = json.loads(catalogue_path("2026/2027").read_text(encoding="utf-8"))
    meals = next(m for m in doc["measure_types"] if m["code"] == "meals")
    meals.update(unit="hours", rate_cents=300, specialist_type="assistant", name_lv="Jauns")
    path = tmp_path / "2026-2027.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as exc, school.store.write() as s:
        load_catalogue_file(s, path)
    assert "“meals”" in exc.value.text("lv") and "“unit”" in exc.value.text("lv")
    assert "from “euro” to “hours”" in exc.value.text("en")
    current = {m.code: m for m in measure_types(school.store, school.year_id)}
    assert current["meals"].name_lv == "Ēdināšana" and current["meals"].cap_cents == 22500
