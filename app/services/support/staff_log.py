"""What the Consultations screen shows: a support staff member's assigned pupils and the
consultations they logged themselves in one semester, with the hours per pupil.

The pupils come from one query, their consultations (and, for a teacher who is also support
staff, the assignments) from one more session, whatever the number of pupils.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.models import Consultation, SupportAssignment, User
from app.models.enums import Role
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.school.calendar import SemesterInfo
from app.services.students.query import list_students
from app.services.support.consultations import ConsultationView, consultation_view


@dataclass(frozen=True)
class StudentHours:
    student_id: uuid.UUID
    full_name: str
    class_name: str
    consultations: int
    attended_minutes: int
    missed_minutes: int


@dataclass(frozen=True)
class StaffLog:
    students: tuple[StudentHours, ...]
    consultations: tuple[ConsultationView, ...]  # own, in the semester, newest first

    @property
    def attended_minutes(self) -> int:
        return sum(p.attended_minutes for p in self.students)

    def student_names(self) -> dict[uuid.UUID, str]:
        return {p.student_id: p.full_name for p in self.students}


def staff_log(store: Store, actor: Actor, semester: SemesterInfo) -> StaffLog:
    """The actor's assigned pupils (Latvian name order) and own consultations this semester
    (newest day first; on the same day in the pupils' order, then the latest logged first)."""
    students = list_students(store, actor)
    with store.read() as s:
        # a teacher who is also support staff sees a class too: keep the assigned pupils
        if students and actor.has(Role.TEACHER):
            assigned = set(s.scalars(select(SupportAssignment.student_id).where(
                SupportAssignment.user_id == actor.user_id,
                SupportAssignment.student_id.in_([p.id for p in students]))))
            students = [p for p in students if p.id in assigned]
        if not students:
            return StaffLog((), ())
        require(actor, Permission.CONSULTATION_VIEW)
        ids = [p.id for p in students]
        rows = s.execute(
            select(Consultation, User.full_name)
            .join(User, User.id == Consultation.staff_id)
            .where(Consultation.student_id.in_(ids), Consultation.staff_id == actor.user_id,
                   Consultation.held_on >= semester.starts_on,
                   Consultation.held_on <= semester.ends_on)
            .order_by(Consultation.held_on.desc(), Consultation.created_at.desc())).all()
        own = [consultation_view(c, name, actor) for c, name in rows]
    place = {sid: n for n, sid in enumerate(ids)}
    own.sort(key=lambda c: (-c.held_on.toordinal(), place[c.student_id]))
    by_student: dict[uuid.UUID, list[ConsultationView]] = {sid: [] for sid in ids}
    for c in own:
        by_student[c.student_id].append(c)
    rows_out = tuple(StudentHours(
        p.id, p.full_name, p.class_name, len(by_student[p.id]),
        sum(c.minutes for c in by_student[p.id] if c.attended),
        sum(c.minutes for c in by_student[p.id] if not c.attended)) for p in students)
    return StaffLog(rows_out, tuple(own))
