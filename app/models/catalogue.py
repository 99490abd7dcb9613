"""The catalogue: risk signs per category and support measure types with rates and caps.

Loaded from `resources/catalogue/<school year>.json` and versioned by school year; the
coordinator may edit rates, wording and thresholds later and add or retire entries
(`retired`: kept for what used it, no longer offered). Nothing of it is hard-coded in code.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin
from app.models.enums import MeasureUnit, RiskCategory, SpecialistType


class RiskSign(IdMixin, Base):
    __tablename__ = "risk_sign"
    __table_args__ = (UniqueConstraint("school_year_id", "code"),)

    school_year_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_year.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    category: Mapped[RiskCategory]
    name_lv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())


class MeasureType(IdMixin, Base):
    """A kind of support measure. HOURS: rate per hour; EURO: compensation up to a cap."""

    __tablename__ = "measure_type"
    __table_args__ = (UniqueConstraint("school_year_id", "code"),)

    school_year_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_year.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    unit: Mapped[MeasureUnit]
    name_lv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    specialist_type: Mapped[SpecialistType | None]
    rate_cents: Mapped[int] = mapped_column(default=0)  # per hour, for HOURS
    cap_cents: Mapped[int | None]  # per pupil and semester, where the regulation sets one
    sort_order: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())
