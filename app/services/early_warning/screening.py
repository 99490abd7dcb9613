"""Screening: the pupils whose imported attendance crosses a threshold and who have no
assessment this semester — the candidates for one.

Rules (plain, so a teacher can check them by hand):
- A pupil's figures are those of the latest period imported for them (by its first day);
  the previous period is the one before it of the same kind (month or semester).
- The thresholds are the school year's ABC thresholds (`catalogue.thresholds`):
  absence % (justified and unjustified lessons over the lessons) ≥ 5 = caution (MEDIUM),
  ≥ 10 = HIGH; unjustified lessons at the year's steps (defaults 10 = MEDIUM, 20 = HIGH).
- Marks: the failing marks (below 4, "neieskaitīts", "ni"; in every subject, as the
  thresholds name no core subjects) of the latest marks period at the year's failing steps
  (defaults 1 = LOW, 2 = MEDIUM, 4 = HIGH); when the average of the numeric marks fell by
  `FALLING_BY` (1 point) or more against the previous marks period of the same kind, that
  level goes one step up (NONE → LOW → MEDIUM → HIGH).
- Conduct: the notes of the latest conduct period at the year's conduct steps (defaults
  2 = LOW, 3 = MEDIUM, 5 = HIGH).
- A pupil is a candidate when any level is MEDIUM or higher (`FLAG_FROM`): a single
  unjustified lesson is not a reason to screen. A kind not imported for the pupil (or a
  figure missing from the file) gives no level (None) and reads "nav datu" / "N/A", never 0.
- Only active pupils the person may see (`rbac.visible_students`: the coordinator the whole
  school, a class teacher their classes), and only those without an assessment in the
  semester. Nothing but the imported figures is looked at.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AttendanceFigure, IndicatorImport, RiskAssessment, SchoolClass, Student
from app.models.enums import RiskLevel, StudentStatus
from app.services.assessments.levels import absence_level
from app.services.assessments.overview import latvian_sort_key
from app.services.catalogue.thresholds import AbcThresholds, year_thresholds
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, visible_students
from app.services.core.store import Store
from app.services.early_warning.candidates import (
    Candidate,
    Direction,
    PeriodFigures,
    Screening,
)
from app.services.early_warning.marks_conduct import (
    ConductPeriod,
    MarkPeriod,
    conduct_periods,
    mark_periods,
)
from app.services.early_warning.reasons import reason_text, trend_text
from app.services.indicators import Figures
from app.services.school.calendar import SemesterInfo, current_semester

FLAG_FROM = RiskLevel.MEDIUM
FALLING_BY = Decimal("1")  # a fall of the average mark by this much counts as falling


def levels(f: PeriodFigures, th: AbcThresholds) -> tuple[RiskLevel | None, RiskLevel | None]:
    """(absence level, unjustified level); None where the figure is missing."""
    absence = None if f.absence_pct is None else absence_level(f.absence_pct, th)
    unjustified = (None if f.unjustified is None
                   else _count_level(f.unjustified, th.unjustified, th))
    return absence, unjustified


def _count_level(n: int, counts: tuple[int, int, int], th: AbcThresholds) -> RiskLevel:
    return next((lvl for at_least, lvl in th.steps(counts) if n >= at_least), RiskLevel.NONE)


def is_falling(latest: MarkPeriod, previous: MarkPeriod | None) -> bool | None:
    """Whether the average fell by `FALLING_BY` or more; None: two averages are not there."""
    if previous is None or latest.average is None or previous.average is None:
        return None
    return previous.average - latest.average >= FALLING_BY


def marks_level(latest: MarkPeriod | None, falling: bool | None,
                th: AbcThresholds) -> RiskLevel | None:
    if latest is None:
        return None
    level = _count_level(latest.failing, th.failing, th)
    return RiskLevel(min(level + 1, RiskLevel.HIGH)) if falling else level


def conduct_level(latest: ConductPeriod | None, th: AbcThresholds) -> RiskLevel | None:
    return None if latest is None else _count_level(latest.notes, th.conduct, th)


def _previous(periods: list[MarkPeriod]) -> MarkPeriod | None:
    return next((p for p in periods[1:] if p.period_kind == periods[0].period_kind), None)


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


def attendance_periods(session: Session,
                       ids: list[uuid.UUID]) -> dict[uuid.UUID, list[PeriodFigures]]:
    """Every imported attendance period of these pupils, the latest first (plain rows, not
    ORM objects, and the pupils picked here rather than by an `IN` list of thousands)."""
    imports = {i.id: i for i in session.scalars(select(IndicatorImport).where(
        IndicatorImport.kind == "attendance"))}
    wanted = set(ids)
    out: dict[uuid.UUID, list[PeriodFigures]] = defaultdict(list)
    query = select(AttendanceFigure.student_id, AttendanceFigure.import_id,
                   AttendanceFigure.lessons, AttendanceFigure.justified,
                   AttendanceFigure.unjustified, AttendanceFigure.late)
    for sid, iid, lessons, justified, unjustified, late in session.execute(query):
        if sid not in wanted:
            continue
        imp = imports[iid]
        pct = Figures(lessons, justified, unjustified, late).absence_pct
        out[sid].append(PeriodFigures(
            imp.period, imp.period_kind, imp.starts_on, lessons, justified, unjustified, late,
            pct, imp.source_name, imp.imported_at))
    for periods in out.values():
        periods.sort(key=lambda p: p.starts_on, reverse=True)
    return out


def periods_of(store: Store, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[PeriodFigures]]:
    with store.read() as s:
        return attendance_periods(s, ids)


def pupil_level(mine: list[PeriodFigures], marks: list[MarkPeriod],
                conduct: list[ConductPeriod], th: AbcThresholds) -> RiskLevel | None:
    """The highest indicator level of a pupil's latest periods; None: nothing imported."""
    if not (mine or marks or conduct):
        return None
    absence, unjustified = levels(mine[0], th) if mine else (None, None)
    falling = is_falling(marks[0], _previous(marks)) if marks else None
    return _top(absence, unjustified, marks_level(marks[0] if marks else None, falling, th),
                conduct_level(conduct[0] if conduct else None, th))


def indicator_levels(store: Store, actor: Actor,
                     school_year: str) -> dict[uuid.UUID, RiskLevel | None]:
    """Every visible active pupil's indicator level (the Pupils list's filter), by the
    screening's rules against `school_year`'s thresholds, assessed or not; None where
    nothing was imported for the pupil ("nav datu")."""
    require(actor, Permission.ASSESSMENT_EDIT)
    th = year_thresholds(store, school_year)
    with store.read() as s:
        ids = list(s.scalars(select(Student.id).where(Student.status == StudentStatus.ACTIVE,
                                                      visible_students(actor))))
        mine, marks = attendance_periods(s, ids), mark_periods(s, ids)
        conduct = conduct_periods(s, ids)
    return {sid: pupil_level(mine.get(sid, []), marks.get(sid, []), conduct.get(sid, []), th)
            for sid in ids}


def candidate(sid: uuid.UUID, name: str, class_name: str, mine: list[PeriodFigures],
               marks: list[MarkPeriod], conduct: list[ConductPeriod],
               th: AbcThresholds) -> Candidate | None:
    """The pupil as a candidate, or None when no level reaches `FLAG_FROM`."""
    latest = mine[0] if mine else None
    previous = (next((p for p in mine[1:] if p.period_kind == mine[0].period_kind), None)
                if mine else None)
    absence, unjustified = levels(latest, th) if latest else (None, None)
    last_marks = marks[0] if marks else None
    previous_marks = _previous(marks) if marks else None
    falling = is_falling(last_marks, previous_marks) if last_marks else None
    failing = marks_level(last_marks, falling, th)
    notes = conduct_level(conduct[0] if conduct else None, th)
    level = _top(absence, unjustified, failing, notes)
    if level < FLAG_FROM:
        return None
    way = direction(latest, previous, th) if latest else Direction.UNKNOWN
    last_conduct = conduct[0] if conduct else None
    reasons = [reason_text(latest, lang, marks=last_marks, previous_marks=previous_marks,
                           falling=falling, conduct=last_conduct) for lang in ("lv", "en")]
    return Candidate(sid, name, class_name, level, absence, unjustified, latest, previous, way,
                     reasons[0], reasons[1], trend_text(way, previous, "lv"),
                     trend_text(way, previous, "en"), last_marks, previous_marks,
                     last_conduct, failing, notes, falling)


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
        ids = [p[0] for p in pupils]
        marks, conduct = mark_periods(s, ids), conduct_periods(s, ids)
    periods = periods_of(store, ids)
    found = []
    for sid, first, last, class_name in pupils:
        mine, my_marks, my_conduct = periods.get(sid), marks.get(sid), conduct.get(sid)
        if not (mine or my_marks or my_conduct):
            continue
        c = candidate(sid, f"{first} {last}", class_name, mine or [], my_marks or [],
                       my_conduct or [], th)
        if c is not None:
            found.append(((-c.level, latvian_sort_key(class_name), latvian_sort_key(last),
                           latvian_sort_key(first)), c))
    found.sort(key=lambda pair: pair[0])
    return Screening(sem.label, tuple(c for _, c in found), len(pupils))
