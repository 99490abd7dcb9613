"""Reading assessments: the full view of one, and the risk overview of a semester's pupils."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.i18n import DEFAULT_LANGUAGE
from app.models.assessment import RiskAssessment, RiskFinding
from app.models.catalogue import RiskSign
from app.models.enums import RiskCategory, Severity
from app.models.school import Semester
from app.models.student import Student
from app.models.user import User
from app.services.assessments.explain import SignFinding
from app.services.assessments.levels import (
    CategoryTrend,
    Indicators,
    RiskProfile,
    risk_levels,
    risk_profile,
    trend,
)
from app.services.catalogue.query import CATEGORY_ORDER
from app.services.catalogue.thresholds import DEFAULT_THRESHOLDS, AbcThresholds, thresholds_for
from app.services.core import rbac
from app.services.core.actor import Actor
from app.services.core.store import Store


@dataclass(frozen=True)
class FindingView:
    id: uuid.UUID
    risk_sign_id: uuid.UUID
    code: str
    category: RiskCategory
    name_lv: str
    name_en: str
    severity: Severity
    note: str

    def name(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.name_en if lang == "en" else self.name_lv


@dataclass(frozen=True)
class AssessmentView:
    id: uuid.UUID
    student_id: uuid.UUID
    student_name: str
    semester_id: uuid.UUID
    semester_label: str  # "2026/2027-1"
    assessed_on: date
    assessed_by_id: uuid.UUID
    assessed_by_name: str
    absence_pct: Decimal
    unjustified_lessons: int
    failing_marks: int
    failing_subjects: tuple[str, ...]
    conduct_incidents: int
    note: str
    findings: tuple[FindingView, ...]
    profile: RiskProfile
    previous_semester_id: uuid.UUID | None
    trend: tuple[CategoryTrend, ...]  # per category, against the previous semester
    updated_at: datetime
    thresholds: AbcThresholds = DEFAULT_THRESHOLDS  # the school year's (catalogue data)


def split_subjects(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.split(",") if s.strip())


def indicators(a: RiskAssessment) -> Indicators:
    return Indicators(a.absence_pct, a.unjustified_lessons, a.failing_marks,
                      split_subjects(a.failing_subjects), a.conduct_incidents)


def findings_of(session: Session, assessment_id: uuid.UUID) -> list[FindingView]:
    rows = session.execute(
        select(RiskFinding, RiskSign).join(RiskSign, RiskFinding.risk_sign_id == RiskSign.id)
        .where(RiskFinding.assessment_id == assessment_id))
    views = [FindingView(f.id, s.id, s.code, s.category, s.name_lv, s.name_en, f.severity,
                         f.note) for f, s in rows]
    return sorted(views, key=lambda v: (CATEGORY_ORDER[v.category], -v.severity, v.code))


def findings_by_assessment(session: Session, assessment_ids: list[uuid.UUID]
                           ) -> dict[uuid.UUID, list[FindingView]]:
    """`findings_of` for many assessments in one query (each list in the same order)."""
    found: dict[uuid.UUID, list[FindingView]] = {a: [] for a in assessment_ids}
    if not assessment_ids:
        return found
    rows = session.execute(
        select(RiskFinding, RiskSign).join(RiskSign, RiskFinding.risk_sign_id == RiskSign.id)
        .where(RiskFinding.assessment_id.in_(assessment_ids)))
    for f, s in rows:
        found[f.assessment_id].append(FindingView(f.id, s.id, s.code, s.category, s.name_lv,
                                                  s.name_en, f.severity, f.note))
    for views in found.values():
        views.sort(key=lambda v: (CATEGORY_ORDER[v.category], -v.severity, v.code))
    return found


def sign_findings(views: list[FindingView]) -> list[SignFinding]:
    return [SignFinding(v.category, v.name_lv, v.name_en, v.severity) for v in views]


def previous_semester(session: Session, semester: Semester) -> Semester | None:
    return session.scalar(select(Semester).where(Semester.starts_on < semester.starts_on)
                          .order_by(Semester.starts_on.desc()).limit(1))


def find_assessment(session: Session, student_id: uuid.UUID,
                    semester_id: uuid.UUID) -> RiskAssessment | None:
    return session.scalar(select(RiskAssessment).where(
        RiskAssessment.student_id == student_id, RiskAssessment.semester_id == semester_id))


def build_view(session: Session, a: RiskAssessment, student: Student,
               semester: Semester) -> AssessmentView:
    """The assessment with its computed profile and the trend against the semester before."""
    findings = findings_of(session, a.id)
    th = thresholds_for(session, semester.school_year_id)
    profile = risk_profile(indicators(a), sign_findings(findings), th)
    before = previous_semester(session, semester)
    prev = find_assessment(session, student.id, before.id) if before else None
    prev_levels = None
    if prev is not None and before is not None:
        prev_levels = risk_levels(indicators(prev), sign_findings(findings_of(session, prev.id)),
                                  thresholds_for(session, before.school_year_id))
    author = session.get(User, a.assessed_by_id)
    return AssessmentView(
        a.id, student.id, student.full_name, semester.id, semester.label, a.assessed_on,
        a.assessed_by_id, author.full_name if author else "", a.absence_pct,
        a.unjustified_lessons, a.failing_marks, split_subjects(a.failing_subjects),
        a.conduct_incidents, a.note, tuple(findings), profile,
        before.id if before else None, trend(profile.levels, prev_levels), a.updated_at, th)


def get_assessment(store: Store, actor: Actor, student_id: uuid.UUID,
                   semester_id: uuid.UUID) -> AssessmentView | None:
    """The pupil's assessment of the semester (None if there is none yet), for anyone who
    may see the pupil; invisible pupils are reported as not found."""
    rbac.require(actor, rbac.Permission.STUDENT_VIEW)
    with store.read() as s:
        student = rbac.require_student(s, actor, student_id)
        semester = s.get(Semester, semester_id)
        if semester is None:
            raise NotFound("not_found", entity="semester")
        a = find_assessment(s, student_id, semester_id)
        return build_view(s, a, student, semester) if a is not None else None
