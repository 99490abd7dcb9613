"""The audit screen's reads as a service (`app.services.history.trail`): the filter choices,
and a pupil-name filter answered with one query on the audit trail however many pupils the
text matches."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from app.services.history.student_history import DEFAULT_LIMIT, audit_trail
from app.services.history.trail import TrailFilter, trail_choices, trail_rows
from app.services.students.query import list_students
from app.services.students.registry import StudentInput, get_student, update_student
from tests.builders.school import SchoolFixture


def _rename(school: SchoolFixture, name: str, last: str) -> None:
    sid = school.student_ids[name]
    now = get_student(school.store, school.actors["coordinator"], sid)
    update_student(school.store, school.actors["coordinator"], sid,
                   StudentInput(now.first_name, last, now.class_id))


@contextmanager
def audit_queries(school: SchoolFixture) -> Iterator[list[str]]:
    """Every SELECT on the audit trail the engine runs meanwhile."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM audit_entry" in statement:
            seen.append(statement)

    engine = school.store.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def test_a_name_matching_several_pupils_reads_the_trail_once(school: SchoolFixture) -> None:
    _rename(school, "Anna Ēcere", "Ēcere-Liepa")
    _rename(school, "Pēteris Šmits", "Šmits-Ozols")
    _rename(school, "Oskars Lūsis", "Lūsis-Kalns")
    director = school.actors["director"]
    matched = list_students(school.store, director, text="er", status=None)
    assert len(matched) >= 2
    with audit_queries(school) as seen:
        rows = trail_rows(school.store, director, TrailFilter("er"))
    assert len(seen) == 1
    assert rows.matched_students == len(matched)
    ids = {p.id for p in matched}
    expected = sorted((e for sid in ids
                       for e in audit_trail(school.store, director, student_id=sid)),
                      key=lambda e: e.seq, reverse=True)[:DEFAULT_LIMIT]
    assert [e.seq for e in rows.entries] == [e.seq for e in expected]
    assert {e.student_id for e in rows.entries} == {school.student_ids["Anna Ēcere"],
                                                   school.student_ids["Pēteris Šmits"]}


def test_no_matching_pupil_reads_nothing_and_says_so(school: SchoolFixture) -> None:
    _rename(school, "Anna Ēcere", "Ēcere-Liepa")
    with audit_queries(school) as seen:
        rows = trail_rows(school.store, school.actors["director"], TrailFilter("Zzz"))
    assert (rows.entries, rows.matched_students, seen) == ([], 0, [])


def test_without_a_name_the_user_and_action_filters_apply(school: SchoolFixture) -> None:
    _rename(school, "Anna Ēcere", "Ēcere-Liepa")
    director, coordinator = school.actors["director"], school.actors["coordinator"]
    rows = trail_rows(school.store, director,
                      TrailFilter("", coordinator.user_id, "student."), "en")
    assert rows.matched_students is None
    assert [e.action for e in rows.entries] == ["student.update"]
    assert rows.entries[0].what.startswith("Pupil details changed")
    assert trail_rows(school.store, director,
                      TrailFilter("", school.actors["teacher"].user_id)).entries == []


def test_the_admin_gets_users_but_no_pupils_and_a_name_filter_is_ignored(
        school: SchoolFixture) -> None:
    _rename(school, "Anna Ēcere", "Ēcere-Liepa")
    admin = school.actors["admin"]
    choices = trail_choices(school.store, admin)
    assert "Dace Vītola" in {u.full_name for u in choices.users}
    assert choices.students == {}
    rows = trail_rows(school.store, admin, TrailFilter("Anna"))
    assert rows.matched_students is None
    assert all(e.student_id is None for e in rows.entries)
    director = trail_choices(school.store, school.actors["director"])
    assert director.students[school.student_ids["Anna Ēcere"]] == "Anna Ēcere-Liepa"
