"""A bad catalogue file gives a message naming the file, the entry and the field; loads nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import AuditEntry, MeasureType, RiskSign
from app.services.catalogue.loading import catalogue_path, load_catalogue_file
from tests.builders.school import SchoolFixture

Doc = dict[str, Any]


def _real() -> Doc:
    doc: Doc = json.loads(catalogue_path("2026/2027").read_text(encoding="utf-8"))
    return doc


def _set(path: tuple[Any, ...], value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target: Any = doc
        for part in path[:-1]:
            target = target[part]
        if value is _DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value
    return change


_DELETE = object()

# (change, texts that the Latvian message must contain, texts for the English one)
CASES: dict[str, tuple[Callable[[Doc], None], tuple[str, ...], tuple[str, ...]]] = {
    "unknown category": (_set(("categories", 2, "code"), "money"),
                         ("categories[3] “money”", "“code”", "economic"),
                         ("unknown risk category “money”",)),
    "unknown unit": (_set(("measure_types", 1, "unit"), "days"),
                     ("measure_types[2] “consult_psychologist”", "“unit”", "hours, euro"),
                     ("unknown unit “days”",)),
    "unknown specialist": (_set(("measure_types", 2, "specialist_type"), "wizard"),
                           ("measure_types[3]", "“specialist_type”", "psychologist"),
                           ("unknown specialist type “wizard”",)),
    "duplicate measure code": (_set(("measure_types", 10, "code"), "meals"),
                               ("measure_types[13] “meals”", "atkārtojas"),
                               ("appears more than once",)),
    "duplicate sign across categories": (
        _set(("categories", 3, "signs", 0, "code"), "bullying"),
        ("categories[4] “family”, signs[1] “bullying”", "“code”"), ("must be unique",)),
    "negative rate": (_set(("measure_types", 0, "rate_cents"), -1650),
                      ("measure_types[1] “consult_subject_teacher”", "“rate_cents”"),
                      ("whole number from 0",)),
    "rate as a fraction": (_set(("measure_types", 1, "rate_cents"), 22.5),
                           ("measure_types[2]", "“rate_cents”"), ("in cents",)),
    "zero hourly rate": (_set(("measure_types", 1, "rate_cents"), 0),
                         ("measure_types[2]", "“rate_cents”", "lielākam par 0"),
                         ("must be more than 0",)),
    "rate on a compensation": (_set(("measure_types", 12, "rate_cents"), 500),
                               ("measure_types[13] “meals”", "“rate_cents”"),
                               ("no hourly rate",)),
    "empty English wording": (_set(("categories", 0, "signs", 2, "name_en"), "  "),
                              ("categories[1] “learning”, signs[3] “behind_after_absence”",
                               "“name_en”"), ("not empty",)),
    "missing Latvian wording": (_set(("measure_types", 5, "name_lv"), _DELETE),
                                ("measure_types[6] “consult_speech_therapist”",
                                 "trūkst lauka “name_lv”"), ("is missing",)),
    "consultation without specialist": (_set(("measure_types", 4, "specialist_type"), None),
                                        ("measure_types[5]", "“specialist_type”"),
                                        ("must name",)),
    "missing category": (lambda doc: doc["categories"].pop(), ("“family”", "“categories”"),
                         ("all four categories",)),
    "wrong schema version": (_set(("schema_version",), 2), ("“schema_version”", "2"),
                             ("supported version is 1",)),
    "bad code": (_set(("measure_types", 0, "code"), "Konsultācija"),
                 ("measure_types[1] “Konsultācija”", "“code”"), ("not valid",)),
}


def _nothing_loaded(school: SchoolFixture) -> None:
    with school.store.read() as s:
        assert s.scalar(select(func.count()).select_from(RiskSign)) == 0
        assert s.scalar(select(func.count()).select_from(MeasureType)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_entry_names_file_entry_and_field(case: str, school: SchoolFixture,
                                              tmp_path: Path) -> None:
    change, lv_parts, en_parts = CASES[case]
    doc = _real()
    change(doc)
    path = tmp_path / "2026-2027.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as exc, school.store.write() as s:
        load_catalogue_file(s, path)
    lv, en = exc.value.text("lv"), exc.value.text("en")
    assert lv.startswith("Katalogs 2026-2027.json") and en.startswith("Catalogue 2026-2027.json")
    for part in lv_parts:
        assert part in lv
    for part in en_parts:
        assert part in en
    assert exc.value.problems[0].text("lv") in lv
    _nothing_loaded(school)


def test_broken_json_names_the_line(school: SchoolFixture, tmp_path: Path) -> None:
    text = catalogue_path("2026/2027").read_text(encoding="utf-8")
    path = tmp_path / "broken.json"
    path.write_text(text.replace('"sort": 2,', '"sort": 2', 1), encoding="utf-8")
    line = text[: text.index('"sort": 2,')].count("\n") + 2
    with pytest.raises(ValidationError) as exc, school.store.write() as s:
        load_catalogue_file(s, path)
    assert f"Katalogs broken.json: nederīgs JSON {line}. rindā" in exc.value.text("lv")
    assert f"invalid JSON at line {line}" in exc.value.text("en")
    _nothing_loaded(school)


def test_several_problems_are_all_reported(school: SchoolFixture, tmp_path: Path) -> None:
    doc = _real()
    doc["measure_types"][0]["rate_cents"] = -1
    doc["categories"][1]["signs"][0]["name_lv"] = ""
    path = tmp_path / "x.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValidationError) as exc, school.store.write() as s:
        load_catalogue_file(s, path)
    assert len(exc.value.problems) == 2
    assert exc.value.fields == ["name_lv", "rate_cents"]
    _nothing_loaded(school)


def test_a_file_for_another_year_is_refused(school: SchoolFixture, tmp_path: Path) -> None:
    path = tmp_path / "2026-2027.json"
    path.write_text(catalogue_path("2025/2026").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ValidationError) as exc, school.store.write() as s:
        load_catalogue_file(s, path, expected_year="2026/2027")
    assert "“2025/2026”" in exc.value.text("lv") and "“2026/2027”" in exc.value.text("lv")
    _nothing_loaded(school)
