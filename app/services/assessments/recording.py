"""Risk assessments (riska izvērtējums): record one per pupil and semester, read it back with
its computed risk levels, plain-language explanation and trend.

Levels are computed when read (`app.services.assessments.levels`), never stored, so a change of the
rules or of the catalogue wording shows at once. Re-exports the read side for callers.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.assessment import RiskAssessment, RiskFinding
from app.models.enums import Severity
from app.models.school import Semester
from app.services.assessments.overview import StudentRiskRow, risk_overview
from app.services.assessments.query import (
    AssessmentView,
    FindingView,
    build_view,
    find_assessment,
    get_assessment,
)
from app.services.assessments.validate import CleanAssessment, check_assessment
from app.services.core import audit, rbac
from app.services.core.actor import Actor
from app.services.core.store import Store

__all__ = [
    "AssessmentInput", "AssessmentView", "FindingInput", "FindingView", "StudentRiskRow",
    "get_assessment", "record_assessment", "risk_overview",
]


@dataclass(frozen=True)
class FindingInput:
    risk_sign_id: uuid.UUID
    severity: Severity
    note: str = ""


@dataclass(frozen=True)
class AssessmentInput:
    student_id: uuid.UUID
    semester_id: uuid.UUID
    assessed_on: date
    absence_pct: Decimal  # share of lessons missed, 0–100, at most one decimal
    unjustified_lessons: int
    failing_marks: int  # marks below 4 (of 10) in core subjects
    failing_subjects: list[str]
    conduct_incidents: int
    note: str = ""
    findings: list[FindingInput] = field(default_factory=list)


def _write(session: Session, target: RiskAssessment, data: AssessmentInput,
           clean: CleanAssessment, actor: Actor) -> None:
    target.assessed_by_id = actor.user_id
    target.assessed_on = data.assessed_on
    target.absence_pct = clean.absence_pct
    target.unjustified_lessons = data.unjustified_lessons
    target.failing_marks = data.failing_marks
    target.failing_subjects = ", ".join(clean.failing_subjects)
    target.conduct_incidents = data.conduct_incidents
    target.note = clean.note
    session.flush()
    session.add_all(RiskFinding(assessment_id=target.id, risk_sign_id=f.risk_sign_id,
                                severity=f.severity, note=f.note) for f in clean.findings)


AlsoWrite = Callable[[Session, RiskAssessment], None]
"""Written with the assessment in its transaction (a `ValidationError` from it rolls the
assessment back): how a higher package (`early_warning`) records what it adds."""


def record_assessment(store: Store, actor: Actor, data: AssessmentInput, *,
                      today: date | None = None,
                      also: AlsoWrite | None = None) -> AssessmentView:
    """Record the pupil's assessment of the semester, or replace it if there is one already
    (indicators and findings are replaced as a whole; audited as an update).

    Needs Permission.ASSESSMENT_EDIT and a pupil the actor may see. All or nothing: any bad
    field raises `ValidationError` naming each field, and nothing is saved. `today` is the
    date the assessment may not be later than (the local date when not given).
    """
    rbac.require(actor, rbac.Permission.ASSESSMENT_EDIT)
    with store.write() as s:
        student = rbac.require_student(s, actor, data.student_id)
        semester = s.get(Semester, data.semester_id)
        if semester is None:
            raise NotFound("not_found", entity="semester")
        existing = find_assessment(s, student.id, semester.id)
        kept = {f.risk_sign_id for f in existing.findings} if existing else set()
        clean = check_assessment(s, data, semester, today or date.today(), kept)
        if existing is None:
            target = RiskAssessment(id=uuid.uuid4(), student_id=student.id,
                                    semester_id=semester.id)
            s.add(target)
        else:
            target = existing
            for old in list(target.findings):
                s.delete(old)
            s.flush()
            s.expire(target, ["findings"])
        _write(s, target, data, clean, actor)
        s.flush()
        if also is not None:
            also(s, target)
        view = build_view(s, target, student, semester)
        audit.record(s, actor, "assessment.update" if existing else "assessment.create",
                     "risk_assessment", target.id, student_id=student.id,
                     semester=semester.label, findings=len(clean.findings),
                     overall=view.profile.overall.name.lower())
        return view
