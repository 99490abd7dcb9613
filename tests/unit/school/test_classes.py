"""The classes of a school year, and which of them each person may register pupils in."""

from __future__ import annotations

import pytest

from app.errors import NotFound, PermissionDenied
from app.services.school.classes import list_classes
from tests.builders.school import SchoolFixture

YEAR = "2026/2027"


def test_classes_of_the_year_with_who_may_edit(school: SchoolFixture) -> None:
    coordinator = list_classes(school.store, school.actors["coordinator"], YEAR)
    assert [(c.name, c.class_teacher_name, c.editable) for c in coordinator] == [
        ("5.a", "Ilze Kalniņa", True), ("6.b", "Māris Ozols", True)]
    teacher = list_classes(school.store, school.actors["teacher"], YEAR)
    assert [(c.name, c.editable) for c in teacher] == [("5.a", True), ("6.b", False)]
    assert [c.name for c in list_classes(school.store, school.actors["teacher"], YEAR,
                                         editable_only=True)] == ["5.a"]
    director = list_classes(school.store, school.actors["director"], YEAR)
    assert [c.editable for c in director] == [False, False]


def test_a_year_without_classes_and_an_unknown_year(school: SchoolFixture) -> None:
    assert list_classes(school.store, school.actors["coordinator"], "2025/2026") == []
    with pytest.raises(NotFound):
        list_classes(school.store, school.actors["coordinator"], "1999/2000")


def test_the_admin_does_not_list_classes(school: SchoolFixture) -> None:
    with pytest.raises(PermissionDenied):
        list_classes(school.store, school.actors["admin"], YEAR)
