"""Who is at risk when: the at-risk pupils of the current semester and of the two before it.

The sets overlap as they do in a real school: most pupils at risk now were at risk last
semester; some improved and left the programme; a few pupils at risk last year stopped coming
at the start of this school year, and some families moved away. Each at-risk pupil keeps one
risk profile throughout.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.demo.calendar import DemoCalendar, DemoSemester, school_day
from app.demo.people import DemoStudent
from app.demo.profiles import PROFILES, Profile
from app.models.enums import ProgrammeKind, RiskCategory, StudentStatus

CURRENT_AT_RISK = 60
FOCUS_CLASS = "8.b"  # the class of the demo login "skolotaja"


@dataclass
class DemoCase:
    """One pupil at risk in one semester."""

    student: DemoStudent
    semester: DemoSemester
    profile: Profile
    trend: int  # -1 better than last semester, 0 same, +1 worse
    continues: bool = False  # also at risk in the next semester
    leaves_on: date | None = None  # left school during this semester (plan closed early)
    refer: bool = False  # got worse; the evaluation refers the pupil on
    # filled in when the assessment is written
    assessment_id: uuid.UUID | None = None
    assessed_on: date | None = None
    subjects: list[str] = field(default_factory=list)  # failing subjects
    categories: list[RiskCategory] = field(default_factory=list)  # with findings


def _risk_weight(p: DemoStudent) -> float:
    g = p.klass.age_grade
    base = 0.4 if g <= 3 else 0.8 if g <= 6 else 1.4 if g <= 9 else 1.1
    if p.klass.programme is ProgrammeKind.VOCATIONAL:
        base = 1.8
    return base * (2.5 if p.klass.name == FOCUS_CLASS else 1.0)


def _weighted_sample(rng: random.Random, students: list[DemoStudent], k: int) -> list[DemoStudent]:
    """`k` distinct pupils, likelier the higher their weight (Efraimidis–Spirakis)."""
    keyed = sorted(students, key=lambda p: rng.random() ** (1.0 / _risk_weight(p)), reverse=True)
    return keyed[:k]


def _profile(rng: random.Random, student: DemoStudent) -> Profile:
    fitting = [p for p in PROFILES if student.klass.age_grade >= p.min_grade]
    return rng.choices(fitting, weights=[p.weight for p in fitting])[0]


def _newcomer(p: DemoStudent) -> bool:
    """Started at this school this school year (first grade or first vocational course)."""
    return p.klass.grade == 1


def choose_cases(rng: random.Random, students: list[DemoStudent],
                 cal: DemoCalendar) -> list[list[DemoCase]]:
    """The cases of the three history semesters, oldest first; marks pupils who left."""
    pool = sorted(students, key=lambda p: str(p.id))
    veterans = [p for p in pool if not _newcomer(p)]
    current = _weighted_sample(rng, pool, CURRENT_AT_RISK)
    cur_set = {p.id for p in current}
    carried = _weighted_sample(rng, [p for p in current if not _newcomer(p)], 40)
    others = _weighted_sample(rng, [p for p in veterans if p.id not in cur_set], 15)
    previous = carried + others
    prev_set = {p.id for p in previous}
    kept = _weighted_sample(rng, previous, 34)
    relapsed = _weighted_sample(rng, [p for p in veterans if p.id not in prev_set], 14)
    oldest = kept + relapsed
    profiles = {p.id: _profile(rng, p) for p in (*current, *previous, *oldest)}
    sems = cal.history
    sets = [oldest, previous, current]
    cases: list[list[DemoCase]] = []
    for i, (sem, group) in enumerate(zip(sems, sets, strict=True)):
        before = {p.id for p in sets[i - 1]} if i else set()
        after = {p.id for p in sets[i + 1]} if i + 1 < len(sets) else set()
        cases.append([
            DemoCase(p, sem, profiles[p.id],
                     trend=rng.choice((-1, 0, 1)) if p.id in before else 0,
                     continues=p.id in after)
            for p in sorted(group, key=lambda p: (p.klass.name, p.last_name, p.first_name))
        ])
    _mark_leavers(rng, cases, others, cal)
    _mark_transfers(rng, pool, {p.id for p in (*current, *previous, *oldest)}, cal)
    return cases


def _mark_leavers(rng: random.Random, cases: list[list[DemoCase]], others: list[DemoStudent],
                  cal: DemoCalendar) -> None:
    """Four pupils at risk last semester (not now) stopped coming at the start of this school
    year; one pupil at risk now leaves during this semester."""
    cur_sem = cal.current
    first, last = cur_sem.starts_on + timedelta(days=2), cal.today - timedelta(days=1)
    older = [p for p in others if p.klass.age_grade >= 9][:4]
    for p in older:
        p.status = StudentStatus.LEFT
        p.status_changed_on = school_day(rng, first, min(last, first + timedelta(days=30)))
        p.status_note = "Pārtrauca mācības; ģimene informēta par iespējām turpināt izglītību."
    leaver_ids = {p.id for p in older}
    for case in cases[1]:
        case.refer = case.student.id in leaver_ids
    now = [c for c in cases[2] if c.student.klass.age_grade >= 10]
    if now and cal.today - cur_sem.starts_on > timedelta(days=30):
        case = now[0]
        case.leaves_on = school_day(rng, cal.today - timedelta(days=20),
                                    cal.today - timedelta(days=3))
        case.refer = True
        case.student.status = StudentStatus.LEFT
        case.student.status_changed_on = case.leaves_on
        case.student.status_note = "Pārtrauca mācības un sāka strādāt; sazinās sociālais pedagogs."


def _mark_transfers(rng: random.Random, pool: list[DemoStudent], at_risk: set[object],
                    cal: DemoCalendar) -> None:
    """Four pupils never at risk moved to another school with their families this year."""
    candidates = [p for p in pool if p.id not in at_risk and not _newcomer(p)]
    towns = ("Liepājā", "Rīgā", "Saldū", "Kuldīgā")
    for p, town in zip(rng.sample(candidates, 4), towns, strict=True):
        p.status = StudentStatus.TRANSFERRED
        p.status_changed_on = school_day(rng, cal.current.starts_on,
                                         max(cal.current.starts_on,
                                             cal.today - timedelta(days=1)))
        p.status_note = f"Pārgāja uz citu skolu {town}: ģimene mainīja dzīvesvietu."
