"""The school and its calendar: which semester is current, the school's name for headers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import School, SchoolYear, Semester
from app.services.core.store import Store


@dataclass(frozen=True)
class SemesterInfo:
    id: uuid.UUID
    label: str  # "2026/2027-1"
    school_year: str  # "2026/2027"
    number: int
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class SchoolInfo:
    id: uuid.UUID
    name: str
    registration_number: str
    municipality: str
    idle_lock_minutes: int
    notes_shared: bool = False  # confidential notes for every support specialist


def _semester_info(sem: Semester, year: SchoolYear) -> SemesterInfo:
    return SemesterInfo(sem.id, f"{year.label}-{sem.number}", year.label, sem.number,
                        sem.starts_on, sem.ends_on)


def school_info(store: Store) -> SchoolInfo:
    with store.read() as s:
        school = s.scalars(select(School).limit(1)).first()
        if school is None:
            raise NotFound("not_found", entity="school")
        return SchoolInfo(school.id, school.name, school.registration_number,
                          school.municipality, school.idle_lock_minutes,
                          school.notes_shared_with_support)


def semesters(session: Session) -> list[SemesterInfo]:
    rows = session.execute(
        select(Semester, SchoolYear).join(SchoolYear).order_by(Semester.starts_on)
    ).all()
    return [_semester_info(sem, year) for sem, year in rows]


def current_semester(store: Store, today: date | None = None) -> SemesterInfo:
    """The semester that contains `today`; between semesters, the latest one that started."""
    today = today or date.today()
    with store.read() as s:
        all_semesters = semesters(s)
    if not all_semesters:
        raise NotFound("not_found", entity="semester")
    started = [x for x in all_semesters if x.starts_on <= today]
    return started[-1] if started else all_semesters[0]


def school_year_id(store: Store, label: str) -> uuid.UUID:
    """The id of the school year "2026/2027" (e.g. to read its catalogue's measure types)."""
    with store.read() as s:
        year_id = s.scalar(select(SchoolYear.id).where(SchoolYear.label == label))
    if year_id is None:
        raise NotFound("not_found", entity="school_year")
    return year_id


def all_semesters(store: Store) -> list[SemesterInfo]:
    """Every semester of the school, oldest first (the calendar is not personal data)."""
    with store.read() as session:
        return semesters(session)
