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
class PupilHours:
    student_id: uuid.UUID
    full_name: str
    class_name: str
    consultations: int
    attended_minutes: int
    missed_minutes: int


@dataclass(frozen=True)
class StaffLog:
    pupils: tuple[PupilHours, ...]
    consultations: tuple[ConsultationView, ...]  # own, in the semester, newest first

    @property
    def attended_minutes(self) -> int:
        return sum(p.attended_minutes for p in self.pupils)

    def pupil_names(self) -> dict[uuid.UUID, str]:
        return {p.student_id: p.full_name for p in self.pupils}


def staff_log(store: Store, actor: Actor, semester: SemesterInfo) -> StaffLog:
    """The actor's assigned pupils (Latvian name order) and own consultations this semester."""
    pupils = list_students(store, actor)
    if actor.has(Role.TEACHER):  # a teacher who is also support staff sees a class too
        pupils = [p for p in pupils if any(
            a.user_id == actor.user_id for a in list_assigned_staff(store, actor, p.id))]
    rows: list[PupilHours] = []
    own: list[ConsultationView] = []
    for pupil in pupils:
        mine = [c for c in list_consultations(store, actor, pupil.id)
                if c.staff_id == actor.user_id
                and semester.starts_on <= c.held_on <= semester.ends_on]
        own += mine
        rows.append(PupilHours(
            pupil.id, pupil.full_name, pupil.class_name, len(mine),
            sum(c.minutes for c in mine if c.attended),
            sum(c.minutes for c in mine if not c.attended)))
    own.sort(key=lambda c: c.held_on, reverse=True)
    return StaffLog(tuple(rows), tuple(own))
