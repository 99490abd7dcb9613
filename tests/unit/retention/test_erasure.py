"""Erasure on request: the same anonymisation for one pupil, by the coordinator or the
director; refused, with the date, while a submitted plan is within the programme's audit
period; a pupil without a submitted plan can be erased at once."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from app.errors import Conflict, PermissionDenied
from app.models import AuditEntry, Student
from app.services.checks.integrity import check_database
from app.services.retention import erase_pupil
from app.services.students.registry import GuardianInput, StudentInput, update_student
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import ANNA
from tests.builders.retention import BORN, CODE, GUARDIAN, pupil_who_left, values_holding
from tests.builders.school import SchoolFixture

ELIZA = "Elīza Ņikitina"


@pytest.fixture
def anna(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    return pupil_who_left(school, cat)


def test_refused_within_the_audit_period_then_done(school: SchoolFixture,
                                                   anna: uuid.UUID) -> None:
    director = school.actors["director"]
    with pytest.raises(Conflict) as refused:
        erase_pupil(school.store, director, anna, date(2031, 12, 31))
    assert "audita periodā līdz 01.01.2032" in refused.value.text("lv")
    with school.store.engine.connect() as conn:
        assert values_holding(conn, [ANNA, CODE]) != []  # nothing changed
    done = erase_pupil(school.store, director, anna, date(2032, 1, 1))
    assert done.rows >= 10
    with school.store.engine.connect() as conn:
        assert values_holding(conn, [ANNA, CODE, BORN.isoformat(), GUARDIAN]) == []
    assert check_database(school.store).ok
    with pytest.raises(Conflict) as again:
        erase_pupil(school.store, director, anna, date(2032, 1, 2))
    assert "jau ir anonimizēti (01.01.2032)" in again.value.text("lv")


def test_a_pupil_without_a_submitted_plan_is_erased_at_once(school: SchoolFixture) -> None:
    sid = school.student_ids[ELIZA]
    update_student(school.store, school.actors["coordinator"], sid, StudentInput(
        "Elīza", "Ņikitina", school.class_ids["6.b"],
        guardians=[GuardianInput("Olga Ņikitina", "māte", "+371 26666666")]),
        today=date(2026, 12, 4))
    erase_pupil(school.store, school.actors["coordinator"], sid, date(2026, 12, 4))
    with school.store.engine.connect() as conn:
        assert values_holding(conn, [ELIZA, "Olga Ņikitina", "+371 26666666"]) == []
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "student.erased")).one()
        assert entry.student_id == sid and entry.user_id == school.actors["coordinator"].user_id
        other = s.get(Student, school.student_ids["Laura Ķemere"])
        assert other is not None and other.first_name == "Laura"


@pytest.mark.parametrize("who", ["teacher", "support", "admin"])
def test_only_the_coordinator_or_the_director_erases(school: SchoolFixture, who: str) -> None:
    with pytest.raises(PermissionDenied) as refused:
        erase_pupil(school.store, school.actors[who], school.student_ids[ELIZA],
                    date(2026, 12, 4))
    assert "tikai PMP koordinators vai direktors" in refused.value.text("lv")
