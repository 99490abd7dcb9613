"""Screening: the pupils whose imported attendance crosses a threshold and who have no
assessment this semester — the candidates for one.

Rules (plain, so a teacher can check them by hand):
- A pupil's figures are those of the latest period imported for them (by its first day);
  the previous period is the one before it of the same kind (month or semester).
- The thresholds are the school year's ABC thresholds (`catalogue.thresholds`):
  absence % (justified and unjustified lessons over the lessons) ≥ 5 = caution (MEDIUM),
  ≥ 10 = HIGH; unjustified lessons at the year's steps (defaults 10 = MEDIUM, 20 = HIGH).
- A pupil is a candidate when either level is MEDIUM or higher (`FLAG_FROM`): a single
  unjustified lesson is not a reason to screen. A figure missing from the file gives no
  level (None) and reads "nav datu" / "N/A", never 0.
- Only active pupils the person may see (`rbac.visible_students`: the coordinator the whole
  school, a class teacher their classes), and only those without an assessment in the
  semester. Nothing but the imported figures is looked at.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import select

from app.models import AttendanceFigure, IndicatorImport, RiskAssessment, SchoolClass, Student
from app.models.enums import RiskLevel, StudentStatus
from app.services.assessments.levels import absence_level
from app.services.assessments.overview import latvian_sort_key
from app.services.catalogue.thresholds import AbcThresholds, year_thresholds
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, require_student, visible_students
from app.services.core.store import Store
from app.services.early_warning.candidates import (
    Candidate,
    Direction,
    PeriodFigures,
    Screening,
)
from app.services.early_warning.reasons import reason_text, trend_text
from app.services.indicators import Figures
from app.services.school.calendar import SemesterInfo, current_semester

FLAG_FROM = RiskLevel.MEDIUM


def levels(f: PeriodFigures, th: AbcThresholds) -> tuple[RiskLevel | None, RiskLevel | None]:
    """(absence level, unjustified level); None where the figure is missing."""
    absence = None if f.absence_pct is None else absence_level(f.absence_pct, th)
    unjustified = None
    if f.unjustified is not None:
        n = f.unjustified
        unjustified = next((lvl for at_least, lvl in th.steps(th.unjustified) if n >= at_least),
                           RiskLevel.NONE)
    return absence, unjustified


def _top(*found: RiskLevel | None) -> RiskLevel:
    return max((x for x in found if x is not None), default=RiskLevel.NONE)


def direction(latest: PeriodFigures, previous: PeriodFigures | None,
              th: AbcThresholds) -> Direction:
    """Worse or better by the level, else by the absence % (or the unjustified lessons)."""
    if previous is None:
        return Direction.UNKNOWN
    now, before = _top(*levels(latest, th)), _top(*levels(previous, th))
    if now != before:
        return Direction.WORSE if now > before else Direction.BETTER
    for a, b in ((latest.absence_pct, previous.absence_pct),
                 (latest.unjustified, previous.unjustified)):
        if a is not None and b is not None and a != b:
            return Direction.WORSE if a > b else Direction.BETTER
    return Direction.SAME


def periods_of(store: Store, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[PeriodFigures]]:
    """Every imported period of these pupils, the latest first."""
    out: dict[uuid.UUID, list[PeriodFigures]] = defaultdict(list)
    query = (select(AttendanceFigure, IndicatorImport)
             .join(IndicatorImport, IndicatorImport.id == AttendanceFigure.import_id)
             .where(AttendanceFigure.student_id.in_(ids))
             .order_by(IndicatorImport.starts_on.desc()))
    with store.read() as s:
        for f, imp in s.execute(query):
            pct = Figures(f.lessons, f.justified, f.unjustified, f.late).absence_pct
            out[f.student_id].append(PeriodFigures(
                imp.period, imp.period_kind, imp.starts_on, f.lessons, f.justified,
                f.unjustified, f.late, pct, imp.source_name, imp.imported_at))
    return out


def screen(store: Store, actor: Actor, semester: SemesterInfo | None = None,
           today: date | None = None) -> Screening:
    """The candidates among the pupils `actor` may see (see the module docstring). Who may
    assess may screen: class teachers and the coordinator (`Permission.ASSESSMENT_EDIT`)."""
    require(actor, Permission.ASSESSMENT_EDIT)
    sem = semester or current_semester(store, today)
    th = year_thresholds(store, sem.school_year)
    assessed = select(RiskAssessment.student_id).where(RiskAssessment.semester_id == sem.id)
    query = (select(Student.id, Student.first_name, Student.last_name, SchoolClass.name)
             .join(SchoolClass, SchoolClass.id == Student.class_id)
             .where(Student.status == StudentStatus.ACTIVE, visible_students(actor),
                    Student.id.not_in(assessed)))
    with store.read() as s:
        pupils = s.execute(query).all()
    periods = periods_of(store, [p[0] for p in pupils])
    found = []
    for sid, first, last, class_name in pupils:
        mine = periods.get(sid)
        if not mine:
            continue
        latest = mine[0]
        previous = next((p for p in mine[1:] if p.period_kind == latest.period_kind), None)
        absence, unjustified = levels(latest, th)
        level = _top(absence, unjustified)
        if level < FLAG_FROM:
            continue
        way = direction(latest, previous, th)
        found.append(((-level, latvian_sort_key(class_name), latvian_sort_key(last),
                       latvian_sort_key(first)), Candidate(
            sid, f"{first} {last}", class_name, level, absence, unjustified, latest,
            previous, way, reason_text(latest, "lv"), reason_text(latest, "en"),
            trend_text(way, previous, "lv"), trend_text(way, previous, "en"))))
    found.sort(key=lambda pair: pair[0])
    return Screening(sem.label, tuple(c for _, c in found), len(pupils))


def latest_attendance(store: Store, actor: Actor,
                      student_id: uuid.UUID) -> PeriodFigures | None:
    """The pupil's latest imported attendance (None: none imported), for starting an
    assessment with it filled in. `NotFound` for a pupil the person may not see."""
    require(actor, Permission.ASSESSMENT_EDIT)
    with store.read() as s:
        require_student(s, actor, student_id)
    mine = periods_of(store, [student_id]).get(student_id)
    return mine[0] if mine else None
