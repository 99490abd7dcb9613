"""A pupil's latest imported indicators, for starting an assessment with them filled in:
the attendance, the marks and the conduct notes of the latest period of each kind (None
where that kind was never imported for the pupil)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, require_student
from app.services.core.store import Store
from app.services.early_warning.candidates import PeriodFigures
from app.services.early_warning.marks_conduct import (
    ConductPeriod,
    MarkPeriod,
    conduct_periods,
    mark_periods,
)
from app.services.early_warning.screening import attendance_periods


@dataclass(frozen=True)
class LatestIndicators:
    attendance: PeriodFigures | None
    marks: MarkPeriod | None
    conduct: ConductPeriod | None

    @property
    def any(self) -> bool:
        return any(x is not None for x in (self.attendance, self.marks, self.conduct))


def latest_attendance(store: Store, actor: Actor,
                      student_id: uuid.UUID) -> PeriodFigures | None:
    """The pupil's latest imported attendance (None: none imported). `NotFound` for a pupil
    the person may not see."""
    return latest_indicators(store, actor, student_id).attendance


def latest_indicators(store: Store, actor: Actor, student_id: uuid.UUID) -> LatestIndicators:
    """`NotFound` for a pupil the person may not see; who may assess may read them."""
    require(actor, Permission.ASSESSMENT_EDIT)
    with store.read() as s:
        require_student(s, actor, student_id)
        return latest_in(s, student_id)


def latest_in(session: Session, student_id: uuid.UUID) -> LatestIndicators:
    attendance = attendance_periods(session, [student_id]).get(student_id)
    marks = mark_periods(session, [student_id]).get(student_id)
    conduct = conduct_periods(session, [student_id]).get(student_id)
    return LatestIndicators(attendance[0] if attendance else None,
                            marks[0] if marks else None, conduct[0] if conduct else None)
