"""What the pupil use cases take in and hand back: plain frozen dataclasses, never ORM rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from app.models.enums import StudentStatus
from app.models.school import SchoolClass
from app.models.student import Guardian, Student


@dataclass(frozen=True)
class GuardianInput:
    """A parent or guardian as typed in; `id` keeps an existing guardian when editing."""

    full_name: str
    relation: str = ""  # māte, tēvs, aizbildnis…
    phone: str = ""
    email: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class StudentInput:
    first_name: str
    last_name: str
    class_id: uuid.UUID
    personal_code: str | None = None
    birth_date: date | None = None
    guardians: list[GuardianInput] = field(default_factory=list)


@dataclass(frozen=True)
class GuardianView:
    id: uuid.UUID
    full_name: str
    relation: str
    phone: str
    email: str


@dataclass(frozen=True)
class StudentView:
    id: uuid.UUID
    first_name: str
    last_name: str
    personal_code: str | None
    birth_date: date | None
    class_id: uuid.UUID
    class_name: str
    status: StudentStatus
    status_changed_on: date | None
    status_note: str
    guardians: tuple[GuardianView, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class StudentRow:
    """One line of the pupils list."""

    id: uuid.UUID
    first_name: str
    last_name: str
    class_id: uuid.UUID
    class_name: str
    status: StudentStatus
    birth_date: date | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def guardian_view(g: Guardian) -> GuardianView:
    return GuardianView(g.id, g.full_name, g.relation, g.phone, g.email)


def student_view(student: Student, school_class: SchoolClass) -> StudentView:
    return StudentView(
        id=student.id, first_name=student.first_name, last_name=student.last_name,
        personal_code=student.personal_code, birth_date=student.birth_date,
        class_id=student.class_id, class_name=school_class.name, status=student.status,
        status_changed_on=student.status_changed_on, status_note=student.status_note,
        guardians=tuple(guardian_view(g) for g in sorted(student.guardians,
                                                              key=lambda g: g.full_name)),
    )
