"""Setting up a new school in an empty database (the first-run wizard's last step).

`set_up_school` creates, in ONE transaction (all or nothing):
- the School with its details (checked as in `app.services.school.settings`);
- the school year that contains `today` and the one before it, each with semester I
  (1 September – 31 December) and semester II (1 January – 30 June);
- the catalogue of each of those years from its bundled file; a year without a file is
  skipped and named in the result (`years_without_catalogue`), so the wizard can say so;
- the first administrator (`app.services.users.accounts.add_first_admin`).
Every problem with the school's details and the administrator's fields is reported at once,
before anything is written. A database that already has a school or a user is refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, NotFound, ValidationError
from app.models import School, SchoolYear, Semester, User
from app.services.catalogue.loading import load_catalogue
from app.services.core import audit
from app.services.core.actor import SYSTEM_ACTOR
from app.services.core.store import Store
from app.services.school.calendar import SchoolInfo
from app.services.school.settings import info_of, normalise_registration_number, school_problems
from app.services.users import passwords
from app.services.users.accounts import UserSummary, add_first_admin
from app.services.users.rules import full_name_problems, normalise_username, username_problems


@dataclass(frozen=True)
class SchoolSetupInput:
    name: str
    registration_number: str
    municipality: str


@dataclass(frozen=True)
class FirstAdminInput:
    username: str
    full_name: str
    password: str
    confirm: str


@dataclass(frozen=True)
class SchoolSetupResult:
    school: SchoolInfo
    admin: UserSummary
    school_years: tuple[str, ...]  # "2025/2026", "2026/2027" (previous, current)
    catalogue_years: tuple[str, ...]  # the years whose catalogue was loaded
    years_without_catalogue: tuple[str, ...]  # no bundled catalogue file for these


def school_year_start(today: date) -> int:
    """The calendar year in which the school year containing `today` began (1 September)."""
    return today.year if today.month >= 9 else today.year - 1


def year_label(start: int) -> str:
    return f"{start}/{start + 1}"


def setup_problems(school: SchoolSetupInput) -> list[FieldProblem]:
    """Problems with the school page of the wizard (checked again on set-up)."""
    return school_problems(school.name, school.registration_number, school.municipality)


def first_admin_problems(admin: FirstAdminInput) -> list[FieldProblem]:
    """Problems with the administrator page (fields username, full_name, password,
    password_confirm), checked without a database."""
    username = normalise_username(admin.username)
    return [*username_problems(username), *full_name_problems(admin.full_name),
            *passwords.policy_problems(admin.password, username, admin.confirm,
                                       check_confirm=True)]


def _add_year(session: Session, start: int) -> str:
    year = SchoolYear(id=uuid.uuid4(), label=year_label(start), starts_on=date(start, 9, 1),
                      ends_on=date(start + 1, 6, 30))
    session.add(year)
    session.flush()
    session.add_all([
        Semester(id=uuid.uuid4(), school_year_id=year.id, number=1,
                 starts_on=date(start, 9, 1), ends_on=date(start, 12, 31)),
        Semester(id=uuid.uuid4(), school_year_id=year.id, number=2,
                 starts_on=date(start + 1, 1, 1), ends_on=date(start + 1, 6, 30)),
    ])
    session.flush()
    return year.label


def _refuse_if_not_empty(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(School)) or session.scalar(
            select(func.count()).select_from(User)):
        raise Conflict("setup.not_empty")


def set_up_school(store: Store, school: SchoolSetupInput, first_admin: FirstAdminInput,
                  today: date) -> SchoolSetupResult:
    """The new school, its current and previous school years, their catalogues and the first
    administrator, all in one transaction. Recorded in the audit trail as the system."""
    problems = [*setup_problems(school), *first_admin_problems(first_admin)]
    if problems:
        raise ValidationError(problems)
    start = school_year_start(today)
    with store.write() as s:
        _refuse_if_not_empty(s)
        row = School(id=uuid.uuid4(), name=school.name.strip(),
                     registration_number=normalise_registration_number(
                         school.registration_number),
                     municipality=school.municipality.strip())
        s.add(row)
        s.flush()
        years = tuple(_add_year(s, y) for y in (start - 1, start))
        loaded: list[str] = []
        missing: list[str] = []
        for label in years:
            try:
                load_catalogue(s, label)
            except NotFound as exc:
                if exc.key != "catalogue.no_file":
                    raise
                missing.append(label)
            else:
                loaded.append(label)
        admin = add_first_admin(s, first_admin.username, first_admin.full_name,
                                first_admin.password, first_admin.confirm)
        audit.record(s, SYSTEM_ACTOR, "school.set_up", "school", row.id, name=row.name,
                     registration_number=row.registration_number,
                     municipality=row.municipality, school_years=list(years),
                     years_without_catalogue=missing, admin=admin.username)
        return SchoolSetupResult(info_of(row), admin, years, tuple(loaded), tuple(missing))
