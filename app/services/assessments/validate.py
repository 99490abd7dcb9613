"""Checking a risk assessment before it is saved: one problem per field, every field checked."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, ValidationError
from app.models.catalogue import RiskSign
from app.models.enums import Severity
from app.models.school import Semester

if TYPE_CHECKING:
    from app.services.assessments.recording import AssessmentInput, FindingInput

NEAR_SEMESTER_DAYS = 31  # an assessment may be made up to a month before or after a semester
MAX_LESSONS = 1000
MAX_MARKS = 200
MAX_INCIDENTS = 200
MAX_SUBJECT = 60
MAX_SUBJECTS_TEXT = 300  # the stored comma-separated list
MAX_NOTE = 4000
MAX_FINDING_NOTE = 1000


@dataclass(frozen=True)
class CleanFinding:
    risk_sign_id: uuid.UUID
    severity: Severity
    note: str


@dataclass(frozen=True)
class CleanAssessment:
    absence_pct: Decimal
    failing_subjects: tuple[str, ...]
    note: str
    findings: tuple[CleanFinding, ...]


def _count_ok(value: object, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= high


def _percent(value: object) -> Decimal | None:
    """A share of lessons 0–100 with at most one decimal, or None when it is not one."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        return None
    try:
        pct = Decimal(value)
        if not pct.is_finite() or not 0 <= pct <= 100:
            return None
        one_place = pct.quantize(Decimal("0.1"))
    except InvalidOperation:
        return None
    return one_place if one_place == pct else None


def _date_problems(assessed_on: object, semester: Semester, today: date) -> list[FieldProblem]:
    if not isinstance(assessed_on, date) or isinstance(assessed_on, datetime):
        return [FieldProblem("assessed_on", "assessment.assessed_on.missing")]
    if assessed_on > today:
        return [FieldProblem("assessed_on", "assessment.assessed_on.future",
                             {"date": assessed_on.isoformat()})]
    earliest = semester.starts_on - timedelta(days=NEAR_SEMESTER_DAYS)
    latest = semester.ends_on + timedelta(days=NEAR_SEMESTER_DAYS)
    if not earliest <= assessed_on <= latest:
        return [FieldProblem("assessed_on", "assessment.assessed_on.outside", {
            "date": assessed_on.isoformat(), "earliest": earliest.isoformat(),
            "latest": min(latest, today).isoformat()})]
    return []


def _subject_problems(subjects: Sequence[str], failing_marks: object,
                      ) -> tuple[list[FieldProblem], tuple[str, ...]]:
    field = "failing_subjects"
    problems: list[FieldProblem] = []
    clean: list[str] = []
    for raw in subjects:
        name = raw.strip() if isinstance(raw, str) else ""
        if not name or len(name) > MAX_SUBJECT or "," in name:
            problems.append(FieldProblem(field, "assessment.failing_subjects.invalid",
                                         {"value": str(raw), "max": MAX_SUBJECT}))
        elif name.casefold() in {c.casefold() for c in clean}:
            problems.append(FieldProblem(field, "assessment.failing_subjects.duplicate",
                                         {"value": name}))
        else:
            clean.append(name)
    if problems or not _count_ok(failing_marks, MAX_MARKS):
        return problems, tuple(clean)
    assert isinstance(failing_marks, int)
    if failing_marks == 0 and clean:
        problems.append(FieldProblem(field, "assessment.failing_subjects.without_marks"))
    elif failing_marks > 0 and not clean:
        problems.append(FieldProblem(field, "assessment.failing_subjects.needed"))
    elif len(clean) > failing_marks:
        problems.append(FieldProblem(field, "assessment.failing_subjects.too_many"))
    elif len(", ".join(clean)) > MAX_SUBJECTS_TEXT:
        problems.append(FieldProblem(field, "assessment.failing_subjects.too_long",
                                     {"max": MAX_SUBJECTS_TEXT}))
    return problems, tuple(clean)


def _finding_problems(session: Session, findings: Sequence[FindingInput], semester: Semester,
                      kept: Collection[uuid.UUID] = (),
                      ) -> tuple[list[FieldProblem], tuple[CleanFinding, ...]]:
    ids = [f.risk_sign_id for f in findings]
    signs = dict(session.execute(select(RiskSign.id, RiskSign.retired).where(
        RiskSign.id.in_(ids), RiskSign.school_year_id == semester.school_year_id)).all())
    known = {i for i, retired in signs.items() if not retired or i in kept}
    problems: list[FieldProblem] = []
    clean: list[CleanFinding] = []
    first_row: dict[uuid.UUID, int] = {}
    for row, f in enumerate(findings, 1):
        name = f"findings[{row}]"
        if f.risk_sign_id in signs and f.risk_sign_id not in known:
            problems.append(FieldProblem(f"{name}.risk_sign_id", "assessment.finding.retired",
                                         {"row": row}))
        elif f.risk_sign_id not in known:
            problems.append(FieldProblem(f"{name}.risk_sign_id", "assessment.finding.unknown_sign",
                                         {"row": row, "school_year": semester.school_year.label}))
        elif f.risk_sign_id in first_row:
            problems.append(FieldProblem(f"{name}.risk_sign_id", "assessment.finding.duplicate",
                                         {"row": row, "first": first_row[f.risk_sign_id]}))
        else:
            first_row[f.risk_sign_id] = row
        severity = None
        if isinstance(f.severity, int) and not isinstance(f.severity, bool):
            severity = Severity(f.severity) if f.severity in set(Severity) else None
        if severity is None:
            problems.append(FieldProblem(f"{name}.severity", "assessment.finding.severity",
                                         {"row": row}))
        note = f.note.strip() if isinstance(f.note, str) else ""
        if len(note) > MAX_FINDING_NOTE:
            problems.append(FieldProblem(f"{name}.note", "assessment.finding.note",
                                         {"row": row, "max": MAX_FINDING_NOTE}))
        if severity is not None:
            clean.append(CleanFinding(f.risk_sign_id, severity, note))
    return problems, tuple(clean)


def check_assessment(session: Session, data: AssessmentInput, semester: Semester,
                     today: date, kept: Collection[uuid.UUID] = ()) -> CleanAssessment:
    """The cleaned input, or `ValidationError` with one problem per field that is wrong.
    A retired risk sign is refused unless the assessment had it already (`kept`)."""
    problems = _date_problems(data.assessed_on, semester, today)
    pct = _percent(data.absence_pct)
    if pct is None:
        problems.append(FieldProblem("absence_pct", "assessment.absence_pct.range"))
    for field, high in (("unjustified_lessons", MAX_LESSONS), ("failing_marks", MAX_MARKS),
                        ("conduct_incidents", MAX_INCIDENTS)):
        if not _count_ok(getattr(data, field), high):
            problems.append(FieldProblem(field, f"assessment.{field}.range", {"max": high}))
    subject_problems, subjects = _subject_problems(data.failing_subjects, data.failing_marks)
    problems += subject_problems
    note = data.note.strip() if isinstance(data.note, str) else ""
    if len(note) > MAX_NOTE:
        problems.append(FieldProblem("note", "assessment.note.too_long", {"max": MAX_NOTE}))
    finding_problems, findings = _finding_problems(session, data.findings, semester, kept)
    problems += finding_problems
    if problems or pct is None:
        raise ValidationError(problems)
    return CleanAssessment(pct, subjects, note, findings)
