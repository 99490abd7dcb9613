"""The semester report's early-warning figures: of the visible active pupils, how many were
screened (figures imported for a period inside the semester), how many of them were
candidates (a level at `FLAG_FROM` or above, by the screening's rules, from the latest
period of each kind inside the semester), and of the candidates how many were assessed in the
semester and how many were taken into the programme (a support plan of the semester,
approved or closed)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.models import RiskAssessment, Semester, Student, SupportPlan
from app.models.enums import PlanStatus, StudentStatus
from app.services.catalogue.thresholds import thresholds_for
from app.services.early_warning.candidates import PeriodFigures
from app.services.early_warning.marks_conduct import (
    ConductPeriod,
    MarkPeriod,
    conduct_periods,
    mark_periods,
)
from app.services.early_warning.screening import attendance_periods, candidate

TAKEN_IN = (PlanStatus.APPROVED, PlanStatus.CLOSED)
P = TypeVar("P", PeriodFigures, MarkPeriod, ConductPeriod)


@dataclass(frozen=True)
class ScreeningCounts:
    screened: int  # pupils with indicators imported for a period of the semester
    candidates: int
    assessed: int  # candidates assessed in the semester
    taken_in: int  # candidates with an approved (or closed) plan of the semester


def _inside(periods: dict[uuid.UUID, list[P]], sem: Semester) -> dict[uuid.UUID, list[P]]:
    return {sid: [p for p in found if sem.starts_on <= p.starts_on <= sem.ends_on]
            for sid, found in periods.items()}


def screening_counts(s: Session, semester_id: uuid.UUID,
                     visible: ColumnElement[bool]) -> ScreeningCounts:
    sem = s.get(Semester, semester_id)
    if sem is None:
        return ScreeningCounts(0, 0, 0, 0)
    th = thresholds_for(s, sem.school_year_id)
    ids = list(s.scalars(select(Student.id).where(Student.status == StudentStatus.ACTIVE,
                                                  visible)))
    attendance = _inside(attendance_periods(s, ids), sem)
    marks = _inside(mark_periods(s, ids), sem)
    conduct = _inside(conduct_periods(s, ids), sem)
    screened = ({sid for sid, f in attendance.items() if f} | {sid for sid, f in marks.items() if f}
                | {sid for sid, f in conduct.items() if f})
    flagged = {sid for sid in screened if candidate(
        sid, "", "", attendance.get(sid, []), marks.get(sid, []), conduct.get(sid, []),
        th) is not None}
    assessed = set(s.scalars(select(RiskAssessment.student_id).where(
        RiskAssessment.semester_id == semester_id)))
    taken = set(s.scalars(select(SupportPlan.student_id).where(
        SupportPlan.semester_id == semester_id, SupportPlan.status.in_(TAKEN_IN))))
    return ScreeningCounts(len(screened), len(flagged), len(flagged & assessed),
                           len(flagged & taken))
