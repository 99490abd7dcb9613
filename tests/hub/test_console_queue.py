"""The queue reads only the schools that fill its first rows: with the row cap made small,
what it shows is exactly the head of the whole ordered queue (school name, id, semester,
submission), under every filter, and its counts are those of every plan."""

from __future__ import annotations

import pytest

from app.hub.console import queue as queue_module
from app.hub.console.queue import EVERY_SEMESTER, read_queue
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from tests.builders.console import ingest
from tests.builders.hub import TestSchool, semester_records

NAMES = ("Cēsu vidusskola", "Ādažu vidusskola", "Balvu pamatskola", "Balvu pamatskola")


@pytest.fixture
def schools(hub: Hub) -> list[TestSchool]:
    made = []
    for name in NAMES:  # 3 plans each (2 awaiting, 1 at school); two schools of one name
        school = TestSchool(name=name)
        school.accept_trust(enrol_school(hub, school.request()).trust)
        ingest(hub, school, semester_records().records)
        made.append(school)
    return made


@pytest.mark.parametrize("filters", [{}, {"status": "awaiting"}, {"status": "at_school"},
                                     {"search": "balvu"}, {"semester": "2026/2027-1"}])
@pytest.mark.parametrize("cap", [1, 2, 4, 5, 7])
def test_the_rows_shown_are_the_head_of_the_whole_queue(
        hub: Hub, schools: list[TestSchool], monkeypatch: pytest.MonkeyPatch,
        filters: dict[str, str], cap: int) -> None:
    asked = {"semester": EVERY_SEMESTER, **filters}
    everything = read_queue(hub, **asked)
    assert len(everything.rows) == everything.matched > 0
    monkeypatch.setattr(queue_module, "SHOWN_AT_MOST", cap)
    capped = read_queue(hub, **asked)
    assert capped.rows == everything.rows[:cap]
    assert (capped.matched, capped.schools) == (everything.matched, everything.schools)


def test_the_order_is_school_name_then_id(hub: Hub, schools: list[TestSchool]) -> None:
    rows = read_queue(hub, semester=EVERY_SEMESTER).rows
    order = [r.school_id for r in rows]
    expected = sorted(schools, key=lambda s: (s.name, s.school_id))
    assert order == [s.school_id for s in expected for _ in range(3)]
    only = read_queue(hub, semester=EVERY_SEMESTER, school_id=schools[0].school_id)
    assert {r.school_id for r in only.rows} == {schools[0].school_id}
    assert only.matched == 3 and len(only.schools) == 4
