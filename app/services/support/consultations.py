"""Consultations logged by support staff, and who may read their confidential notes.

Support staff log consultations for the pupils assigned to them; the specialist type comes
from their user record. Confidential notes are shown only to the consultation's author and to
support staff of the same specialist type (a psychologist reads a psychologist's notes, not a
social pedagogue's) — everyone else gets `None`. Their text never goes into the audit trail,
but every reading of notes is recorded there (who, which pupil, how many).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, NotFound, PermissionDenied, ValidationError
from app.formatting import format_date
from app.models import Consultation, School, SupportAssignment, SupportPlan, User
from app.models.enums import ConsultationKind, SpecialistType
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, can, require, require_student
from app.services.core.store import Store

MAX_MINUTES = 480
MAX_TOPIC = 300
MAX_NOTES = 20_000


@dataclass(frozen=True)
class ConsultationInput:
    student_id: uuid.UUID
    plan_id: uuid.UUID | None
    held_on: date
    minutes: int
    kind: ConsultationKind = ConsultationKind.INDIVIDUAL
    topic: str = ""
    attended: bool = True
    confidential_notes: str = ""


@dataclass(frozen=True)
class ConsultationView:
    id: uuid.UUID
    student_id: uuid.UUID
    plan_id: uuid.UUID | None
    staff_id: uuid.UUID
    staff_name: str
    specialist_type: SpecialistType
    held_on: date
    minutes: int
    kind: ConsultationKind
    topic: str
    attended: bool
    confidential_notes: str | None  # None: this person may not read them


def _problems(session: Session, data: ConsultationInput) -> list[FieldProblem]:
    problems = []
    if data.minutes == 0:  # the form starts with no duration: it is never assumed
        problems.append(FieldProblem("minutes", "support.minutes_required"))
    elif not 1 <= data.minutes <= MAX_MINUTES:
        problems.append(FieldProblem("minutes", "support.minutes_range",
                                     {"max": MAX_MINUTES}))
    if data.held_on > date.today():
        problems.append(FieldProblem("held_on", "support.held_on_future",
                                     {"date": format_date(data.held_on)}))
    if not data.topic.strip():
        problems.append(FieldProblem("topic", "support.topic_required"))
    elif len(data.topic.strip()) > MAX_TOPIC:
        problems.append(FieldProblem("topic", "support.topic_too_long", {"max": MAX_TOPIC}))
    if len(data.confidential_notes) > MAX_NOTES:
        problems.append(FieldProblem("confidential_notes", "support.notes_too_long",
                                     {"max": MAX_NOTES}))
    if data.plan_id is not None:
        owner = session.scalar(select(SupportPlan.student_id)
                               .where(SupportPlan.id == data.plan_id))
        if owner != data.student_id:
            problems.append(FieldProblem("plan_id", "support.plan_other_student"))
    return problems


def _check(session: Session, data: ConsultationInput) -> None:
    problems = _problems(session, data)
    if problems:
        raise ValidationError(problems)


def _fill(c: Consultation, data: ConsultationInput) -> None:
    c.plan_id, c.held_on, c.minutes, c.kind = data.plan_id, data.held_on, data.minutes, data.kind
    c.topic, c.attended = data.topic.strip(), data.attended
    c.confidential_notes = data.confidential_notes.strip()


def notes_shared(session: Session) -> bool:
    """The school's policy: confidential notes for every support specialist (True) or only
    for their author and specialists of the note's type (False, the default)."""
    return bool(session.scalar(select(School.notes_shared_with_support).limit(1)))


def consultation_view(c: Consultation, staff_name: str, actor: Actor,
                      shared: bool = False) -> ConsultationView:
    """A consultation as `actor` may read it: the notes only for its author and for support
    staff of its specialist type — of any type when the school shares them (`shared`)."""
    sees_notes = c.staff_id == actor.user_id or (
        can(actor, Permission.CONFIDENTIAL_NOTES) and actor.specialist_type is not None
        and (shared or actor.specialist_type == c.specialist_type))
    return ConsultationView(
        c.id, c.student_id, c.plan_id, c.staff_id, staff_name, c.specialist_type, c.held_on,
        c.minutes, c.kind, c.topic, c.attended, c.confidential_notes if sees_notes else None)


def _audit_details(c: Consultation) -> dict[str, object]:
    """What the audit keeps of a consultation: never the topic or the notes."""
    return {"held_on": c.held_on.isoformat(), "minutes": c.minutes, "kind": c.kind.value,
            "attended": c.attended, "plan_id": str(c.plan_id) if c.plan_id else ""}


def log_consultation(store: Store, actor: Actor, data: ConsultationInput) -> ConsultationView:
    """Support staff log a consultation with a pupil assigned to them."""
    require(actor, Permission.CONSULTATION_LOG)
    with store.write() as s:
        student = require_student(s, actor, data.student_id)
        assigned = select(SupportAssignment.user_id).where(
            SupportAssignment.student_id == student.id,
            SupportAssignment.user_id == actor.user_id)
        if s.scalar(assigned) is None:
            raise PermissionDenied("support.not_assigned", student=student.full_name)
        user = s.get(User, actor.user_id)
        if user is None or user.specialist_type is None:
            raise Conflict("support.no_specialist_type")
        _check(s, data)
        c = Consultation(student_id=student.id, staff_id=user.id,
                         specialist_type=user.specialist_type, held_on=data.held_on,
                         minutes=data.minutes)
        _fill(c, data)
        s.add(c)
        s.flush()
        audit.record(s, actor, "consultation.log", "consultation", c.id,
                     student_id=student.id, **_audit_details(c))
        return consultation_view(c, user.full_name, actor)


def update_consultation(store: Store, actor: Actor, consultation_id: uuid.UUID,
                        data: ConsultationInput) -> ConsultationView:
    """Only the consultation's author may correct it; the pupil cannot change."""
    require(actor, Permission.CONSULTATION_LOG)
    with store.write() as s:
        c = s.get(Consultation, consultation_id)
        if c is None:
            raise NotFound("support.consultation_not_found")
        try:
            require_student(s, actor, c.student_id)
        except NotFound:
            raise NotFound("support.consultation_not_found") from None
        if c.staff_id != actor.user_id:
            raise PermissionDenied("support.consultation_not_author")
        if data.student_id != c.student_id:
            raise ValidationError(FieldProblem("student_id", "support.student_fixed"))
        _check(s, data)
        _fill(c, data)
        s.flush()
        audit.record(s, actor, "consultation.update", "consultation", c.id,
                     student_id=c.student_id, **_audit_details(c))
        return consultation_view(c, actor.full_name, actor)


def list_consultations(store: Store, actor: Actor,
                       student_id: uuid.UUID) -> list[ConsultationView]:
    """A pupil's consultations, newest first; the notes only for their author and support
    staff of the same specialist type (of any type where the school shares them). Notes
    shown are recorded as read in the audit trail."""
    require(actor, Permission.CONSULTATION_VIEW)
    with store.read() as s:
        require_student(s, actor, student_id)
        rows = s.execute(
            select(Consultation, User.full_name)
            .join(User, User.id == Consultation.staff_id)
            .where(Consultation.student_id == student_id)
            .order_by(Consultation.held_on.desc(), Consultation.created_at.desc()))
        shared = notes_shared(s)
        views = [consultation_view(c, name, actor, shared) for c, name in rows]
    read = [v for v in views if v.confidential_notes]
    if read:
        with store.write() as s:
            audit.record(s, actor, "consultation.notes_read", "student", student_id,
                         student_id=student_id, count=len(read),
                         others=sum(1 for v in read if v.staff_id != actor.user_id))
    return views
