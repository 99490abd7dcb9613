"""Risk assessments: findings per risk sign and the ABC early-warning indicators."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, Syncable, TimestampMixin
from app.models.enums import Severity


class RiskAssessment(IdMixin, TimestampMixin, Syncable, Base):
    __tablename__ = "risk_assessment"
    __sync_entity__ = "risk_assessment"

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    semester_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("semester.id"), index=True)
    assessed_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    assessed_on: Mapped[date]
    # ABC indicators: attendance, behaviour, course performance
    absence_pct: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    unjustified_lessons: Mapped[int] = mapped_column(default=0)
    failing_marks: Mapped[int] = mapped_column(default=0)
    failing_subjects: Mapped[str] = mapped_column(String(300), default="")  # comma separated
    conduct_incidents: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[list[RiskFinding]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )


class RiskFinding(IdMixin, Syncable, Base):
    __tablename__ = "risk_finding"
    __sync_entity__ = "risk_finding"

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("risk_assessment.id"), index=True
    )
    risk_sign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_sign.id"))
    severity: Mapped[Severity]
    note: Mapped[str] = mapped_column(String(1000), default="")
    assessment: Mapped[RiskAssessment] = relationship(back_populates="findings")
