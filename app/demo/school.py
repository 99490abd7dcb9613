"""The demo school itself: the school row, its school years, semesters and classes."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date

from app.demo.calendar import DemoCalendar, at
from app.demo.rows import DemoRows
from app.models import School, SchoolClass, SchoolYear, Semester
from app.models.enums import ProgrammeKind

SCHOOL_NAME = "Pumpuru vidusskola"
REGISTRATION_NUMBER = "4113903187"
MUNICIPALITY = "Dienvidkurzemes novads"

# (name, programme, grade, pupils)
CLASS_PLAN: tuple[tuple[str, ProgrammeKind, int, int], ...] = (
    *(
        (f"{grade}.{letter}", ProgrammeKind.GENERAL, grade, size)
        for grade, sizes in ((1, (24, 23)), (2, (25, 24)), (3, (24, 25)), (4, (26, 24)),
                             (5, (25, 25)), (6, (26, 24)), (7, (25, 26)), (8, (24, 25)),
                             (9, (25, 24)))
        for letter, size in zip("ab", sizes, strict=True)
    ),
    ("10.a", ProgrammeKind.GENERAL, 10, 26), ("10.b", ProgrammeKind.GENERAL, 10, 22),
    ("11.a", ProgrammeKind.GENERAL, 11, 24), ("11.b", ProgrammeKind.GENERAL, 11, 20),
    ("12.a", ProgrammeKind.GENERAL, 12, 23),
    ("Pavārs, 1. kurss", ProgrammeKind.VOCATIONAL, 1, 18),
    ("Pavārs, 2. kurss", ProgrammeKind.VOCATIONAL, 2, 16),
)


@dataclass(frozen=True)
class DemoClass:
    id: uuid.UUID
    name: str
    programme: ProgrammeKind
    grade: int
    size: int
    teacher_id: uuid.UUID

    @property
    def age_grade(self) -> int:
        """The general-education grade of the same age (vocational course 1 ≈ grade 10)."""
        return self.grade + 9 if self.programme is ProgrammeKind.VOCATIONAL else self.grade


def add_school(rows: DemoRows, cal: DemoCalendar) -> tuple[uuid.UUID, dict[str, uuid.UUID]]:
    """The school, both school years and their semesters; returns the year ids by label."""
    created = at(cal.semesters[0].starts_on.replace(month=8, day=20))
    school_id = rows.add(School, name=SCHOOL_NAME, registration_number=REGISTRATION_NUMBER,
                         municipality=MUNICIPALITY, idle_lock_minutes=10,
                         created_at=created, updated_at=created)
    years: dict[str, uuid.UUID] = {}
    for sem in cal.semesters:
        if sem.year_label not in years:
            start = int(sem.year_label[:4])
            years[sem.year_label] = rows.add(SchoolYear, label=sem.year_label,
                                             starts_on=date(start, 9, 1),
                                             ends_on=date(start + 1, 6, 30))
        rows.add(Semester, id=sem.id, school_year_id=years[sem.year_label], number=sem.number,
                 starts_on=sem.starts_on, ends_on=sem.ends_on)
    return school_id, years


def add_classes(rows: DemoRows, rng: random.Random, year_id: uuid.UUID,
                teachers: list[uuid.UUID], cal: DemoCalendar) -> list[DemoClass]:
    """The classes of the current school year, each led by one of `teachers` (in order)."""
    if len(teachers) < len(CLASS_PLAN):
        raise ValueError("one class teacher per class is needed")
    classes: list[DemoClass] = []
    for (name, programme, grade, size), teacher in zip(CLASS_PLAN, teachers, strict=False):
        size += rng.choice((-1, 0, 0, 1))
        cid = rows.add(SchoolClass, school_year_id=year_id, name=name, programme=programme,
                       grade=grade, class_teacher_id=teacher)
        classes.append(DemoClass(cid, name, programme, grade, size, teacher))
    return classes
