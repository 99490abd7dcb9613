"""The school's retention rules: how many years after a pupil's time in the programme each
kind of their data is kept (`app.services.retention.rules` holds the defaults and why)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class RetentionRule(Base):
    """One kind of data ("records", "attachments", "consultation_notes") and its years.

    A kind without a row keeps the programme's default; the admin's change is a row with
    the reason they gave (also in the audit trail)."""

    __tablename__ = "retention_rule"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    years: Mapped[int]
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
