"""A pupil's attendance over the imported periods, oldest first, for the card's chart: the
lessons missed with and without a reason per month or semester, as the e-journal gave them
(None where the file had no figure — the chart leaves a gap, never draws a zero)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.models.indicators import AttendanceFigure, IndicatorImport
from app.services.core import rbac
from app.services.core.actor import Actor
from app.services.core.store import Store


@dataclass(frozen=True)
class PeriodAttendance:
    period: str  # "2026-10" or "2026/2027-1"
    starts_on: date
    lessons: int | None
    justified: int | None
    unjustified: int | None


def attendance_history(store: Store, actor: Actor,
                       student_id: uuid.UUID) -> tuple[PeriodAttendance, ...]:
    rbac.require(actor, rbac.Permission.STUDENT_VIEW)
    with store.read() as s:
        rbac.require_student(s, actor, student_id)
        rows = s.execute(select(IndicatorImport, AttendanceFigure)
                         .join(AttendanceFigure, AttendanceFigure.import_id == IndicatorImport.id)
                         .where(AttendanceFigure.student_id == student_id,
                                IndicatorImport.kind == "attendance")
                         .order_by(IndicatorImport.starts_on, IndicatorImport.ends_on)).all()
        return tuple(PeriodAttendance(i.period, i.starts_on, f.lessons, f.justified,
                                      f.unjustified) for i, f in rows)
