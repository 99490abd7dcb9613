"""A pupil's risk levels per category over the semesters they were assessed in (the card's
chart): each semester's levels computed as everywhere else, with that year's thresholds."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.models import RiskAssessment, Semester
from app.models.enums import RiskCategory, RiskLevel
from app.services.assessments.levels import risk_levels
from app.services.assessments.query import findings_by_assessment, indicators, sign_findings
from app.services.catalogue.thresholds import thresholds_for
from app.services.core import rbac
from app.services.core.actor import Actor
from app.services.core.store import Store


@dataclass(frozen=True)
class SemesterLevels:
    semester_id: uuid.UUID
    semester_label: str  # "2026/2027-1"
    levels: tuple[tuple[RiskCategory, RiskLevel], ...]  # the four categories, in order

    def level(self, category: RiskCategory) -> RiskLevel:
        return dict(self.levels)[category]


def risk_history(store: Store, actor: Actor, student_id: uuid.UUID) -> tuple[SemesterLevels, ...]:
    """Oldest semester first; semesters without an assessment are left out."""
    rbac.require(actor, rbac.Permission.STUDENT_VIEW)
    with store.read() as s:
        rbac.require_student(s, actor, student_id)
        rows = s.execute(select(RiskAssessment, Semester)
                         .join(Semester, Semester.id == RiskAssessment.semester_id)
                         .where(RiskAssessment.student_id == student_id)
                         .order_by(Semester.starts_on)).all()
        findings = findings_by_assessment(s, [a.id for a, _semester in rows])
        thresholds = {y: thresholds_for(s, y) for y in {sem.school_year_id for _a, sem in rows}}
        out = []
        for a, semester in rows:
            levels = risk_levels(indicators(a), sign_findings(findings[a.id]),
                                 thresholds[semester.school_year_id])
            out.append(SemesterLevels(semester.id, semester.label,
                                      tuple((c, levels[c]) for c in RiskCategory)))
        return tuple(out)
