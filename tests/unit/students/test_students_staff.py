"""Assigning support staff to pupils: only support staff, only by the coordinator, audited."""

from __future__ import annotations

import uuid

import pytest

from app.errors import Conflict, NotFound, ValidationError
from app.models import User
from app.services.students.registry import get_student, list_students
from app.services.support.staff_assignment import (
    assign_support_staff,
    list_assigned_staff,
    unassign_support_staff,
)
from tests.builders.school import SchoolFixture
from tests.builders.students import audit_actions, snapshot


def test_assigning_lets_the_specialist_see_the_student(school: SchoolFixture) -> None:
    coordinator, support2 = school.actors["coordinator"], school.actors["support2"]
    oskars = school.student_ids["Oskars Lūsis"]
    with pytest.raises(NotFound):
        get_student(school.store, support2, oskars)
    staff = assign_support_staff(school.store, coordinator, oskars, support2.user_id)
    assert [(a.full_name, a.specialist_type) for a in staff] == [
        ("Andris Liepa", support2.specialist_type)]
    assert get_student(school.store, support2, oskars).full_name == "Oskars Lūsis"
    assert [r.full_name for r in list_students(school.store, support2)] == ["Oskars Lūsis"]
    assert list_assigned_staff(school.store, school.actors["teacher2"], oskars) == staff

    assert unassign_support_staff(school.store, coordinator, oskars, support2.user_id) == []
    with pytest.raises(NotFound):
        get_student(school.store, support2, oskars)
    assert audit_actions(school.store, oskars) == ["staff.assign", "staff.unassign"]


def test_only_support_staff_can_be_assigned(school: SchoolFixture) -> None:
    before = snapshot(school.store)
    with pytest.raises(ValidationError) as exc:
        assign_support_staff(school.store, school.actors["coordinator"],
                             school.student_ids["Oskars Lūsis"],
                             school.actors["teacher"].user_id)
    assert exc.value.fields == ["user_id"]
    assert exc.value.text("lv").startswith(
        "Atbalsta personāls: lietotājam Ilze Kalniņa nav atbalsta personāla lomas")
    assert exc.value.text("en").startswith(
        "Support staff: Ilze Kalniņa does not hold the support staff role")
    assert snapshot(school.store) == before


def test_an_unknown_or_inactive_user_cannot_be_assigned(school: SchoolFixture) -> None:
    coordinator = school.actors["coordinator"]
    oskars = school.student_ids["Oskars Lūsis"]
    with pytest.raises(ValidationError) as exc:
        assign_support_staff(school.store, coordinator, oskars, uuid.uuid4())
    assert "Atbalsta personāls: izvēlētais lietotājs nav atrasts" in exc.value.text("lv")
    with school.store.write() as s:
        user = s.get(User, school.actors["support2"].user_id)
        assert user is not None
        user.active = False
    before = snapshot(school.store)
    with pytest.raises(ValidationError) as exc:
        assign_support_staff(school.store, coordinator, oskars,
                             school.actors["support2"].user_id)
    assert "Andris Liepa konts ir deaktivizēts" in exc.value.text("lv")
    assert "account of Andris Liepa is deactivated" in exc.value.text("en")
    assert snapshot(school.store) == before


def test_assigning_twice_or_removing_a_stranger_is_a_conflict(school: SchoolFixture) -> None:
    coordinator, support = school.actors["coordinator"], school.actors["support"]
    anna, oskars = school.student_ids["Anna Ēcere"], school.student_ids["Oskars Lūsis"]
    before = snapshot(school.store)
    with pytest.raises(Conflict) as exc:
        assign_support_staff(school.store, coordinator, anna, support.user_id)
    assert exc.value.text("lv") == (
        "Atbalsta personāls: Līga Zariņa jau ir skolēna Anna Ēcere atbalsta personāla sarakstā.")
    with pytest.raises(Conflict) as exc:
        unassign_support_staff(school.store, coordinator, oskars, support.user_id)
    assert "nav ko noņemt" in exc.value.text("lv")
    assert "nothing to remove" in exc.value.text("en")
    assert snapshot(school.store) == before


def test_assigned_staff_are_listed_only_for_visible_students(school: SchoolFixture) -> None:
    anna = school.student_ids["Anna Ēcere"]
    assert [a.full_name for a in list_assigned_staff(
        school.store, school.actors["support"], anna)] == ["Līga Zariņa"]
    with pytest.raises(NotFound):
        list_assigned_staff(school.store, school.actors["teacher2"], anna)
