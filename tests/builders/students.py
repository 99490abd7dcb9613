"""Shared by several test modules: MOTHER, audit_actions, snapshot,
student."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from app.models import AuditEntry, Guardian, OutboxChange, Student, SupportAssignment
from app.services.core.store import Store
from app.services.students.registry import (
    GuardianInput,
    StudentInput,
)
from tests.builders.school import SchoolFixture

MOTHER = GuardianInput("Inese Bērziņa", "māte", "+371 29 123 456", "inese@example.lv")


def student(school: SchoolFixture, cls: str = "5.a", **changes: Any) -> StudentInput:
    values: dict[str, Any] = {
        "first_name": "Krišjānis", "last_name": "Bērziņš", "class_id": school.class_ids[cls],
        "personal_code": None, "birth_date": None, "guardians": [MOTHER],
    }
    values.update(changes)
    return StudentInput(**values)


def snapshot(store: Store) -> dict[str, Any]:
    """Everything a refused write must leave as it was."""
    with store.read() as s:
        return {
            "students": sorted(
                (x.id, x.first_name, x.last_name, x.personal_code, x.birth_date, x.class_id,
                 x.status, x.status_changed_on, x.status_note)
                for x in s.scalars(select(Student))),
            "guardians": sorted((g.id, g.student_id, g.full_name, g.relation, g.phone, g.email)
                                for g in s.scalars(select(Guardian))),
            "assignments": sorted((a.student_id, a.user_id)
                                  for a in s.scalars(select(SupportAssignment))),
            "audit": s.scalar(select(func.count()).select_from(AuditEntry)),
            "outbox": s.scalar(select(func.count()).select_from(OutboxChange)),
        }


def audit_actions(store: Store, student_id: uuid.UUID) -> list[str]:
    with store.read() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.student_id == student_id)
                              .order_by(AuditEntry.seq)))
