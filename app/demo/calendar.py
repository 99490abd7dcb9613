"""The demo school's calendar: two school years, four semesters, and which one is current.

The demo is built around `today` (by default 23 November 2026, so the current semester is
2026/2027-1). Semester I runs 1 Sep – 31 Dec, semester II 1 Jan – 30 Jun. The history covers
the two semesters before the current one.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

DEMO_TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class DemoSemester:
    id: uuid.UUID
    year_label: str
    number: int
    starts_on: date
    ends_on: date

    @property
    def label(self) -> str:
        return f"{self.year_label}-{self.number}"


@dataclass(frozen=True)
class DemoCalendar:
    today: date
    first_year_start: int  # the earlier school year starts on 1 Sep of this year
    semesters: tuple[DemoSemester, ...]  # in time order, four of them
    current_index: int

    @property
    def current(self) -> DemoSemester:
        return self.semesters[self.current_index]

    @property
    def history(self) -> tuple[DemoSemester, ...]:
        """The current semester and the two before it, oldest first."""
        return self.semesters[self.current_index - 2: self.current_index + 1]

    @property
    def year_labels(self) -> tuple[str, str]:
        y = self.first_year_start
        return f"{y}/{y + 1}", f"{y + 1}/{y + 2}"

    def last_day(self, sem: DemoSemester) -> date:
        """The last day things can have happened in `sem`: its end, or yesterday."""
        return min(sem.ends_on, self.today - timedelta(days=1))

    @property
    def current_year_start(self) -> int:
        return int(self.current.year_label[:4])


def year_label(start: int) -> str:
    return f"{start}/{start + 1}"


def build_calendar(today: date, new_id: random.Random) -> DemoCalendar:
    """Semesters of the school year holding `today` and of the year before it."""
    if today.month >= 9:
        current_start, current_number = today.year, 1
    else:  # January to August: semester II (July and August count as its tail)
        current_start, current_number = today.year - 1, 2
    first = current_start - 1
    semesters: list[DemoSemester] = []
    for start in (first, first + 1):
        label = year_label(start)
        semesters.append(DemoSemester(uid(new_id), label, 1, date(start, 9, 1),
                                      date(start, 12, 31)))
        semesters.append(DemoSemester(uid(new_id), label, 2, date(start + 1, 1, 1),
                                      date(start + 1, 6, 30)))
    current_index = 2 if current_number == 1 else 3
    return DemoCalendar(today, first, tuple(semesters), current_index)


def uid(rng: random.Random) -> uuid.UUID:
    """A random (version 4) UUID drawn from `rng`, so a fixed seed gives fixed keys."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    """An aware UTC moment on `day` (school hours in Latvia are about UTC+2/+3)."""
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def school_day(rng: random.Random, first: date, last: date) -> date:
    """A random weekday in [first, last] (`last` itself if the range holds no weekday)."""
    span = (last - first).days
    for _ in range(20):
        day = first + timedelta(days=rng.randint(0, max(span, 0)))
        if day.weekday() < 5:
            return day
    return last


def elapsed_share(sem: DemoSemester, today: date) -> float:
    """How much of the semester has passed by `today` (0.0 … 1.0)."""
    if today >= sem.ends_on:
        return 1.0
    if today <= sem.starts_on:
        return 0.0
    return (today - sem.starts_on).days / (sem.ends_on - sem.starts_on).days
