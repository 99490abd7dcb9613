"""The Consultations screen's read as a service (`app.services.support.staff_log`): own
consultations of the semester with hours per assigned pupil, read in one query."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import event

from app.models import SupportAssignment
from app.models.enums import ConsultationKind, Role
from app.services.core.actor import Actor
from app.services.school.calendar import current_semester
from app.services.support.consultations import ConsultationInput, log_consultation
from app.services.support.staff_assignment import assign_support_staff
from app.services.support.staff_log import staff_log
from tests.builders.school import SchoolFixture

ANNA, OSKARS = "Anna Ēcere", "Oskars Lūsis"
TODAY = date(2026, 11, 23)


def _log(school: SchoolFixture, who: str, student: str, day: date, minutes: int,
         attended: bool = True, topic: str = "Saruna") -> None:
    log_consultation(school.store, school.actors[who], ConsultationInput(
        school.student_ids[student], None, day, minutes, ConsultationKind.INDIVIDUAL, topic,
        attended, ""))


@contextmanager
def consultation_queries(school: SchoolFixture) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM consultation" in statement:
            seen.append(statement)

    event.listen(school.store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(school.store.engine, "before_cursor_execute", note)


def test_hours_per_pupil_and_own_log_newest_first_in_one_query(school: SchoolFixture) -> None:
    coordinator = school.actors["coordinator"]
    assign_support_staff(school.store, coordinator, school.student_ids[OSKARS],
                         school.actors["support"].user_id)
    assign_support_staff(school.store, coordinator, school.student_ids[ANNA],
                         school.actors["support2"].user_id)
    _log(school, "support", ANNA, date(2026, 10, 5), 45, topic="pirmā")
    _log(school, "support", OSKARS, date(2026, 11, 9), 30, attended=False, topic="oskars")
    _log(school, "support", ANNA, date(2026, 11, 9), 40, topic="anna")
    _log(school, "support", ANNA, date(2026, 5, 11), 60)  # the previous semester
    _log(school, "support2", ANNA, date(2026, 11, 10), 50)  # someone else's
    semester = current_semester(school.store, TODAY)
    with consultation_queries(school) as seen:
        log = staff_log(school.store, school.actors["support"], semester)
    assert len(seen) == 1
    assert [(p.full_name, p.class_name, p.consultations, p.attended_minutes, p.missed_minutes)
            for p in log.students] == [("Anna Ēcere", "5.a", 2, 85, 0),
                                       ("Oskars Lūsis", "6.b", 1, 0, 30)]
    # the newest day first; on the same day in the pupils' (Latvian name) order
    assert [c.topic for c in log.consultations] == ["anna", "oskars", "pirmā"]
    assert log.attended_minutes == 85
    assert log.student_names()[school.student_ids[ANNA]] == ANNA


def test_a_teacher_who_is_also_support_staff_sees_only_the_assigned_pupils(
        school: SchoolFixture) -> None:
    teacher = school.actors["teacher"]
    both = dataclasses.replace(teacher, roles=frozenset({Role.TEACHER, Role.SUPPORT}))
    with school.store.write() as s:
        s.add(SupportAssignment(student_id=school.student_ids[ANNA], user_id=teacher.user_id))
    log = staff_log(school.store, both, current_semester(school.store, TODAY))
    assert [p.full_name for p in log.students] == [ANNA]
    assert log.consultations == ()


def test_nobody_assigned_gives_an_empty_log(school: SchoolFixture) -> None:
    support2: Actor = school.actors["support2"]
    log = staff_log(school.store, support2, current_semester(school.store, TODAY))
    assert (log.students, log.consultations, log.attended_minutes) == ((), (), 0)
