"""Assessments read back through the services: trend across semesters and the risk overview."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event

from app.errors import NotFound, PermissionDenied
from app.models import Student
from app.models.enums import RiskCategory, RiskLevel, Severity, StudentStatus
from app.services.assessments.levels import Trend
from app.services.assessments.recording import (
    FindingInput,
    get_assessment,
    record_assessment,
    risk_overview,
)
from app.services.catalogue.loading import risk_signs
from tests.builders.assessments import CURRENT, TODAY, make_input
from tests.builders.catalogue import CatalogueFixture, load_test_catalogue
from tests.builders.school import SchoolFixture

C, L = RiskCategory, RiskLevel
PREVIOUS = "2025/2026-2"


@pytest.fixture
def cat(school: SchoolFixture) -> CatalogueFixture:
    return load_test_catalogue(school.store, school)


def test_trend_against_the_previous_semester_through_the_service(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    coordinator = school.actors["coordinator"]
    old = "2025/2026"
    record_assessment(school.store, coordinator, make_input(
        school, semester=PREVIOUS, assessed_on=date(2026, 3, 10), absence_pct=Decimal("6"),
        unjustified_lessons=0, findings=[
            FindingInput(cat.sign("family_change", year=old), Severity.LOW),
            FindingInput(cat.sign("low_income", year=old), Severity.HIGH)]), today=TODAY)
    view = record_assessment(school.store, coordinator, make_input(
        school, absence_pct=Decimal("12"), unjustified_lessons=0, findings=[
            FindingInput(cat.sign("low_income"), Severity.HIGH),
            FindingInput(cat.sign("psycho_emotional"), Severity.MEDIUM, "Trauksme.")]),
        today=TODAY)
    assert view.previous_semester_id == school.semester_ids[PREVIOUS]
    got = {t.category: t for t in view.trend}
    assert (got[C.LEARNING].direction, got[C.LEARNING].previous_level) == (Trend.HIGHER,
                                                                           L.MEDIUM)
    assert (got[C.SOCIAL_HEALTH].direction, got[C.SOCIAL_HEALTH].previous_level) == (
        Trend.NEW, L.NONE)
    assert got[C.ECONOMIC].direction is Trend.SAME and got[C.FAMILY].direction is Trend.LOWER
    assert got[C.FAMILY].text("lv") == (
        "Risks ir mazinājies: iepriekšējā semestrī līmenis bija zems.")
    assert view.profile.category(C.LEARNING).explanation("lv") == (
        "Kavējumi 12 % stundu (augsts līmenis).")
    assert view.profile.category(C.SOCIAL_HEALTH).explanation("en") == (
        "Risk sign found: psycho-emotional difficulties (medium).")
    assert [f.note for f in view.findings] == ["Trauksme.", ""]
    # the earlier semester has no semester before it with an assessment
    first = get_assessment(school.store, school.actors["teacher"],
                           school.student_ids["Anna Ēcere"], school.semester_ids[PREVIOUS])
    assert first is not None
    assert all(t.previous_level is None for t in first.trend)
    assert {t.category: t.direction for t in first.trend}[C.FAMILY] is Trend.NEW


@contextmanager
def count_queries(school: SchoolFixture) -> Iterator[list[str]]:
    seen: list[str] = []

    def on_execute(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(school.store.engine, "before_cursor_execute", on_execute)
    try:
        yield seen
    finally:
        event.remove(school.store.engine, "before_cursor_execute", on_execute)


def test_overview_lists_visible_students_with_their_levels(school: SchoolFixture,
                                                         cat: CatalogueFixture) -> None:
    coordinator = school.actors["coordinator"]
    record_assessment(school.store, coordinator, make_input(
        school, absence_pct=Decimal("10"),
        findings=[FindingInput(cat.sign("parents_abroad"), Severity.LOW)]), today=TODAY)
    record_assessment(school.store, coordinator, make_input(
        school, "Oskars Lūsis", absence_pct=Decimal("0"), unjustified_lessons=0,
        findings=[FindingInput(cat.sign("no_money_transport"), Severity.MEDIUM)]), today=TODAY)
    with count_queries(school) as queries:
        rows = risk_overview(school.store, coordinator, school.semester_ids[CURRENT])
    selects = [q for q in queries if q.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3  # the semester, the pupils, the findings: not one per pupil
    assert [(r.class_name, r.name) for r in rows] == [
        ("5.a", "Anna Ēcere"), ("5.a", "Laura Ķemere"), ("5.a", "Pēteris Šmits"),
        ("6.b", "Oskars Lūsis"), ("6.b", "Elīza Ņikitina")]
    anna, oskars = rows[0], rows[3]
    assert anna.levels == {C.LEARNING: L.HIGH, C.SOCIAL_HEALTH: L.NONE, C.ECONOMIC: L.NONE,
                           C.FAMILY: L.LOW}
    assert anna.overall is L.HIGH and anna.assessment_id is not None
    assert oskars.overall is L.MEDIUM and oskars.levels[C.ECONOMIC] is L.MEDIUM
    assert rows[1].assessment_id is None and rows[1].overall is L.NONE
    teacher_rows = risk_overview(school.store, school.actors["teacher"],
                                 school.semester_ids[CURRENT])
    assert [r.name for r in teacher_rows] == ["Anna Ēcere", "Laura Ķemere", "Pēteris Šmits"]
    support_rows = risk_overview(school.store, school.actors["support"],
                                 school.semester_ids[CURRENT])
    assert [(r.name, r.overall) for r in support_rows] == [("Anna Ēcere", L.HIGH)]
    with pytest.raises(PermissionDenied):
        risk_overview(school.store, school.actors["admin"], school.semester_ids[CURRENT])


def test_overview_keeps_assessed_students_who_left_and_drops_others(
        school: SchoolFixture) -> None:
    record_assessment(school.store, school.actors["teacher"], make_input(school), today=TODAY)
    with school.store.write() as s:
        for name in ("Anna Ēcere", "Laura Ķemere"):
            student = s.get(Student, school.student_ids[name])
            assert student is not None
            student.status = StudentStatus.LEFT
    rows = risk_overview(school.store, school.actors["teacher"], school.semester_ids[CURRENT])
    assert [r.name for r in rows] == ["Anna Ēcere", "Pēteris Šmits"]
    with pytest.raises(NotFound):
        risk_overview(school.store, school.actors["teacher"], school.student_ids["Anna Ēcere"])


def test_no_sign_is_about_who_a_student_is(school: SchoolFixture, cat: CatalogueFixture) -> None:
    """Flag only on signs that can change: nothing about gender, ethnicity or nationality."""
    words = ("gender", "sex", "ethnic", "nationality", "roma", "dzimums", "tautība", "etnisk")
    for year_id in (school.year_id, school.previous_year_id):
        for s in risk_signs(school.store, year_id):
            text = f"{s.code} {s.name_lv} {s.name_en}".lower()
            assert not any(w in text for w in words), s.code
