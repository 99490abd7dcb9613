"""The pupils list: one row per visible pupil with class, risk levels and plan status.

`student_list` has the semester's pupils; `student_rows` adds the pupils who left, so the
Pupils screen's status filter can show them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.models import Student, SupportPlan
from app.models.enums import PlanStatus, RiskCategory, RiskLevel, StudentStatus
from app.services.assessments.overview import risk_overview
from app.services.core import rbac
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.school.classes import ClassInfo
from app.services.students.query import list_students


@dataclass(frozen=True)
class StudentListRow:
    student_id: uuid.UUID
    first_name: str
    last_name: str
    class_name: str
    status: StudentStatus
    levels: dict[RiskCategory, RiskLevel]
    overall: RiskLevel
    plan_status: PlanStatus | None
    indicator_level: RiskLevel | None = None  # from the e-journal's imports (early warning)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def student_list(store: Store, actor: Actor, semester_id: uuid.UUID) -> list[StudentListRow]:
    """Active pupils the actor may see (and pupils assessed this semester), in class order."""
    risks = risk_overview(store, actor, semester_id)
    visible = rbac.visible_students(actor)
    with store.read() as s:
        people = {
            sid: (first, last, status)
            for sid, first, last, status in s.execute(
                select(Student.id, Student.first_name, Student.last_name, Student.status)
                .where(visible)
            )
        }
        plans: dict[uuid.UUID, PlanStatus] = {
            sid: status
            for sid, status in s.execute(
                select(SupportPlan.student_id, SupportPlan.status)
                .join(Student, SupportPlan.student_id == Student.id)
                .where(SupportPlan.semester_id == semester_id, visible)
            )
        }
    rows = []
    for risk in risks:
        first, last, status = people[risk.student_id]
        rows.append(StudentListRow(risk.student_id, first, last, risk.class_name, status,
                                 risk.levels, risk.overall, plans.get(risk.student_id)))
    return rows


@dataclass(frozen=True)
class StudentsData:
    """What the Pupils screen shows: the rows and the year's classes."""

    rows: list[StudentListRow]
    classes: list[ClassInfo]


def student_rows(store: Store, actor: Actor, semester_id: uuid.UUID) -> list[StudentListRow]:
    """The semester's pupils with their risk levels, and the pupils who left (no levels
    unless they were assessed this semester)."""
    rows = student_list(store, actor, semester_id)
    listed = {r.student_id for r in rows}
    none = {c: RiskLevel.NONE for c in RiskCategory}
    for s in list_students(store, actor, status=None):
        if s.status is not StudentStatus.ACTIVE and s.id not in listed:
            rows.append(StudentListRow(s.id, s.first_name, s.last_name, s.class_name, s.status,
                                       dict(none), RiskLevel.NONE, None))
    return rows
