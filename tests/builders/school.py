"""A small, fixed school for unit tests: one user per role, two classes, a handful of pupils.

Built with plain ORM inserts (not the services under test) so every service test starts
from the same known state. Every user's password is `TEST_PASSWORD` (hashed once); tests
of signing in create their own users through `app.services.users.accounts`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from app.models import (
    School,
    SchoolClass,
    SchoolYear,
    Semester,
    Student,
    SupportAssignment,
    User,
    UserRole,
)
from app.models.enums import Role, SpecialistType
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.users.passwords import hash_password


@dataclass
class SchoolFixture:
    store: Store
    school_id: uuid.UUID
    year_id: uuid.UUID
    previous_year_id: uuid.UUID
    semester_ids: dict[str, uuid.UUID]  # "2025/2026-1", "2025/2026-2", "2026/2027-1", ...
    class_ids: dict[str, uuid.UUID]  # "5.a", "6.b"
    actors: dict[str, Actor]  # "teacher", "teacher2", "support", "coordinator", ...
    student_ids: dict[str, uuid.UUID] = field(default_factory=dict)  # by "First Last"

    @property
    def current_semester_id(self) -> uuid.UUID:
        return self.semester_ids["2026/2027-1"]


TEST_PASSWORD = "Direktora-parole-2026"
"""Every fixture user's password: a director signs with it (it opens the signing key)."""
_TEST_HASH = hash_password(TEST_PASSWORD)  # made once: argon2id is slow on purpose

USERS: dict[str, tuple[str, tuple[Role, ...], SpecialistType | None]] = {
    "teacher": ("Ilze Kalniņa", (Role.TEACHER,), None),
    "teacher2": ("Māris Ozols", (Role.TEACHER,), None),
    "support": ("Līga Zariņa", (Role.SUPPORT,), SpecialistType.PSYCHOLOGIST),
    "support2": ("Andris Liepa", (Role.SUPPORT,), SpecialistType.SOCIAL_PEDAGOGUE),
    "coordinator": ("Dace Vītola", (Role.COORDINATOR,), None),
    "director": ("Jānis Bērziņš", (Role.DIRECTOR,), None),
    "admin": ("Admins Sistēma", (Role.ADMIN,), None),
}

STUDENTS: tuple[tuple[str, str, str], ...] = (
    ("Anna", "Ēcere", "5.a"),
    ("Pēteris", "Šmits", "5.a"),
    ("Laura", "Ķemere", "5.a"),
    ("Oskars", "Lūsis", "6.b"),
    ("Elīza", "Ņikitina", "6.b"),
)


def _year(label: str, start: int) -> tuple[SchoolYear, list[Semester]]:
    year = SchoolYear(id=uuid.uuid4(), label=label, starts_on=date(start, 9, 1),
                      ends_on=date(start + 1, 6, 30))
    sems = [
        Semester(id=uuid.uuid4(), school_year_id=year.id, number=1,
                 starts_on=date(start, 9, 1), ends_on=date(start, 12, 31)),
        Semester(id=uuid.uuid4(), school_year_id=year.id, number=2,
                 starts_on=date(start + 1, 1, 1), ends_on=date(start + 1, 6, 30)),
    ]
    return year, sems


def build_school(store: Store) -> SchoolFixture:
    with store.write() as s:
        school = School(id=uuid.uuid4(), name="Priekules vidusskola",
                        registration_number="4113900123", municipality="Dienvidkurzemes novads")
        s.add(school)
        prev, prev_sems = _year("2025/2026", 2025)
        cur, cur_sems = _year("2026/2027", 2026)
        s.add_all([prev, cur])
        s.flush()
        s.add_all([*prev_sems, *cur_sems])
        actors: dict[str, Actor] = {}
        for key, (name, roles, spec) in USERS.items():
            user = User(id=uuid.uuid4(), username=key, full_name=name, password_hash=_TEST_HASH,
                        specialist_type=spec)
            user.roles = [UserRole(role=r) for r in roles]
            s.add(user)
            actors[key] = Actor(user.id, key, name, frozenset(roles), spec)
        s.flush()
        classes = {
            "5.a": SchoolClass(id=uuid.uuid4(), school_year_id=cur.id, name="5.a", grade=5,
                               class_teacher_id=actors["teacher"].user_id),
            "6.b": SchoolClass(id=uuid.uuid4(), school_year_id=cur.id, name="6.b", grade=6,
                               class_teacher_id=actors["teacher2"].user_id),
        }
        s.add_all(classes.values())
        s.flush()
        students: dict[str, uuid.UUID] = {}
        for first, last, cls in STUDENTS:
            st = Student(id=uuid.uuid4(), first_name=first, last_name=last,
                         class_id=classes[cls].id)
            s.add(st)
            students[f"{first} {last}"] = st.id
        s.flush()
        # The psychologist is assigned to Anna Ēcere only.
        s.add(SupportAssignment(student_id=students["Anna Ēcere"],
                                user_id=actors["support"].user_id))
    semesters = {f"{prev.label}-{x.number}": x.id for x in prev_sems}
    semesters |= {f"{cur.label}-{x.number}": x.id for x in cur_sems}
    return SchoolFixture(store=store, school_id=school.id, year_id=cur.id,
                         previous_year_id=prev.id, semester_ids=semesters,
                         class_ids={k: v.id for k, v in classes.items()}, actors=actors,
                         student_ids=students)
