"""Who may do what with pupils: every role against every use case; refusals change nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

import pytest

from app.errors import AppError, NotFound, PermissionDenied
from app.models.enums import StudentStatus
from app.services.students.registry import (
    create_student,
    get_student,
    list_students,
    mark_student_left,
    update_student,
)
from app.services.support.staff_assignment import assign_support_staff
from tests.builders.school import SchoolFixture
from tests.builders.students import audit_actions, snapshot, student

T = TypeVar("T")
OK = None
ROLES = ("teacher", "teacher2", "support", "support2", "coordinator", "director", "admin")
ANNA = "Anna Ēcere"  # 5.a, led by "teacher"; "support" is assigned to her


def expect(school: SchoolFixture, outcome: type[AppError] | None, write: bool,
           action: Callable[[], T]) -> T | None:
    """Run `action`; if refused, check the error type and that nothing changed."""
    before = snapshot(school.store)
    if outcome is OK:
        return action()
    with pytest.raises(outcome) as exc:
        action()
    assert exc.value.text("lv") and exc.value.text("en")
    if write:
        assert snapshot(school.store) == before
    return None


@pytest.mark.parametrize(("role", "outcome"), [
    ("teacher", OK), ("teacher2", PermissionDenied), ("support", PermissionDenied),
    ("support2", PermissionDenied), ("coordinator", OK), ("director", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_create_in_5a(school: SchoolFixture, role: str, outcome: type[AppError] | None) -> None:
    view = expect(school, outcome, True, lambda: create_student(
        school.store, school.actors[role], student(school, "5.a")))
    if outcome is OK:
        assert view is not None
        assert audit_actions(school.store, view.id) == ["student.create"]


def test_teacher2_is_told_the_class_is_not_theirs(school: SchoolFixture) -> None:
    with pytest.raises(PermissionDenied) as exc:
        create_student(school.store, school.actors["teacher2"], student(school, "5.a"))
    assert exc.value.text("lv").startswith("Klase 5.a nav jūsu audzināmā klase")
    assert exc.value.text("en").startswith("Class 5.a is not a class you lead")


UPDATE_MATRIX = [
    ("teacher", OK), ("teacher2", NotFound), ("support", PermissionDenied),
    ("support2", PermissionDenied), ("coordinator", OK), ("director", PermissionDenied),
    ("admin", PermissionDenied),
]


@pytest.mark.parametrize(("role", "outcome"), UPDATE_MATRIX)
def test_update_anna(school: SchoolFixture, role: str, outcome: type[AppError] | None) -> None:
    anna = school.student_ids[ANNA]
    data = student(school, "5.a", first_name="Anna", last_name="Ēcere-Lapa", guardians=[])
    view = expect(school, outcome, True,
                  lambda: update_student(school.store, school.actors[role], anna, data))
    if outcome is OK:
        assert view is not None
        assert view.last_name == "Ēcere-Lapa"
        assert audit_actions(school.store, anna) == ["student.update"]


@pytest.mark.parametrize(("role", "outcome"), UPDATE_MATRIX)
def test_mark_anna_left(school: SchoolFixture, role: str,
                        outcome: type[AppError] | None) -> None:
    anna = school.student_ids[ANNA]
    view = expect(school, outcome, True, lambda: mark_student_left(
        school.store, school.actors[role], anna, StudentStatus.TRANSFERRED,
        date(2026, 9, 10), "Pārgāja uz Liepājas skolu."))
    if outcome is OK:
        assert view is not None
        assert view.status is StudentStatus.TRANSFERRED
        assert audit_actions(school.store, anna) == ["student.mark_left"]


@pytest.mark.parametrize(("role", "outcome"), [
    ("teacher", OK), ("teacher2", NotFound), ("support", OK), ("support2", NotFound),
    ("coordinator", OK), ("director", OK), ("admin", PermissionDenied),
])
def test_get_anna(school: SchoolFixture, role: str, outcome: type[AppError] | None) -> None:
    view = expect(school, outcome, False, lambda: get_student(
        school.store, school.actors[role], school.student_ids[ANNA]))
    if outcome is OK:
        assert view is not None
        assert view.full_name == ANNA


@pytest.mark.parametrize(("role", "names"), [
    ("teacher", ["Anna Ēcere", "Laura Ķemere", "Pēteris Šmits"]),
    ("teacher2", ["Oskars Lūsis", "Elīza Ņikitina"]),
    ("support", ["Anna Ēcere"]),
    ("support2", []),
    ("coordinator", ["Anna Ēcere", "Laura Ķemere", "Oskars Lūsis", "Elīza Ņikitina",
                     "Pēteris Šmits"]),
    ("director", ["Anna Ēcere", "Laura Ķemere", "Oskars Lūsis", "Elīza Ņikitina",
                  "Pēteris Šmits"]),
])
def test_list_shows_only_visible_students(school: SchoolFixture, role: str,
                                        names: list[str]) -> None:
    rows = list_students(school.store, school.actors[role])
    assert [r.full_name for r in rows] == names


def test_admin_may_not_list_students(school: SchoolFixture) -> None:
    with pytest.raises(PermissionDenied):
        list_students(school.store, school.actors["admin"])


@pytest.mark.parametrize(("role", "outcome"), [
    ("teacher", PermissionDenied), ("teacher2", PermissionDenied),
    ("support", PermissionDenied), ("support2", PermissionDenied), ("coordinator", OK),
    ("director", PermissionDenied), ("admin", PermissionDenied),
])
def test_assign_support_staff(school: SchoolFixture, role: str,
                              outcome: type[AppError] | None) -> None:
    anna = school.student_ids[ANNA]
    staff = expect(school, outcome, True, lambda: assign_support_staff(
        school.store, school.actors[role], anna, school.actors["support2"].user_id))
    if outcome is OK:
        assert staff is not None
        assert [a.full_name for a in staff] == ["Andris Liepa", "Līga Zariņa"]
        assert audit_actions(school.store, anna) == ["staff.assign"]


def test_the_matrix_covers_every_role() -> None:
    assert {r for r, _ in UPDATE_MATRIX} == set(ROLES)


def test_teacher_may_not_move_a_student_out_of_their_class(school: SchoolFixture) -> None:
    anna = school.student_ids[ANNA]
    before = snapshot(school.store)
    with pytest.raises(PermissionDenied) as exc:
        update_student(school.store, school.actors["teacher"], anna,
                       student(school, "6.b", first_name="Anna", last_name="Ēcere"))
    assert "6.b" in exc.value.text("lv")
    assert snapshot(school.store) == before


def test_coordinator_moves_a_student_to_another_class(school: SchoolFixture) -> None:
    anna = school.student_ids[ANNA]
    view = update_student(school.store, school.actors["coordinator"], anna,
                          student(school, "6.b", first_name="Anna", last_name="Ēcere"))
    assert view.class_name == "6.b"
    with pytest.raises(NotFound):  # no longer in the class teacher's list
        get_student(school.store, school.actors["teacher"], anna)
    assert get_student(school.store, school.actors["teacher2"], anna).class_name == "6.b"
