"""Consultations: who may log and edit them, bad input, and who may read the notes."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.errors import AppError, NotFound, PermissionDenied, ValidationError
from app.models import AuditEntry, Consultation, OutboxChange, SupportAssignment, User, UserRole
from app.models.enums import Role, SpecialistType
from app.services.core.actor import Actor
from app.services.support.consultations import (
    list_consultations,
    log_consultation,
    update_consultation,
)
from tests.builders.consultations import ANNA, DAY, SECRET, assign, consultation, log
from tests.builders.plans import db_state, expect_refused, new_plan
from tests.builders.roles import hold_roles
from tests.builders.school import SchoolFixture


def test_support_staff_log_a_consultation_with_their_specialist_type(
        school: SchoolFixture) -> None:
    plan_id = new_plan(school).id
    c = log(school, plan_id=plan_id, topic="  Mācību motivācija ")
    assert (c.specialist_type, c.staff_name, c.minutes) == (
        SpecialistType.PSYCHOLOGIST, "Līga Zariņa", 45)
    assert (c.topic, c.plan_id, c.confidential_notes) == ("Mācību motivācija", plan_id, SECRET)
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry)
                          .where(AuditEntry.action == "consultation.log")).one()
        assert entry.entity_id == str(c.id) and '"minutes":45' in entry.details
        all_details = " ".join(s.scalars(select(AuditEntry.details)))
        assert "konfliktu" not in all_details and "motivācija" not in all_details
        assert s.scalars(select(OutboxChange).where(OutboxChange.entity_id == c.id)).one()


@pytest.mark.parametrize(("who", "error"), [
    ("support", None), ("support2", NotFound), ("teacher", PermissionDenied),
    ("teacher2", PermissionDenied), ("coordinator", PermissionDenied),
    ("director", PermissionDenied), ("admin", PermissionDenied),
])
def test_log_consultation_by_role(school: SchoolFixture, who: str,
                                  error: type[AppError] | None) -> None:
    if error is None:
        assert log(school, who).minutes == 45
    else:
        expect_refused(school, error, log, school, who)


def test_a_support_person_who_sees_but_is_not_assigned_to_the_student_cannot_log(
        school: SchoolFixture) -> None:
    user_id = uuid.uuid4()
    with school.store.write() as s:  # a psychologist who is also the coordinator
        user = User(id=user_id, username="both", full_name="Zane Kļaviņa", password_hash="-",
                    specialist_type=SpecialistType.PSYCHOLOGIST)
        user.roles = [UserRole(role=Role.SUPPORT), UserRole(role=Role.COORDINATOR)]
        s.add(user)
    both = Actor(user_id, "both", "Zane Kļaviņa", frozenset({Role.SUPPORT, Role.COORDINATOR}),
                 SpecialistType.PSYCHOLOGIST)
    err = expect_refused(school, PermissionDenied, log_consultation, school.store, both,
                         consultation(school, "Oskars Lūsis"))
    assert "Oskars Lūsis" in err.text("lv") and "not assigned" in err.text("en")


@pytest.mark.parametrize("minutes", [1, 480])
def test_minutes_at_the_limits_are_accepted(school: SchoolFixture, minutes: int) -> None:
    assert log(school, minutes=minutes).minutes == minutes


def test_bad_input_names_each_field_and_saves_nothing(school: SchoolFixture) -> None:
    other_plan = new_plan(school, student="Pēteris Šmits").id
    future = date.today() + timedelta(days=1)
    err = expect_refused(school, ValidationError, log, school, minutes=481, held_on=future,
                         topic="x" * 301, plan_id=other_plan)
    assert isinstance(err, ValidationError)
    assert err.fields == ["minutes", "held_on", "topic", "plan_id"]
    lv, en = err.text("lv"), err.text("en")
    for part in ("Minūtes:", "480", "Konsultācijas datums:", future.strftime("%d.%m.%Y"), "Tēma:",
                 "Atbalsta plāns:"):
        assert part in lv
    for part in ("Minutes:", "Consultation date:", "Topic:", "Support plan:"):
        assert part in en
    zero = expect_refused(school, ValidationError, log, school, minutes=0)
    assert "Minūtes:" in zero.text("lv")


# ---- confidential notes ---------------------------------------------------------------------

def notes_seen(school: SchoolFixture, actor: Actor) -> list[str | None]:
    rows = list_consultations(school.store, actor, school.student_ids[ANNA])
    return [c.confidential_notes for c in rows]


@pytest.mark.parametrize(("who", "seen"), [
    ("support", [SECRET, None]),  # the first's author, a psychologist
    ("support2", [None, "Otrā piezīme."]),  # the second's author, a social pedagogue
    ("teacher", [None, None]),
    ("coordinator", [None, None]),
    ("director", [None, None]),
])
def test_confidential_notes_are_shown_only_to_their_author_and_the_same_specialty(
        school: SchoolFixture, who: str, seen: list[str | None]) -> None:
    assign(school, "support2")
    log(school)
    log(school, "support2", held_on=DAY - timedelta(days=1), confidential_notes="Otrā piezīme.")
    rows = list_consultations(school.store, school.actors[who], school.student_ids[ANNA])
    assert [c.held_on for c in rows] == [DAY, DAY - timedelta(days=1)]  # newest first
    assert [c.topic for c in rows] == ["Mācību motivācija"] * 2  # the topic is not secret
    assert notes_seen(school, school.actors[who]) == seen


@pytest.mark.parametrize(("who", "error"), [
    ("teacher2", NotFound), ("support2", NotFound), ("admin", PermissionDenied),
])
def test_consultations_of_an_invisible_student_are_not_listed(
        school: SchoolFixture, who: str, error: type[AppError]) -> None:
    log(school)
    with pytest.raises(error):
        list_consultations(school.store, school.actors[who], school.student_ids[ANNA])


def test_the_author_sees_their_own_notes_even_without_the_support_role(
        school: SchoolFixture) -> None:
    assign(school, "support2")
    log(school)
    log(school, "support2", confidential_notes="Citas piezīmes.")
    # the psychologist has become the school's coordinator and is no longer support staff
    former = replace(school.actors["support"], roles=frozenset({Role.COORDINATOR}))
    hold_roles(school.store, former.user_id, former.roles)
    rows = list_consultations(school.store, former, school.student_ids[ANNA])
    by_author = {c.staff_name: c.confidential_notes for c in rows}
    assert by_author == {"Līga Zariņa": SECRET, "Andris Liepa": None}


# ---- update_consultation ----------------------------------------------------------------------

def test_the_author_updates_a_consultation(school: SchoolFixture) -> None:
    c = log(school)
    changed = consultation(school, minutes=60, attended=False, confidential_notes="Labots.")
    out = update_consultation(school.store, school.actors["support"], c.id, changed)
    assert (out.minutes, out.attended, out.confidential_notes) == (60, False, "Labots.")
    with school.store.read() as s:
        stored = s.get(Consultation, c.id)
        assert stored is not None and stored.minutes == 60
        assert s.scalars(select(AuditEntry)
                         .where(AuditEntry.action == "consultation.update")).one()


@pytest.mark.parametrize(("who", "error"), [
    ("support2", PermissionDenied), ("teacher", PermissionDenied),
    ("coordinator", PermissionDenied), ("director", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_only_the_author_may_update(school: SchoolFixture, who: str,
                                    error: type[AppError]) -> None:
    assign(school, "support2")
    c = log(school)
    expect_refused(school, error, update_consultation, school.store, school.actors[who], c.id,
                   consultation(school, minutes=10))


def test_an_update_cannot_move_the_consultation_or_break_the_rules(
        school: SchoolFixture) -> None:
    c = log(school)
    support = school.actors["support"]
    err = expect_refused(school, ValidationError, update_consultation, school.store, support,
                         c.id, consultation(school, "Pēteris Šmits"))
    assert "Skolēns:" in err.text("lv") and "Pupil:" in err.text("en")
    expect_refused(school, ValidationError, update_consultation, school.store, support, c.id,
                   consultation(school, minutes=0))
    before = db_state(school.store)
    with pytest.raises(NotFound):
        update_consultation(school.store, support, uuid.uuid4(), consultation(school))
    assert db_state(school.store) == before


def test_a_second_psychologist_reads_the_first_ones_notes_and_the_reading_is_recorded(
        school: SchoolFixture) -> None:
    from app.services.users import auth
    from app.services.users.accounts import UserInput, create_user

    create_user(school.store, school.actors["admin"], UserInput(
        "psihologs2", "Marta Kļava", "Otra-Psihologe-2026", (Role.SUPPORT,),
        SpecialistType.PSYCHOLOGIST, "Otra-Psihologe-2026"))
    second = auth.sign_in(school.store, "psihologs2", "Otra-Psihologe-2026")
    with school.store.write() as s:
        s.add(SupportAssignment(student_id=school.student_ids[ANNA], user_id=second.user_id))
    assign(school, "support2")
    log(school)  # the first psychologist's
    log(school, "support2", confidential_notes="Sociālā pedagoga piezīme.")

    rows = list_consultations(school.store, second, school.student_ids[ANNA])
    assert {c.staff_name: c.confidential_notes for c in rows} == {
        "Līga Zariņa": SECRET, "Andris Liepa": None}
    list_consultations(school.store, school.actors["teacher"], school.student_ids[ANNA])
    with school.store.read() as s:
        reads = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "consultation.notes_read")).all()
    assert [(e.user_id, e.student_id) for e in reads] == [
        (second.user_id, school.student_ids[ANNA])]  # the teacher read no notes: nothing
    assert '"count":1' in reads[0].details and '"others":1' in reads[0].details
    assert SECRET not in reads[0].details


def test_opening_a_card_is_recorded_for_the_auditors_not_in_the_pupils_history(
        school: SchoolFixture) -> None:
    from app.services.history.student_history import audit_trail, student_history
    from app.services.students.query import open_student_card

    anna = school.student_ids[ANNA]
    assert open_student_card(school.store, school.actors["teacher"], anna).full_name == ANNA
    trail = audit_trail(school.store, school.actors["coordinator"], student_id=anna,
                        action="student.card_opened")
    assert [(e.what, e.user_id) for e in trail] == [
        ("Atvērta skolēna kartīte.", school.actors["teacher"].user_id)]
    assert all(e.action != "student.card_opened"
               for e in student_history(school.store, school.actors["teacher"], anna))
