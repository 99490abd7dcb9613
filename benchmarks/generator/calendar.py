"""A calendar of several school years for the generator, in the demo's `DemoCalendar` shape.

The current semester is the one holding `today` (by default the demo's 23 November 2026);
the history reaches back `years` school years, the current one included. The semester after
the current one exists too (as in a school that has set up its year), but nothing happens in
it.
"""

from __future__ import annotations

import random
from datetime import date

from app.demo.calendar import DEMO_TODAY, DemoCalendar, DemoSemester, uid, year_label


def school_calendar(years: int, ids: random.Random, today: date = DEMO_TODAY) -> DemoCalendar:
    current_start = today.year if today.month >= 9 else today.year - 1
    current_number = 1 if today.month >= 9 else 2
    first = current_start - years + 1
    semesters: list[DemoSemester] = []
    for start in range(first, current_start + 1):
        label = year_label(start)
        semesters.append(DemoSemester(uid(ids), label, 1, date(start, 9, 1),
                                      date(start, 12, 31)))
        semesters.append(DemoSemester(uid(ids), label, 2, date(start + 1, 1, 1),
                                      date(start + 1, 6, 30)))
    current_index = len(semesters) - (2 if current_number == 1 else 1)
    return DemoCalendar(today, first, tuple(semesters), current_index)


def past_and_current(cal: DemoCalendar) -> tuple[DemoSemester, ...]:
    """The semesters things happened in: every one up to the current, oldest first."""
    return cal.semesters[: cal.current_index + 1]


def years_ago(cal: DemoCalendar, sem: DemoSemester) -> int:
    return cal.current_year_start - int(sem.year_label[:4])
