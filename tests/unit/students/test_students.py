"""Registering and editing pupils: validation per field, guardians, duplicates, audit."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import Conflict, ValidationError
from app.i18n import catalogue
from app.models import AuditEntry, Guardian, OutboxChange
from app.models.enums import ChangeOp
from app.services.students.registry import (
    GuardianInput,
    create_student,
    get_student,
    update_student,
)
from tests.builders.school import SchoolFixture
from tests.builders.students import MOTHER, audit_actions, snapshot, student

FATHER = GuardianInput("Jānis Bērziņš", "tēvs", "67123456", "")


# --- creating ---------------------------------------------------------------------------

def test_teacher_registers_a_student_with_guardians_and_it_is_audited(
        school: SchoolFixture) -> None:
    teacher = school.actors["teacher"]
    view = create_student(school.store, teacher, student(
        school, first_name="  Krišjānis ", last_name="Bērziņš",
        personal_code=" 12031421237 ", guardians=[MOTHER, FATHER]))
    assert (view.full_name, view.class_name, view.status.value) == (
        "Krišjānis Bērziņš", "5.a", "active")
    assert view.personal_code == "120314-21237"
    assert view.birth_date == date(2014, 3, 12)  # read from the old-format code
    assert [g.full_name for g in view.guardians] == ["Inese Bērziņa", "Jānis Bērziņš"]
    again = get_student(school.store, teacher, view.id)
    assert again == view
    assert audit_actions(school.store, view.id) == ["student.create"]
    with school.store.read() as s:
        entities = set(s.scalars(select(OutboxChange.entity)
                                 .where(OutboxChange.entity_id.in_([view.id, *[
                                     g.id for g in view.guardians]]))))
    assert entities == {"student", "guardian"}


def test_a_new_format_code_gives_no_birth_date(school: SchoolFixture) -> None:
    view = create_student(school.store, school.actors["coordinator"],
                          student(school, personal_code="325678-90123"))
    assert view.personal_code == "325678-90123"
    assert view.birth_date is None


def test_latvian_letters_hyphen_and_apostrophe_are_valid_in_names(school: SchoolFixture) -> None:
    view = create_student(school.store, school.actors["coordinator"], student(
        school, first_name="Anna-Līze", last_name="O’Konore Ņikitina", guardians=[]))
    assert view.full_name == "Anna-Līze O’Konore Ņikitina"
    assert view.guardians == ()


@pytest.mark.parametrize(("changes", "field", "lv", "en"), [
    ({"first_name": "  "}, "first_name", "Vārds: lauks ir obligāts", "First name: this field"),
    ({"last_name": ""}, "last_name", "Uzvārds: lauks ir obligāts", "Last name: this field"),
    ({"first_name": "Anna2"}, "first_name", "Vārds: rakstzīme “2” nav atļauta",
     "First name: the character “2”"),
    ({"last_name": "Ozols;"}, "last_name", "Uzvārds: rakstzīme “;”", "Last name: the character"),
    ({"last_name": "-'-"}, "last_name", "Uzvārds: jābūt vismaz vienam burtam",
     "Last name: it must contain at least one letter"),
    ({"first_name": "A" * 81}, "first_name", "ne vairāk kā 80 rakstzīmes, bet ievadītas 81",
     "at most 80 characters"),
    ({"class_id": uuid.uuid4()}, "class_id", "Klase: izvēlētā klase nav atrasta",
     "Class: the selected class was not found"),
    ({"birth_date": date.today() + timedelta(days=1)}, "birth_date",
     "Dzimšanas datums:", "Birth date:"),
    ({"personal_code": "120314-21238"}, "personal_code",
     "Personas kods: kontrolcipars nesakrīt", "Personal code: the check digit"),
    ({"personal_code": "120314-21237", "birth_date": date(2014, 3, 13)}, "birth_date",
     "Dzimšanas datums: 13.03.2014 nesakrīt ar personas kodā norādīto datumu 12.03.2014",
     "Birth date: 13.03.2014 does not match"),
])
def test_bad_input_names_the_field_in_both_languages_and_saves_nothing(
        school: SchoolFixture, changes: dict[str, Any], field: str, lv: str, en: str) -> None:
    before = snapshot(school.store)
    with pytest.raises(ValidationError) as exc:
        create_student(school.store, school.actors["coordinator"], student(school, **changes))
    assert exc.value.fields == [field]
    assert lv in exc.value.text("lv")
    assert en in exc.value.text("en")
    assert snapshot(school.store) == before


def test_every_bad_field_is_reported_at_once(school: SchoolFixture) -> None:
    with pytest.raises(ValidationError) as exc:
        create_student(school.store, school.actors["coordinator"], student(
            school, first_name="", last_name="", personal_code="12",
            guardians=[GuardianInput("", phone="12")]))
    assert exc.value.fields == ["first_name", "last_name", "personal_code",
                                "guardians[0].full_name", "guardians[0].phone"]


@pytest.mark.parametrize(("guardian", "field", "lv", "en"), [
    (GuardianInput("", phone="29123456"), "guardians[1].full_name",
     "Vecāka vai aizbildņa nr. 2 vārds un uzvārds: lauks ir obligāts",
     "Parent or guardian 2, name: this field is required"),
    (GuardianInput("Ola Ozola", phone="zvanīt vakarā"), "guardians[1].phone",
     "Vecāka vai aizbildņa nr. 2 tālrunis: “zvanīt vakarā” nav tālruņa numurs",
     "Parent or guardian 2, phone: “zvanīt vakarā” is not a phone number"),
    (GuardianInput("Ola Ozola", phone="123"), "guardians[1].phone",
     "tālrunis: “123”", "phone: “123”"),
    (GuardianInput("Ola Ozola", email="ola.ozola@"), "guardians[1].email",
     "Vecāka vai aizbildņa nr. 2 e-pasts: “ola.ozola@” nav derīga e-pasta adrese",
     "Parent or guardian 2, email: “ola.ozola@” is not a valid email address"),
    (GuardianInput("Ola Ozola", relation="x" * 41), "guardians[1].relation",
     "radniecība: atļautas ne vairāk kā 40", "relationship: at most 40"),
])
def test_a_bad_second_guardian_saves_neither_student_nor_first_guardian(
        school: SchoolFixture, guardian: GuardianInput, field: str, lv: str, en: str) -> None:
    before = snapshot(school.store)
    with pytest.raises(ValidationError) as exc:
        create_student(school.store, school.actors["teacher"],
                       student(school, guardians=[MOTHER, guardian]))
    assert exc.value.fields == [field]
    assert lv in exc.value.text("lv")
    assert en in exc.value.text("en")
    assert snapshot(school.store) == before


def test_blank_guardian_rows_are_ignored_and_phones_accept_separators(
        school: SchoolFixture) -> None:
    view = create_student(school.store, school.actors["teacher"], student(school, guardians=[
        GuardianInput(""), GuardianInput("Ola Ozola", phone="+44 (20) 7946-0958")]))
    assert [(g.full_name, g.phone) for g in view.guardians] == [
        ("Ola Ozola", "+44 (20) 7946-0958")]


# --- updating ---------------------------------------------------------------------------

def test_update_replaces_guardians_keeping_the_ones_given_by_id(school: SchoolFixture) -> None:
    teacher = school.actors["teacher"]
    view = create_student(school.store, teacher, student(school, guardians=[MOTHER, FATHER]))
    mother = next(g for g in view.guardians if g.full_name == MOTHER.full_name)
    father = next(g for g in view.guardians if g.full_name == FATHER.full_name)
    kept = GuardianInput(mother.full_name, "māte", "20000000", mother.email, id=mother.id)
    new = GuardianInput("Vecmāmiņa Zelma", "vecmāmiņa")
    updated = update_student(school.store, teacher, view.id, student(
        school, last_name="Bērziņš-Ozols", guardians=[kept, new]))
    assert updated.last_name == "Bērziņš-Ozols"
    assert [(g.full_name, g.phone) for g in updated.guardians] == [
        ("Inese Bērziņa", "20000000"), ("Vecmāmiņa Zelma", "")]
    assert next(g for g in updated.guardians if g.full_name == "Inese Bērziņa").id == mother.id
    with school.store.read() as s:
        assert s.get(Guardian, father.id) is None
        deleted = s.scalar(select(OutboxChange.op).where(OutboxChange.entity_id == father.id,
                                                          OutboxChange.op == ChangeOp.DELETE))
    assert deleted is ChangeOp.DELETE
    assert audit_actions(school.store, view.id) == ["student.create", "student.update"]
    with school.store.read() as s:
        details = s.scalars(select(AuditEntry.details).where(
            AuditEntry.action == "student.update")).one()
    assert '"guardians"' in details and '"last_name"' in details


def test_an_update_that_changes_nothing_writes_no_audit_entry(school: SchoolFixture) -> None:
    teacher = school.actors["teacher"]
    view = create_student(school.store, teacher, student(school, guardians=[]))
    before = snapshot(school.store)
    update_student(school.store, teacher, view.id, student(school, guardians=[]))
    assert snapshot(school.store) == before


def test_update_refuses_a_code_another_student_has(school: SchoolFixture) -> None:
    coordinator = school.actors["coordinator"]
    create_student(school.store, coordinator, student(school, personal_code="120314-21237"))
    anna = school.student_ids["Anna Ēcere"]
    before = snapshot(school.store)
    with pytest.raises(Conflict):
        update_student(school.store, coordinator, anna, student(
            school, first_name="Anna", last_name="Ēcere", personal_code="120314-21237"))
    assert snapshot(school.store) == before


def test_update_with_a_bad_guardian_changes_nothing(school: SchoolFixture) -> None:
    teacher = school.actors["teacher"]
    view = create_student(school.store, teacher, student(school, guardians=[MOTHER, FATHER]))
    before = snapshot(school.store)
    with pytest.raises(ValidationError) as exc:
        update_student(school.store, teacher, view.id, student(
            school, first_name="Krišs", guardians=[MOTHER, GuardianInput("X", email="x@y")]))
    assert exc.value.fields == ["guardians[1].email"]
    assert snapshot(school.store) == before


# --- messages ---------------------------------------------------------------------------

def test_keys_built_at_run_time_exist_in_latvian_and_english() -> None:
    """The i18n scanner sees only literal keys; these are composed from a prefix."""
    keys = [f"students.personal_code.{k}" for k in (
        "characters", "hyphen", "length", "century", "date", "future", "check_digit",
        "duplicate", "duplicate_hidden")]
    keys += [f"students.{field}.{problem}"
             for field in ("first_name", "last_name", "guardian_name")
             for problem in ("required", "too_long", "characters", "no_letter")]
    keys += [f"students.possible_duplicate.{k}{h}" for k in ("birth_date", "class")
             for h in ("", "_hidden")]
    for lang in ("lv", "en"):
        missing = [k for k in keys if k not in catalogue(lang)]
        assert missing == [], lang
        assert all(catalogue(lang)[k].rstrip().endswith((".", "?")) for k in keys), lang
