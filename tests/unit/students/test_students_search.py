"""Finding pupils without diacritics, Latvian alphabetical order, status filters, leaving."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from app.errors import Conflict, ValidationError
from app.models.enums import StudentStatus
from app.services.students.registry import (
    create_student,
    get_student,
    list_students,
    mark_student_left,
    reactivate_student,
)
from app.services.students.search import fold, latvian_sort_key
from tests.builders.school import SchoolFixture
from tests.builders.students import audit_actions, snapshot, student


def names(school: SchoolFixture, text: str = "", *, class_id: uuid.UUID | None = None,
          status: StudentStatus | None = StudentStatus.ACTIVE) -> list[str]:
    rows = list_students(school.store, school.actors["coordinator"], text=text,
                         class_id=class_id, status=status)
    return [r.full_name for r in rows]


@pytest.fixture
def berzins(school: SchoolFixture) -> SchoolFixture:
    create_student(school.store, school.actors["coordinator"],
                   student(school, "6.b", first_name="Krišjānis", last_name="Bērziņš"))
    return school


@pytest.mark.parametrize(("text", "expected"), [
    ("berz", ["Krišjānis Bērziņš"]),
    ("BERZINS", ["Krišjānis Bērziņš"]),
    ("Bērziņš", ["Krišjānis Bērziņš"]),
    ("krisjanis berz", ["Krišjānis Bērziņš"]),
    ("ecere", ["Anna Ēcere"]),
    ("  ĒCERE ", ["Anna Ēcere"]),
    ("anna ecere", ["Anna Ēcere"]),
    ("kem", ["Laura Ķemere"]),
    ("nikit", ["Elīza Ņikitina"]),
    ("smits", ["Pēteris Šmits"]),
    ("anna berz", []),
    ("zzz", []),
])
def test_text_search_ignores_case_and_diacritics(berzins: SchoolFixture, text: str,
                                                 expected: list[str]) -> None:
    assert names(berzins, text) == expected


def test_teacher_search_stays_within_visible_students(berzins: SchoolFixture) -> None:
    rows = list_students(berzins.store, berzins.actors["teacher"], text="berz")
    assert rows == []  # Bērziņš is in 6.b, which "teacher" does not lead


def test_class_filter(berzins: SchoolFixture) -> None:
    assert names(berzins, class_id=berzins.class_ids["6.b"]) == [
        "Krišjānis Bērziņš", "Oskars Lūsis", "Elīza Ņikitina"]


def test_latvian_alphabetical_order(school: SchoolFixture) -> None:
    for first, last in [("Ieva", "Žagata"), ("Rita", "Zariņa"), ("Juris", "Čakste"),
                        ("Ēriks", "Cīrulis"), ("Kārlis", "Kurzemnieks"), ("Līga", "Eglīte"),
                        ("Uldis", "Sproģis"), ("Aija", "Nagle")]:
        create_student(school.store, school.actors["coordinator"],
                       student(school, "6.b", first_name=first, last_name=last, guardians=[]))
    assert [n.split()[1] for n in names(school)] == [
        "Cīrulis", "Čakste", "Ēcere", "Eglīte", "Kurzemnieks", "Ķemere", "Lūsis", "Nagle",
        "Ņikitina", "Sproģis", "Šmits", "Zariņa", "Žagata"]


def test_sort_key_rules() -> None:
    assert sorted(["Žagata", "Zvaigzne", "Šmits", "Sūna", "Ābele", "Abols", "Ivars", "Yvonne",
                   "Jānis"], key=latvian_sort_key) == [
        "Ābele", "Abols", "Ivars", "Yvonne", "Jānis", "Sūna", "Šmits", "Zvaigzne", "Žagata"]
    assert latvian_sort_key("Āzis") > latvian_sort_key("Azis")  # a tie broken by the accent
    assert fold("Ģirts Ļoļa Ņina Ķīsis") == "girts lola nina kisis"


def test_leaving_hides_the_student_from_the_default_list(school: SchoolFixture) -> None:
    coordinator = school.actors["coordinator"]
    laura = school.student_ids["Laura Ķemere"]
    view = mark_student_left(school.store, coordinator, laura, StudentStatus.GRADUATED,
                             date(2026, 6, 20), "  Pabeidza pamatskolu.  ")
    assert (view.status, view.status_changed_on, view.status_note) == (
        StudentStatus.GRADUATED, date(2026, 6, 20), "Pabeidza pamatskolu.")
    assert "Laura Ķemere" not in names(school)
    assert "Laura Ķemere" in names(school, status=None)
    assert names(school, status=StudentStatus.GRADUATED) == ["Laura Ķemere"]
    assert get_student(school.store, coordinator, laura).status is StudentStatus.GRADUATED
    back = reactivate_student(school.store, coordinator, laura, today=date(2026, 9, 1))
    assert (back.status, back.status_changed_on, back.status_note) == (
        StudentStatus.ACTIVE, date(2026, 9, 1), "")
    assert audit_actions(school.store, laura) == ["student.mark_left", "student.reactivate"]


def test_reactivating_an_active_student_is_a_conflict(school: SchoolFixture) -> None:
    before = snapshot(school.store)
    with pytest.raises(Conflict) as exc:
        reactivate_student(school.store, school.actors["teacher"],
                           school.student_ids["Anna Ēcere"])
    assert "Anna Ēcere" in exc.value.text("lv")
    assert snapshot(school.store) == before


def test_leaving_needs_a_leaving_status_a_past_date_and_a_short_note(
        school: SchoolFixture) -> None:
    before = snapshot(school.store)
    with pytest.raises(ValidationError) as exc:
        mark_student_left(school.store, school.actors["teacher"],
                          school.student_ids["Anna Ēcere"], StudentStatus.ACTIVE,
                          date.today() + timedelta(days=3), "x" * 501)
    assert exc.value.fields == ["status", "status_changed_on", "status_note"]
    lv, en = exc.value.text("lv"), exc.value.text("en")
    assert "Statuss:" in lv and "Aiziešanas datums:" in lv and "Piezīme:" in lv
    assert "Status:" in en and "Leaving date:" in en and "Note:" in en
    assert snapshot(school.store) == before
