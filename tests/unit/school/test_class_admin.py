"""Classes in Settings: create, rename, archive, class teachers — with roles and audit."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.models import AuditEntry, Student
from app.models.enums import ProgrammeKind, StudentStatus
from app.services.school import (
    ClassName,
    add_class,
    archive_class,
    list_classes,
    parse_class_name,
    rename_class,
    school_classes,
    set_class_teachers,
)
from app.services.school.class_names import class_name_of
from app.services.students.query import get_student
from tests.builders.school import SchoolFixture

YEAR = "2026/2027"
G = ProgrammeKind.GENERAL


def test_names_are_parsed_both_ways() -> None:
    assert parse_class_name("8.B") == ClassName(G, 8, "b")
    cook = parse_class_name("Pavārs, 2. kurss")
    assert cook == ClassName(ProgrammeKind.VOCATIONAL, 2, "Pavārs")
    assert cook.text == "Pavārs, 2. kurss" and cook.promoted().text == "Pavārs, 3. kurss"
    assert parse_class_name("astotā") is None
    # a vocational class stored before programme names were (demo, older databases)
    assert class_name_of(ProgrammeKind.VOCATIONAL, 1, "Pavārs, 1. kurss", "").promoted().text \
        == "Pavārs, 2. kurss"


def test_admin_and_coordinator_create_rename_and_archive(school: SchoolFixture) -> None:
    admin, coordinator = school.actors["admin"], school.actors["coordinator"]
    made = add_class(school.store, admin, YEAR, ClassName(G, 8, "b"))
    assert (made.name, made.final_grade, made.active_students) == ("8.b", 12, 0)
    renamed = rename_class(school.store, coordinator, made.id, "c")
    assert renamed.name == "8.c" and renamed.grade == 8
    with pytest.raises(ValidationError) as caught:
        add_class(school.store, admin, YEAR, ClassName(G, 5, "A"))
    assert caught.value.fields == ["label"]
    with pytest.raises(ValidationError) as caught:
        add_class(school.store, admin, YEAR, ClassName(G, 13, ""))
    assert caught.value.fields == ["grade", "label"]
    archive_class(school.store, admin, made.id)
    assert "8.c" not in {c.name for c in school_classes(school.store, admin, YEAR)}
    assert "8.c" in {c.name for c in school_classes(school.store, admin, YEAR,
                                                    include_archived=True)}
    assert "8.c" not in {c.name for c in list_classes(school.store, coordinator, YEAR)}
    with school.store.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(
            AuditEntry.action.like("class.%"))))
    assert sorted(actions) == ["class.archived", "class.created", "class.renamed"]


def test_a_class_with_pupils_is_never_archived(school: SchoolFixture) -> None:
    with pytest.raises(Conflict) as caught:
        archive_class(school.store, school.actors["admin"], school.class_ids["5.a"])
    assert "5.a" in caught.value.text("lv")
    with school.store.write() as s:
        for st in s.scalars(select(Student).where(
                Student.class_id == school.class_ids["6.b"])):
            st.status = StudentStatus.LEFT
    archived = archive_class(school.store, school.actors["admin"], school.class_ids["6.b"])
    assert archived.archived


def test_other_roles_may_not_manage_classes(school: SchoolFixture) -> None:
    for who in ("teacher", "support", "director"):
        with pytest.raises(PermissionDenied):
            add_class(school.store, school.actors[who], YEAR, ClassName(G, 9, "a"))


def test_two_class_teachers_both_lead_the_class(school: SchoolFixture) -> None:
    teachers = [school.actors["teacher2"].user_id, school.actors["teacher"].user_id]
    record = set_class_teachers(school.store, school.actors["coordinator"],
                                school.class_ids["5.a"], teachers)
    assert record.teacher_names == "Ilze Kalniņa, Māris Ozols"
    maris = school.actors["teacher2"]
    anna = school.student_ids["Anna Ēcere"]
    assert get_student(school.store, maris, anna).class_name == "5.a"
    assert [c.name for c in list_classes(school.store, maris, YEAR, editable_only=True)] == [
        "5.a", "6.b"]
    with pytest.raises(ValidationError) as caught:
        set_class_teachers(school.store, school.actors["coordinator"],
                           school.class_ids["5.a"], [school.actors["support"].user_id])
    assert "Līga Zariņa" in caught.value.text("lv")
    with pytest.raises(ValidationError):
        set_class_teachers(school.store, school.actors["coordinator"],
                           school.class_ids["5.a"], [uuid.uuid4()])
    set_class_teachers(school.store, school.actors["coordinator"], school.class_ids["5.a"],
                       [school.actors["teacher2"].user_id])
    with pytest.raises(NotFound):
        get_student(school.store, school.actors["teacher"], anna)
