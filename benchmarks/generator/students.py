"""Classes and pupils of a school of any size, on top of the demo's people and names."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from app.demo.calendar import DemoCalendar, at
from app.demo.people import DemoStudent
from app.demo.rows import DemoRows
from app.demo.school import DemoClass
from app.models import Guardian, SchoolClass, Student
from benchmarks.generator.sizes import ClassPlan


def add_classes(rows: DemoRows, rng: random.Random, year_id: uuid.UUID,
                teachers: list[uuid.UUID], plan: ClassPlan) -> list[DemoClass]:
    """The classes of the current school year, each led by one of `teachers` (in order)."""
    classes: list[DemoClass] = []
    for (name, programme, grade, size), teacher in zip(plan, teachers, strict=True):
        size += rng.choice((-1, 0, 0, 1))
        cid = rows.add(SchoolClass, school_year_id=year_id, name=name, programme=programme,
                       grade=grade, class_teacher_id=teacher)
        classes.append(DemoClass(cid, name, programme, grade, size, teacher))
    return classes


def add_students(rows: DemoRows, students: list[DemoStudent], cal: DemoCalendar) -> None:
    """Each pupil enrolled before the school year they started here (first grade, or the
    first year of the history)."""
    current = cal.current_year_start
    for p in students:
        started = max(cal.first_year_start, current - p.klass.grade + 1)
        enrolled = at(date(started, 9, 1) - timedelta(days=7), 8)
        changed = at(p.status_changed_on, 12) if p.status_changed_on else enrolled
        rows.add(Student, id=p.id, first_name=p.first_name, last_name=p.last_name,
                 personal_code=p.personal_code, birth_date=p.birth_date, class_id=p.klass.id,
                 status=p.status, status_changed_on=p.status_changed_on,
                 status_note=p.status_note, created_at=enrolled, updated_at=changed)
        for g in p.guardians:
            rows.add(Guardian, student_id=p.id, full_name=g.full_name, relation=g.relation,
                     phone=g.phone, email=g.email)
