"""The school's details and its idle-lock time, changed by the administrator.

- Name: required, at most 200 characters. Municipality: required, at most 120 characters.
- Registration number: 10 digits (the register of educational institutions) or 11 digits (a
  taxpayer registration code); spaces are dropped, anything else is refused.
- Idle lock: 1–240 minutes without input before the screen locks.
- Confidential notes: by default their author and specialists of the note's type read them;
  the school may widen that to every support specialist (`notes_shared`).
Every change needs `Permission.SCHOOL_SETTINGS` (administrator) and is audited.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, NotFound, ValidationError
from app.models import School
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.school.calendar import SchoolInfo

NAME_MAX = 200
MUNICIPALITY_MAX = 120
REGISTRATION_DIGITS = (10, 11)
IDLE_LOCK_MIN, IDLE_LOCK_MAX = 1, 240


def normalise_registration_number(text: str) -> str:
    return "".join(text.split())


def school_problems(name: str, registration_number: str, municipality: str
                    ) -> list[FieldProblem]:
    """Every problem with the school's details (fields: name, registration_number,
    municipality)."""
    problems: list[FieldProblem] = []
    if not name.strip():
        problems.append(FieldProblem("name", "setup.name_required"))
    elif len(name.strip()) > NAME_MAX:
        problems.append(FieldProblem("name", "setup.name_too_long", {"max": NAME_MAX}))
    number = normalise_registration_number(registration_number)
    if not number:
        problems.append(FieldProblem("registration_number", "setup.registration_required"))
    elif not (number.isascii() and number.isdigit()):
        problems.append(FieldProblem("registration_number", "setup.registration_chars"))
    elif len(number) not in REGISTRATION_DIGITS:
        problems.append(FieldProblem("registration_number", "setup.registration_length",
                                     {"count": len(number)}))
    if not municipality.strip():
        problems.append(FieldProblem("municipality", "setup.municipality_required"))
    elif len(municipality.strip()) > MUNICIPALITY_MAX:
        problems.append(FieldProblem("municipality", "setup.municipality_too_long",
                                     {"max": MUNICIPALITY_MAX}))
    return problems


def idle_lock_problems(minutes: int) -> list[FieldProblem]:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
            IDLE_LOCK_MIN <= minutes <= IDLE_LOCK_MAX):
        return [FieldProblem("idle_lock_minutes", "setup.idle_lock_range",
                             {"min": IDLE_LOCK_MIN, "max": IDLE_LOCK_MAX})]
    return []


def info_of(school: School) -> SchoolInfo:
    return SchoolInfo(school.id, school.name, school.registration_number, school.municipality,
                      school.idle_lock_minutes, school.notes_shared_with_support)


def _the_school(session: Session) -> School:
    school = session.scalars(select(School).limit(1)).first()
    if school is None:
        raise NotFound("not_found", entity="school")
    return school


def _set_details(session: Session, actor: Actor, school: School, name: str,
                 registration_number: str, municipality: str) -> None:
    before = {"name": school.name, "registration_number": school.registration_number,
              "municipality": school.municipality}
    school.name = name.strip()
    school.registration_number = normalise_registration_number(registration_number)
    school.municipality = municipality.strip()
    after = {"name": school.name, "registration_number": school.registration_number,
             "municipality": school.municipality}
    if after != before:
        session.flush()
        audit.record(session, actor, "school.details_updated", "school", school.id,
                     before=before, after=after)


def _set_idle_lock(session: Session, actor: Actor, school: School, minutes: int) -> None:
    if school.idle_lock_minutes != minutes:
        before = school.idle_lock_minutes
        school.idle_lock_minutes = minutes
        session.flush()
        audit.record(session, actor, "school.idle_lock_set", "school", school.id,
                     minutes_before=before, minutes=minutes)


def _set_notes_policy(session: Session, actor: Actor, school: School, shared: bool) -> None:
    if school.notes_shared_with_support != shared:
        school.notes_shared_with_support = shared
        session.flush()
        audit.record(session, actor, "school.notes_policy_set", "school", school.id,
                     shared_with_support=shared)


def update_school_details(store: Store, actor: Actor, name: str, registration_number: str,
                          municipality: str) -> SchoolInfo:
    """Change the school's name, registration number and municipality (administrator)."""
    require(actor, Permission.SCHOOL_SETTINGS)
    problems = school_problems(name, registration_number, municipality)
    if problems:
        raise ValidationError(problems)
    with store.write() as s:
        school = _the_school(s)
        _set_details(s, actor, school, name, registration_number, municipality)
        return info_of(school)


def set_idle_lock_minutes(store: Store, actor: Actor, minutes: int) -> SchoolInfo:
    """Minutes without input before the screen locks, 1–240 (administrator)."""
    require(actor, Permission.SCHOOL_SETTINGS)
    problems = idle_lock_problems(minutes)
    if problems:
        raise ValidationError(problems)
    with store.write() as s:
        school = _the_school(s)
        _set_idle_lock(s, actor, school, minutes)
        return info_of(school)


def save_school_settings(store: Store, actor: Actor, name: str, registration_number: str,
                         municipality: str, idle_lock_minutes: int,
                         notes_shared: bool | None = None) -> SchoolInfo:
    """The Settings screen's School tab: details, idle lock and (when given) the notes policy
    in one all-or-nothing save."""
    require(actor, Permission.SCHOOL_SETTINGS)
    problems = [*school_problems(name, registration_number, municipality),
                *idle_lock_problems(idle_lock_minutes)]
    if problems:
        raise ValidationError(problems)
    with store.write() as s:
        school = _the_school(s)
        _set_details(s, actor, school, name, registration_number, municipality)
        _set_idle_lock(s, actor, school, idle_lock_minutes)
        if notes_shared is not None:
            _set_notes_policy(s, actor, school, notes_shared)
        return info_of(school)
