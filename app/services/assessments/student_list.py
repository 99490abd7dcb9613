"""The pupils list: one row per visible pupil with class, risk levels and plan status."""

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
