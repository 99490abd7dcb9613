"""What is due on a day: per pupil who has left, each kind of data whose time is over, with
counts. Pupils still at school are never due; a kind already removed is not listed again."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    Attachment,
    Consultation,
    Expense,
    Guardian,
    RiskAssessment,
    SchoolClass,
    Semester,
    Student,
    SupportPlan,
)
from app.models.enums import StudentStatus
from app.services.retention.rules import DataKind, due_on, years_by_kind


@dataclass(frozen=True)
class DueItem:
    kind: DataKind
    due_on: date
    counts: dict[str, int]  # what would be removed or anonymised: table → rows

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class DuePupil:
    student_id: uuid.UUID
    name: str
    class_name: str
    ended_on: date
    items: tuple[DueItem, ...]


@dataclass(frozen=True)
class RetentionReview:
    on: date
    pupils: tuple[DuePupil, ...]

    def count(self, kind: DataKind) -> int:
        return sum(1 for p in self.pupils for i in p.items if i.kind is kind)


def ended_on(session: Session, student: Student) -> date | None:
    """The end of the pupil's time in the programme: the later of leaving and the last
    semester they had a plan or an assessment in (None while at school)."""
    if student.status is StudentStatus.ACTIVE or student.status_changed_on is None:
        return None
    last = [session.scalar(select(func.max(Semester.ends_on)).join(
        model, model.semester_id == Semester.id).where(model.student_id == student.id))
        for model in (SupportPlan, RiskAssessment)]
    return max([student.status_changed_on, *[d for d in last if d is not None]])


def _count(session: Session, model: type, *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _records(session: Session, sid: uuid.UUID) -> dict[str, int]:
    plans = select(SupportPlan.id).where(SupportPlan.student_id == sid)
    return {"student": 1, "guardian": _count(session, Guardian, Guardian.student_id == sid),
            "risk_assessment": _count(session, RiskAssessment,
                                      RiskAssessment.student_id == sid),
            "support_plan": _count(session, SupportPlan, SupportPlan.id.in_(plans)),
            "consultation": _count(session, Consultation, Consultation.student_id == sid),
            "expense": _count(session, Expense, Expense.student_id == sid),
            "attachment": _count(session, Attachment, Attachment.student_id == sid)}


def _items(session: Session, student: Student, end: date, on: date) -> list[DueItem]:
    years = years_by_kind(session)
    sid, out = student.id, []
    for kind in DataKind:
        when = due_on(end, years[kind])
        if on < when:
            continue
        if kind is DataKind.RECORDS:
            counts = {} if student.anonymised_on else _records(session, sid)
        elif kind is DataKind.ATTACHMENTS:
            counts = {"attachment": _count(session, Attachment, Attachment.student_id == sid)}
        else:
            counts = {"consultation": _count(
                session, Consultation, Consultation.student_id == sid,
                or_(Consultation.confidential_notes != "", Consultation.topic != ""))}
        if any(counts.values()):
            out.append(DueItem(kind, when, {k: v for k, v in counts.items() if v}))
    return out


def due_pupils(session: Session, on: date) -> tuple[DuePupil, ...]:
    out = []
    rows = session.execute(
        select(Student, SchoolClass.name).join(SchoolClass, SchoolClass.id == Student.class_id)
        .where(Student.status != StudentStatus.ACTIVE)
        .order_by(Student.last_name, Student.first_name, Student.id))
    for student, class_name in rows:
        end = ended_on(session, student)
        if end is None:
            continue
        items = _items(session, student, end, on)
        if items:
            out.append(DuePupil(student.id, student.full_name, class_name, end, tuple(items)))
    return tuple(out)
