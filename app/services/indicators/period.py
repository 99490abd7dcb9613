"""The period an import covers: a month ("2026-10") or a semester ("2026/2027-1"), with its
first and last day and the school year whose pupils register it is matched against."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, ValidationError
from app.models import SchoolYear, Semester

MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True)
class Period:
    label: str  # "2026-10" or "2026/2027-1"
    kind: str  # "month" or "semester"
    starts_on: date
    ends_on: date
    school_year: str  # "2026/2027"


def _fail(key: str, **params: object) -> ValidationError:
    return ValidationError(FieldProblem("period", f"indicators.period.{key}", dict(params)))


def _year_of(session: Session, day: date) -> str | None:
    label: str | None = session.scalar(select(SchoolYear.label).where(
        SchoolYear.starts_on <= day, SchoolYear.ends_on >= day))
    return label


def _month(session: Session, text: str, year: int, month: int) -> Period:
    if not 1 <= month <= 12:
        raise _fail("unreadable", value=text)
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    school_year = _year_of(session, first) or _year_of(session, last)
    if school_year is None:
        raise _fail("no_school_year", value=text)
    return Period(text, "month", first, last, school_year)


def _semester(session: Session, text: str) -> Period | None:
    for sem, year in session.execute(select(Semester, SchoolYear.label).join(
            SchoolYear, Semester.school_year_id == SchoolYear.id)):
        if f"{year}-{sem.number}" == text:
            return Period(text, "semester", sem.starts_on, sem.ends_on, year)
    return None


def resolve_period(session: Session, text: str | None, today: date) -> Period:
    """`text` as a month or a semester label; None: the semester `today` falls in."""
    if text is None or not text.strip():
        for sem, year in session.execute(select(Semester, SchoolYear.label).join(
                SchoolYear, Semester.school_year_id == SchoolYear.id).where(
                Semester.starts_on <= today, Semester.ends_on >= today)):
            return Period(f"{year}-{sem.number}", "semester", sem.starts_on, sem.ends_on, year)
        raise _fail("no_current")
    value = text.strip()
    if m := MONTH.fullmatch(value):
        return _month(session, value, int(m.group(1)), int(m.group(2)))
    found = _semester(session, value)
    if found is None:
        raise _fail("unreadable", value=value)
    return found
