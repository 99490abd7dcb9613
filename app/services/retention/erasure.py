"""Erasure on request (GDPR art. 17, `erase_pupil`): the retention's anonymisation of one
pupil, by the coordinator or the director, refused while a submitted plan of the pupil is
within the programme's audit period (the records' retention counted from the end of that
plan's semester, `rules`): the programme must be able to show it to its auditors."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound, PermissionDenied
from app.models import Semester, Student, SupportPlan
from app.models.enums import PlanStatus, Role
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.retention.anonymise import anonymise
from app.services.retention.rules import DataKind, due_on, years_by_kind
from app.services.retention.trail import redact_pupils, removal_for

NEVER_SUBMITTED = (PlanStatus.DRAFT,)


@dataclass(frozen=True)
class PupilErased:
    student_id: uuid.UUID
    rows: int
    audit_entries_redacted: int


def audit_period_ends(session: Session, student_id: uuid.UUID) -> date | None:
    """The first day after the programme's audit period of the pupil's last submitted plan
    (the records' retention counted from its semester's end); None without such a plan."""
    last = session.scalar(
        select(Semester.ends_on).join(SupportPlan, SupportPlan.semester_id == Semester.id)
        .where(SupportPlan.student_id == student_id,
               SupportPlan.status.not_in(NEVER_SUBMITTED))
        .order_by(Semester.ends_on.desc()).limit(1))
    if last is None:
        return None
    return due_on(last, years_by_kind(session)[DataKind.RECORDS])


def require_eraser(actor: Actor) -> None:
    if not actor.has(Role.COORDINATOR, Role.DIRECTOR):
        raise PermissionDenied("retention.erase_not_allowed")


def erase_pupil(store: Store, actor: Actor, student_id: uuid.UUID, on: date) -> PupilErased:
    """Anonymise one pupil on request (GDPR art. 17): the coordinator or the director;
    refused while a submitted plan of theirs is within the programme's audit period."""
    require_eraser(actor)
    with store.write() as s:
        student = s.get(Student, student_id)
        if student is None:
            raise NotFound("not_found", entity="student")
        if student.anonymised_on is not None:
            raise Conflict("retention.already_anonymised", on=student.anonymised_on)
        until = audit_period_ends(s, student_id)
        if until is not None and on < until:
            raise Conflict("retention.erase_audit_period", until=until)
        removal = {student.id: removal_for(student, {DataKind.RECORDS})}
        changed = anonymise(s, student, {DataKind.RECORDS}, on)
        audit.record(s, actor, "student.erased", "student", student.id,
                     student_id=student.id, on=on.isoformat(), rows=changed)
        redacted = redact_pupils(s, actor, removal, "erasure")
        return PupilErased(student_id, changed, redacted)
