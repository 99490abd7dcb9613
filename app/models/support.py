"""What was delivered: consultations by support staff and expenses (compensations)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, Syncable, TimestampMixin
from app.models.enums import ConsultationKind, SpecialistType


class Consultation(IdMixin, TimestampMixin, Syncable, Base):
    __tablename__ = "consultation"
    __sync_entity__ = "consultation"

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("support_plan.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), index=True)
    specialist_type: Mapped[SpecialistType]
    held_on: Mapped[date]
    minutes: Mapped[int]
    kind: Mapped[ConsultationKind] = mapped_column(default=ConsultationKind.INDIVIDUAL)
    topic: Mapped[str] = mapped_column(String(300), default="")
    attended: Mapped[bool] = mapped_column(default=True)
    # Visible only to support staff and the author; never leaves the school.
    confidential_notes: Mapped[str] = mapped_column(Text, default="")


class Expense(IdMixin, TimestampMixin, Syncable, Base):
    __tablename__ = "expense"
    __sync_entity__ = "expense"

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("support_plan.id"), index=True)
    measure_type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("measure_type.id"))
    spent_on: Mapped[date]
    amount_cents: Mapped[int]
    description: Mapped[str] = mapped_column(String(300), default="")
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
