"""Individual support plans (IAP): the plan, its versions, goals, measures, review dates.

A `SupportPlan` belongs to one pupil and one semester. Its content lives in `PlanVersion`s:
a version is edited while DRAFT or RETURNED; once APPROVED it is read-only and a change makes
a new version. Evaluation and the parent's application are in `plan_evaluation.py`.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, Syncable, TimestampMixin
from app.models.enums import PlanStatus


class SupportPlan(IdMixin, TimestampMixin, Syncable, Base):
    __tablename__ = "support_plan"
    __sync_entity__ = "support_plan"
    __table_args__ = (UniqueConstraint("student_id", "semester_id"),)

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    semester_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("semester.id"), index=True)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), index=True)
    assessment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("risk_assessment.id"))
    status: Mapped[PlanStatus] = mapped_column(default=PlanStatus.DRAFT, index=True)
    current_version: Mapped[int] = mapped_column(default=1)
    versions: Mapped[list[PlanVersion]] = relationship(
        back_populates="plan", order_by="PlanVersion.number", cascade="all, delete-orphan"
    )


class PlanVersion(IdMixin, TimestampMixin, Syncable, Base):
    __tablename__ = "plan_version"
    __sync_entity__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_plan.id"), index=True)
    number: Mapped[int]
    status: Mapped[PlanStatus] = mapped_column(default=PlanStatus.DRAFT)
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None]
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime | None]
    decision_comment: Mapped[str] = mapped_column(Text, default="")
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    signer_fingerprint: Mapped[str | None] = mapped_column(String(80))
    # At approval: the risk findings and the parent's application as the director saw them
    # (canonical JSON). They live outside the version, so the version keeps its own copy,
    # covered by the signature (`app.services.approvals.signed_content`).
    approved_context: Mapped[str | None] = mapped_column(Text)
    plan: Mapped[SupportPlan] = relationship(back_populates="versions")
    goals: Mapped[list[PlanGoal]] = relationship(
        order_by="PlanGoal.sort_order", cascade="all, delete-orphan"
    )
    measures: Mapped[list[SupportMeasure]] = relationship(
        order_by="SupportMeasure.sort_order", cascade="all, delete-orphan"
    )
    review_dates: Mapped[list[PlanReviewDate]] = relationship(
        order_by="PlanReviewDate.review_on", cascade="all, delete-orphan"
    )


class PlanGoal(IdMixin, Syncable, Base):
    __tablename__ = "plan_goal"
    __sync_entity__ = "plan_goal"

    version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_version.id"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)


class SupportMeasure(IdMixin, Syncable, Base):
    """One planned measure. HOURS measures plan minutes; EURO measures plan cents.

    `rate_cents` is copied from the catalogue when the measure is planned, so a later rate
    change does not rewrite an approved plan; `cost_cents` is computed by the service.
    """

    __tablename__ = "support_measure"
    __sync_entity__ = "support_measure"

    version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_version.id"), index=True)
    measure_type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("measure_type.id"))
    sort_order: Mapped[int] = mapped_column(default=0)
    provider_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    provider_name: Mapped[str] = mapped_column(String(120), default="")
    subject: Mapped[str] = mapped_column(String(80), default="")  # for subject-teacher hours
    planned_minutes: Mapped[int] = mapped_column(default=0)
    planned_cents: Mapped[int] = mapped_column(default=0)
    rate_cents: Mapped[int] = mapped_column(default=0)
    cost_cents: Mapped[int] = mapped_column(default=0)
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]


class PlanReviewDate(IdMixin, Syncable, Base):
    __tablename__ = "plan_review_date"
    __sync_entity__ = "plan_review_date"

    version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_version.id"), index=True)
    review_on: Mapped[date]
    done: Mapped[bool] = mapped_column(default=False)
