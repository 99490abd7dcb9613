"""The parent's application for a plan and the semester-end evaluation."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, Syncable, TimestampMixin
from app.models.enums import EvaluationOutcome, Recommendation, RiskCategory


class ParentApplication(IdMixin, TimestampMixin, Syncable, Base):
    """The parent's (or adult pupil's) signed application: date and optional scanned copy."""

    __tablename__ = "parent_application"
    __sync_entity__ = "parent_application"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_plan.id"), unique=True)
    applicant_name: Mapped[str] = mapped_column(String(120))
    received_on: Mapped[date]
    attachment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attachment.id"))


class PlanEvaluation(IdMixin, TimestampMixin, Syncable, Base):
    __tablename__ = "plan_evaluation"
    __sync_entity__ = "plan_evaluation"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_plan.id"), unique=True)
    evaluated_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    evaluated_on: Mapped[date]
    narrative: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[Recommendation]


class RiskOutcome(IdMixin, Syncable, Base):
    """The evaluation's verdict on one risk category: reduced, unchanged or increased."""

    __tablename__ = "risk_outcome"
    __sync_entity__ = "risk_outcome"
    __table_args__ = (UniqueConstraint("evaluation_id", "category"),)

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_evaluation.id"), index=True
    )
    category: Mapped[RiskCategory]
    outcome: Mapped[EvaluationOutcome]
    note: Mapped[str] = mapped_column(String(500), default="")
