"""Who is at risk in each semester of a long history, as the demo's `DemoCase`s.

Each semester about `at_risk` pupils are at risk: about two thirds of them were at risk the
semester before (the rest improved), the others are new. Only pupils who were at the school
then can be at risk (a pupil now in grade 3 was not there four years ago). Each pupil keeps
one risk profile throughout; older pupils and vocational students are likelier to be at risk.
A few pupils at risk in the current semester leave during it, and a few others moved away.
"""

from __future__ import annotations

import random
from datetime import timedelta

from app.demo.calendar import DemoCalendar, school_day
from app.demo.history import DemoCase
from app.demo.people import DemoStudent
from app.demo.profiles import PROFILES, Profile
from app.models.enums import ProgrammeKind, StudentStatus
from benchmarks.generator.calendar import past_and_current, years_ago

CARRIED = 0.65  # share of a semester's at-risk pupils who were at risk the semester before


def risk_weight(p: DemoStudent) -> float:
    g = p.klass.age_grade
    base = 0.4 if g <= 3 else 0.8 if g <= 6 else 1.4 if g <= 9 else 1.1
    return 1.8 if p.klass.programme is ProgrammeKind.VOCATIONAL else base


def weighted_sample(rng: random.Random, students: list[DemoStudent], k: int) -> list[DemoStudent]:
    """`k` distinct pupils, likelier the higher their weight (Efraimidis–Spirakis)."""
    keyed = sorted(students, key=lambda p: rng.random() ** (1.0 / risk_weight(p)), reverse=True)
    return keyed[:k]


def _profile(rng: random.Random, student: DemoStudent) -> Profile:
    fitting = [p for p in PROFILES if student.klass.age_grade >= p.min_grade]
    return rng.choices(fitting, weights=[p.weight for p in fitting])[0]


def choose_cases(rng: random.Random, students: list[DemoStudent], cal: DemoCalendar,
                 at_risk: int) -> list[list[DemoCase]]:
    """The cases of every semester up to the current one, oldest first."""
    pool = sorted(students, key=lambda p: str(p.id))
    groups: list[list[DemoStudent]] = []
    previous: list[DemoStudent] = []
    for sem in past_and_current(cal):
        back = years_ago(cal, sem)
        present = [p for p in pool if p.klass.age_grade - back >= 1]
        carried = weighted_sample(rng, [p for p in previous if p.klass.age_grade - back >= 1],
                                  int(at_risk * CARRIED))
        taken = {p.id for p in carried} | {p.id for p in previous}
        fresh = weighted_sample(rng, [p for p in present if p.id not in taken],
                                at_risk - len(carried))
        previous = carried + fresh
        groups.append(previous)
    profiles: dict[object, Profile] = {}
    cases: list[list[DemoCase]] = []
    for i, (sem, group) in enumerate(zip(past_and_current(cal), groups, strict=True)):
        before = {p.id for p in groups[i - 1]} if i else set()
        after = {p.id for p in groups[i + 1]} if i + 1 < len(groups) else set()
        semester_cases = []
        for p in sorted(group, key=lambda p: (p.klass.name, p.last_name, p.first_name)):
            if p.id not in profiles:
                profiles[p.id] = _profile(rng, p)
            semester_cases.append(DemoCase(p, sem, profiles[p.id],
                                           trend=rng.choice((-1, 0, 1)) if p.id in before else 0,
                                           continues=p.id in after))
        cases.append(semester_cases)
    _leavers(rng, cases[-1], cal)
    _transfers(rng, pool, {p.id for g in groups for p in g}, cal)
    return cases


def _leavers(rng: random.Random, current: list[DemoCase], cal: DemoCalendar) -> None:
    """One in a hundred older pupils at risk now stops coming during this semester."""
    older = [c for c in current if c.student.klass.age_grade >= 10]
    if cal.today - cal.current.starts_on <= timedelta(days=30):
        return
    for case in older[: max(1, len(current) // 100)]:
        case.leaves_on = school_day(rng, cal.today - timedelta(days=20),
                                    cal.today - timedelta(days=3))
        case.refer = True
        case.student.status = StudentStatus.LEFT
        case.student.status_changed_on = case.leaves_on
        case.student.status_note = "Pārtrauca mācības un sāka strādāt; sazinās sociālais pedagogs."


def _transfers(rng: random.Random, pool: list[DemoStudent], at_risk: set[object],
               cal: DemoCalendar) -> None:
    """One pupil in two hundred, never at risk, moved to another school this year."""
    candidates = [p for p in pool if p.id not in at_risk and p.klass.grade > 1]
    for p in rng.sample(candidates, min(len(candidates), len(pool) // 200)):
        p.status = StudentStatus.TRANSFERRED
        p.status_changed_on = school_day(rng, cal.current.starts_on,
                                         cal.today - timedelta(days=1))
        p.status_note = "Pārgāja uz citu skolu: ģimene mainīja dzīvesvietu."
