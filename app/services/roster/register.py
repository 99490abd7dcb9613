"""The pupils register and the year's classes as the roster import compares a file with:
read once into memory (a school has a few thousand pupils), so 20,000 rows match quickly."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import SchoolClass, SchoolYear, Student
from app.models.enums import StudentStatus
from app.services.students.search import fold

NameKey = tuple[str, str]


@dataclass(frozen=True)
class KnownStudent:
    id: uuid.UUID
    first_name: str
    last_name: str
    personal_code: str | None
    birth_date: date | None
    class_id: uuid.UUID
    status: StudentStatus

    @property
    def name_key(self) -> NameKey:
        return fold(self.first_name), fold(self.last_name)


@dataclass
class Register:
    year_id: uuid.UUID
    year_label: str
    classes: dict[str, tuple[uuid.UUID, bool]]  # the year's classes: lower name → (id, archived)
    class_names: dict[uuid.UUID, str]  # every class of every year
    by_code: dict[str, KnownStudent] = field(default_factory=dict)
    by_name: dict[NameKey, list[KnownStudent]] = field(default_factory=lambda: defaultdict(list))
    by_class: dict[uuid.UUID, list[KnownStudent]] = field(
        default_factory=lambda: defaultdict(list))
    # Equal for two loads of the same classes and pupils (within one process): a preview built
    # on a register with the same signature is the same preview (`apply_roster`).
    signature: int = 0


def load_register(session: Session, year_label: str) -> Register:
    year = session.scalar(select(SchoolYear).where(SchoolYear.label == year_label))
    if year is None:
        raise NotFound("not_found", entity="school_year")
    classes: dict[str, tuple[uuid.UUID, bool]] = {}
    names: dict[uuid.UUID, str] = {}
    class_rows = session.execute(select(SchoolClass.id, SchoolClass.name,
                                        SchoolClass.school_year_id, SchoolClass.archived)
                                 .order_by(SchoolClass.id)).all()
    for cid, name, year_id, archived in class_rows:
        names[cid] = name
        if year_id == year.id:
            classes[name.lower()] = (cid, archived)
    student_rows = session.execute(select(
        Student.id, Student.first_name, Student.last_name, Student.personal_code,
        Student.birth_date, Student.class_id, Student.status).order_by(Student.id)).all()
    register = Register(year.id, year.label, classes, names,
                        signature=hash((year.id, tuple(map(tuple, class_rows)),
                                        tuple(map(tuple, student_rows)))))
    for row in student_rows:
        known = KnownStudent(*row)
        if known.personal_code:
            register.by_code[known.personal_code] = known
        register.by_name[known.name_key].append(known)
        register.by_class[known.class_id].append(known)
    return register
