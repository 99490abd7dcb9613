"""What every report needs: the school's header, the semester's name, and who prints.

The command line has no signed-in person: `command_line_actor` reads as the coordinator
(whole school, reports, personal codes). Access control there is the database key itself —
whoever can open the encrypted file can read it all anyway.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, NotFound, ValidationError
from app.i18n import render
from app.models import School, SchoolYear, Semester
from app.models.enums import Role
from app.reports.content import SchoolHeader, SemesterName
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.school.calendar import SemesterInfo, semesters

COMMAND_LINE_USER = uuid.UUID(int=0)


def command_line_actor(lang: str = "lv") -> Actor:
    """The reader behind `pumpurs report`: the coordinator's read rights, no user record."""
    return Actor(COMMAND_LINE_USER, "komandrinda", render("report.cli.actor", lang),
                 frozenset({Role.COORDINATOR}))


def school_header(session: Session) -> SchoolHeader:
    school = session.scalars(select(School).limit(1)).first()
    if school is None:
        raise NotFound("not_found", entity="school")
    return SchoolHeader(school.name, school.registration_number, school.municipality)


def semester_name(session: Session, semester_id: uuid.UUID) -> tuple[Semester, SemesterName]:
    """The semester row and its printable name; `NotFound` if there is no such semester."""
    row = session.execute(select(Semester, SchoolYear.label).join(SchoolYear)
                          .where(Semester.id == semester_id)).first()
    if row is None:
        raise NotFound("plans.semester_not_found")
    sem, year = row
    return sem, SemesterName(year, sem.number, sem.starts_on, sem.ends_on)


def find_semester(store: Store, label: str) -> SemesterInfo:
    """The semester labelled "2026/2027-1"; a `ValidationError` on field "semester" naming
    the known labels otherwise."""
    with store.read() as s:
        known = semesters(s)
    for sem in known:
        if sem.label == label.strip():
            return sem
    raise ValidationError(FieldProblem("semester", "report.semester_unknown", {
        "value": label, "known": ", ".join(x.label for x in known) or "—"}))


def record_printed(store: Store, actor: Actor, report: str, semester_id: uuid.UUID,
                   **details: Any) -> None:
    """Note in the audit trail that `actor` printed `report` ("plans" or "semester") of a
    semester: printed pupils' data leaves the database, so who did it is kept. `details`
    are JSON values without floats (counts, the file or folder written)."""
    with store.write() as s:
        audit.record(s, actor, f"report.{report}", "semester", semester_id, **details)
