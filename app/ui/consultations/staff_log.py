"""What the Consultations screen shows, gathered from the services (Qt-free).

A support staff member's assigned pupils and the consultations they logged themselves in
one semester, with the hours per pupil. Runs on the database worker thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.models.enums import Role
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.school.calendar import SemesterInfo
from app.services.students.query import list_students
from app.services.support.consultations import ConsultationView, list_consultations
from app.services.support.staff_assignment import list_assigned_staff


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
    """The actor's assigned pupils (Latvian name order) and own consultations this semester."""
    students = list_students(store, actor)
    if actor.has(Role.TEACHER):  # a teacher who is also support staff sees a class too
        students = [p for p in students if any(
            a.user_id == actor.user_id for a in list_assigned_staff(store, actor, p.id))]
    rows: list[StudentHours] = []
    own: list[ConsultationView] = []
    for student in students:
        mine = [c for c in list_consultations(store, actor, student.id)
                if c.staff_id == actor.user_id
                and semester.starts_on <= c.held_on <= semester.ends_on]
        own += mine
        rows.append(StudentHours(
            student.id, student.full_name, student.class_name, len(mine),
            sum(c.minutes for c in mine if c.attended),
            sum(c.minutes for c in mine if not c.attended)))
    own.sort(key=lambda c: c.held_on, reverse=True)
    return StaffLog(tuple(rows), tuple(own))
