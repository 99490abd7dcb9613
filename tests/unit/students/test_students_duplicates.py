"""Catching a pupil registered twice: same personal code, or a possible duplicate by name."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import Conflict
from app.services.students.registry import create_student
from tests.builders.school import SchoolFixture
from tests.builders.students import snapshot, student


def test_the_same_personal_code_names_the_other_student(school: SchoolFixture) -> None:
    coordinator = school.actors["coordinator"]
    create_student(school.store, coordinator, student(school, personal_code="120314-21237"))
    before = snapshot(school.store)
    with pytest.raises(Conflict) as exc:
        create_student(school.store, coordinator, student(
            school, "6.b", first_name="Rūdolfs", last_name="Kalns",
            personal_code="12031421237"), allow_possible_duplicate=True)
    assert "Krišjānis Bērziņš (5.a)" in exc.value.text("lv")
    assert "already registered for Krišjānis Bērziņš (5.a)" in exc.value.text("en")
    assert snapshot(school.store) == before


def test_a_duplicate_code_the_actor_may_not_see_is_not_named(school: SchoolFixture) -> None:
    create_student(school.store, school.actors["teacher"],
                   student(school, personal_code="120314-21237"))
    with pytest.raises(Conflict) as exc:
        create_student(school.store, school.actors["teacher2"], student(
            school, "6.b", first_name="Rūdolfs", personal_code="120314-21237"))
    assert "Bērziņš" not in exc.value.text("lv")
    assert "5.a" not in exc.value.text("lv")
    assert "nevarat redzēt" in exc.value.text("lv")
    assert "cannot see" in exc.value.text("en")


def test_same_name_and_birth_date_is_a_possible_duplicate_unless_confirmed(
        school: SchoolFixture) -> None:
    coordinator = school.actors["coordinator"]
    born = date(2014, 3, 12)
    create_student(school.store, coordinator, student(school, birth_date=born))
    before = snapshot(school.store)
    with pytest.raises(Conflict) as exc:  # typed without diacritics, in another class
        create_student(school.store, coordinator, student(
            school, "6.b", first_name="Krisjanis", last_name="BERZINS", birth_date=born))
    assert exc.value.text("lv").startswith("Iespējams dublikāts: skolēns Krišjānis Bērziņš (5.a)")
    assert exc.value.text("en").startswith("Possible duplicate: Krišjānis Bērziņš (5.a)")
    assert snapshot(school.store) == before
    view = create_student(school.store, coordinator, student(
        school, "6.b", first_name="Krisjanis", last_name="BERZINS", birth_date=born),
        allow_possible_duplicate=True)
    assert view.class_name == "6.b"


def test_same_name_in_the_same_class_is_a_possible_duplicate(school: SchoolFixture) -> None:
    with pytest.raises(Conflict) as exc:
        create_student(school.store, school.actors["teacher"],
                       student(school, first_name="Anna", last_name="Ecere"))
    assert "5.a klasē jau ir skolēns Anna Ēcere" in exc.value.text("lv")
    assert "class 5.a already has a pupil named Anna Ēcere" in exc.value.text("en")


def test_different_personal_codes_prove_different_students(school: SchoolFixture) -> None:
    coordinator = school.actors["coordinator"]
    create_student(school.store, coordinator, student(school, personal_code="120314-21237"))
    view = create_student(school.store, coordinator, student(school, personal_code="325678-90123"))
    assert view.personal_code == "325678-90123"
