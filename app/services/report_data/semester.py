"""The figures of the school's semester report, from grouped SQL aggregates.

Counts, hours and money are summed by the database. Risk levels are the one exception: they
follow the rules of `risk_levels` (kept in one place, in Python), so the latest assessment of
each pupil and its findings are read in two queries and the levels counted from them.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.models import RiskAssessment, RiskFinding, RiskSign, Semester, Student
from app.models.base import utcnow
from app.models.enums import RiskCategory, RiskLevel, StudentStatus
from app.reports.content_semester import CategoryCount, SemesterReport
from app.services.assessments.explain import SignFinding
from app.services.assessments.levels import risk_levels
from app.services.assessments.query import indicators
from app.services.catalogue.thresholds import DEFAULT_THRESHOLDS, thresholds_for
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, visible_students
from app.services.core.store import Store
from app.services.early_warning import screening_counts
from app.services.report_data.common import school_header, semester_name
from app.services.report_data.money import measure_figures, specialist_hours, status_rows


def _latest_assessments(s: Session, semester_id: uuid.UUID,
                        visible: ColumnElement[bool]) -> list[RiskAssessment]:
    """Each visible pupil's latest assessment of the semester."""
    latest: dict[uuid.UUID, RiskAssessment] = {}
    for a in s.scalars(select(RiskAssessment).join(Student)
                       .where(RiskAssessment.semester_id == semester_id, visible)
                       .order_by(RiskAssessment.assessed_on, RiskAssessment.created_at)):
        latest[a.student_id] = a
    return list(latest.values())


def _risk_counts(s: Session, semester_id: uuid.UUID, visible: ColumnElement[bool],
                 ) -> tuple[int, int, tuple[CategoryCount, ...]]:
    """(pupils assessed, pupils at risk, counts per category and level)."""
    assessments = _latest_assessments(s, semester_id, visible)
    year_id = s.scalar(select(Semester.school_year_id).where(Semester.id == semester_id))
    th = thresholds_for(s, year_id) if year_id is not None else DEFAULT_THRESHOLDS
    found: dict[uuid.UUID, list[SignFinding]] = defaultdict(list)
    ids = [a.id for a in assessments]
    for aid, category, name_lv, name_en, severity in s.execute(
            select(RiskFinding.assessment_id, RiskSign.category, RiskSign.name_lv,
                   RiskSign.name_en, RiskFinding.severity)
            .join(RiskSign, RiskFinding.risk_sign_id == RiskSign.id)
            .where(RiskFinding.assessment_id.in_(ids))):
        found[aid].append(SignFinding(category, name_lv, name_en, severity))
    counts: Counter[tuple[RiskCategory, RiskLevel]] = Counter()
    at_risk = 0
    for a in assessments:
        levels = risk_levels(indicators(a), found[a.id], th)
        counts.update((c, lvl) for c, lvl in levels.items() if lvl > RiskLevel.NONE)
        at_risk += max(levels.values()) > RiskLevel.NONE
    per_category = tuple(
        CategoryCount(c.value, counts[c, RiskLevel.LOW], counts[c, RiskLevel.MEDIUM],
                      counts[c, RiskLevel.HIGH]) for c in RiskCategory)
    return len(assessments), at_risk, per_category


def semester_report(store: Store, actor: Actor, semester_id: uuid.UUID,
                    printed_at: datetime | None = None) -> SemesterReport:
    """The semester's figures for the coordinator and the director (REPORT_VIEW)."""
    require(actor, Permission.REPORT_VIEW)
    visible = visible_students(actor)
    with store.read() as s:
        sem, name = semester_name(s, semester_id)
        active = s.scalar(select(func.count()).select_from(Student)
                          .where(Student.status == StudentStatus.ACTIVE, visible)) or 0
        assessed, at_risk, categories = _risk_counts(s, semester_id, visible)
        ew = screening_counts(s, semester_id, visible)
        return SemesterReport(
            school=school_header(s), semester=name, students_active=active,
            students_assessed=assessed, students_at_risk=at_risk, categories=categories,
            statuses=status_rows(s, semester_id, visible),
            measures=measure_figures(s, sem, visible),
            specialists=specialist_hours(s, sem, visible),
            printed_at=printed_at or utcnow(), printed_by=actor.full_name,
            screened=ew.screened, candidates=ew.candidates,
            candidates_assessed=ew.assessed, candidates_taken_in=ew.taken_in,
        )
