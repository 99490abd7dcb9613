"""Demo pupils and their guardians.

Birth years follow the grade (Latvian children start school in the year they turn seven);
pupils born before July 2017 have old-format personal codes with a correct check digit,
younger ones new-format codes; a few have no code at all (the code is optional).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.demo.calendar import DemoCalendar, at
from app.demo.codes import personal_code
from app.demo.names import BOYS, GIRLS, MEN, SURNAMES, WOMEN, ascii_fold, surname
from app.demo.rows import DemoRows
from app.demo.school import DemoClass
from app.models import Guardian, Student
from app.models.enums import StudentStatus


@dataclass
class DemoGuardian:
    full_name: str
    relation: str
    phone: str
    email: str


@dataclass
class DemoStudent:
    id: uuid.UUID
    first_name: str
    last_name: str
    female: bool
    birth_date: date
    personal_code: str | None
    klass: DemoClass
    guardians: list[DemoGuardian] = field(default_factory=list)
    status: StudentStatus = StudentStatus.ACTIVE
    status_changed_on: date | None = None
    status_note: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def age_on(self, day: date) -> int:
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def _phone(rng: random.Random) -> str:
    return f"+371 2{rng.randint(0, 9_999_999):07d}"


def _guardians(rng: random.Random, family: tuple[str, str]) -> list[DemoGuardian]:
    def person(first: str, last: str, relation: str) -> DemoGuardian:
        email = ""
        if rng.random() < 0.55:
            email = f"{ascii_fold(first)}.{ascii_fold(last)}@example.com"
        return DemoGuardian(f"{first} {last}", relation, _phone(rng), email)

    mother = person(rng.choice(WOMEN), family[1], "māte")
    father = person(rng.choice(MEN), family[0], "tēvs")
    roll = rng.random()
    if roll < 0.62:
        return [mother, father]
    if roll < 0.84:
        return [mother]
    if roll < 0.92:
        return [father]
    grandmother = person(rng.choice(("Skaidrīte", "Ausma", "Velta", "Ruta", "Dzintra")),
                         family[1], "vecmāmiņa (aizbildne)")
    return [grandmother]


def make_students(rng: random.Random, rows: DemoRows, classes: list[DemoClass],
                cal: DemoCalendar) -> list[DemoStudent]:
    year = cal.current_year_start
    taken: set[str] = set()
    students: list[DemoStudent] = []
    for klass in classes:
        for _ in range(klass.size):
            female = rng.random() < 0.5
            family = rng.choice(SURNAMES)
            birth_year = year - 6 - klass.age_grade - (1 if rng.random() < 0.05 else 0)
            if klass.programme.value == "vocational":
                birth_year -= rng.choice((0, 0, 1, 2))
            birth = date(birth_year, 1, 1) + timedelta(days=rng.randint(0, 364))
            code = None
            if rng.random() < 0.94:
                code = personal_code(rng, birth, taken, switched=rng.random() < 0.04)
            students.append(DemoStudent(
                id=rows.new_id(), first_name=rng.choice(GIRLS if female else BOYS),
                last_name=surname(family, female), female=female, birth_date=birth,
                personal_code=code, klass=klass, guardians=_guardians(rng, family),
            ))
    return students


def add_students(rows: DemoRows, students: list[DemoStudent], cal: DemoCalendar) -> None:
    for p in students:
        newcomer = p.klass.grade == 1  # first grade or first course: enrolled this year
        enrolled = at(cal.semesters[2 if newcomer else 0].starts_on - timedelta(days=7), 8)
        changed = at(p.status_changed_on, 12) if p.status_changed_on else enrolled
        rows.add(Student, id=p.id, first_name=p.first_name, last_name=p.last_name,
                 personal_code=p.personal_code, birth_date=p.birth_date, class_id=p.klass.id,
                 status=p.status, status_changed_on=p.status_changed_on,
                 status_note=p.status_note, created_at=enrolled, updated_at=changed)
        for g in p.guardians:
            rows.add(Guardian, student_id=p.id, full_name=g.full_name, relation=g.relation,
                     phone=g.phone, email=g.email)
