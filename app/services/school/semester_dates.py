"""The school's semester dates, which decide the current semester (`calendar.current_semester`).

Defaults for the year starting in September of `start`: semester I 1 September – 31 December,
semester II 1 January – 30 June (the end of the school year). The administrator or the
coordinator (`Permission.CALENDAR_EDIT`) may change them: a semester starts on or before it
ends, semester I ends before semester II starts, and no two semesters of the school overlap.
The school year's own dates follow its semesters. Audited.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from app.errors import FieldProblem, NotFound, ValidationError
from app.models import SchoolYear, Semester
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.school.calendar import SemesterInfo, semesters

SemesterDates = tuple[tuple[date, date], tuple[date, date]]


def default_semester_dates(start: int) -> SemesterDates:
    return ((date(start, 9, 1), date(start, 12, 31)), (date(start + 1, 1, 1),
                                                        date(start + 1, 6, 30)))


def semester_dates_problems(dates: SemesterDates, others: list[SemesterInfo]
                            ) -> list[FieldProblem]:
    """Problems with one year's two semesters against the school's other semesters."""
    problems: list[FieldProblem] = []
    for number, (starts, ends) in enumerate(dates, 1):
        if starts > ends:
            problems.append(FieldProblem(f"semester{number}", "calendar.start_after_end",
                                         {"number": number}))
    if dates[0][1] >= dates[1][0]:
        problems.append(FieldProblem("semester2", "calendar.order"))
    for number, (starts, ends) in enumerate(dates, 1):
        for other in others:
            if starts <= other.ends_on and other.starts_on <= ends:
                problems.append(FieldProblem(f"semester{number}", "calendar.overlap",
                                             {"number": number, "other": other.label}))
    return problems


def set_semester_dates(store: Store, actor: Actor, school_year: str,
                       dates: SemesterDates) -> list[SemesterInfo]:
    """New dates for both semesters of `school_year`; the school's semesters afterwards."""
    require(actor, Permission.CALENDAR_EDIT)
    with store.write() as s:
        year = s.scalar(select(SchoolYear).where(SchoolYear.label == school_year))
        if year is None:
            raise NotFound("not_found", entity="school_year")
        own = {sem.number: sem for sem in s.scalars(
            select(Semester).where(Semester.school_year_id == year.id))}
        others = [x for x in semesters(s) if x.school_year != year.label]
        problems = semester_dates_problems(dates, others)
        if problems:
            raise ValidationError(problems)
        before = {str(n): (str(x.starts_on), str(x.ends_on)) for n, x in own.items()}
        for number, (starts, ends) in enumerate(dates, 1):
            sem = own.get(number)
            if sem is None:
                sem = Semester(id=uuid.uuid4(), school_year_id=year.id, number=number,
                               starts_on=starts, ends_on=ends)
                s.add(sem)
            sem.starts_on, sem.ends_on = starts, ends
        year.starts_on, year.ends_on = dates[0][0], dates[1][1]
        s.flush()
        audit.record(s, actor, "calendar.semesters_set", "school_year", year.id,
                     before=before, after={str(n): (str(a), str(b))
                                           for n, (a, b) in enumerate(dates, 1)})
        return semesters(s)


def year_to_open(store: Store, today: date) -> str | None:
    """The label of the next school year once the school's last semester has ended
    (e.g. "2027/2028" from 1 July 2027), so the app can offer to open it; else None."""
    with store.read() as s:
        last = s.scalars(select(SchoolYear).order_by(SchoolYear.starts_on.desc())).first()
    if last is None or today <= last.ends_on:
        return None
    start = last.starts_on.year + 1
    return f"{start}/{start + 1}"
