"""Risk assessments of the demo cases: ABC indicators and findings that tell one story.

Absence is a percentage of the lessons of about sixteen weeks; unjustified lessons are a share
of the lessons missed; grades 1–3 get descriptive assessments, so no failing marks there.
"""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from decimal import Decimal

from app.demo.calendar import DemoCalendar, at, school_day
from app.demo.catalog import YearCatalogue
from app.demo.history import DemoCase
from app.demo.profiles import lessons_per_week, subjects_for
from app.demo.rows import DemoRows
from app.demo.texts_risk import ASSESSMENT_NOTES, FINDING_NOTES, gendered
from app.models import RiskAssessment, RiskFinding
from app.models.enums import ProgrammeKind, Severity


def _grade_then(case: DemoCase, cal: DemoCalendar) -> int:
    years_ago = cal.current_year_start - int(case.semester.year_label[:4])
    return max(1, case.student.klass.grade - years_ago)


def _failing_subjects(rng: random.Random, case: DemoCase, grade: int) -> list[str]:
    vocational = case.student.klass.programme is ProgrammeKind.VOCATIONAL
    if not vocational and grade <= 3:
        return []  # descriptive assessment in grades 1-3
    low, high = case.profile.failing_subjects
    k = max(0, min(high + 1, rng.randint(low, high) + case.trend))
    subjects = list(subjects_for(grade, vocational))
    chosen = rng.sample(subjects, min(k, len(subjects)))
    if case.profile.key == "newcomer" and chosen and "latviešu valoda" not in chosen:
        chosen[0] = "latviešu valoda"
    return chosen


def _findings(rng: random.Random, case: DemoCase) -> list[tuple[str, Severity]]:
    prof = case.profile
    picked = list(prof.primary)
    extra = rng.sample(prof.secondary, rng.choice((1, 1, 2)))
    for code, sev in extra:
        if code == "low_marks" and not case.subjects:
            continue
        shifted = max(Severity.LOW, min(Severity.HIGH, sev + case.trend))
        picked.append((code, Severity(shifted)))
    return picked


def add_assessments(rows: DemoRows, rng: random.Random, cases: list[DemoCase],
                    catalogue: YearCatalogue, cal: DemoCalendar,
                    coordinator_id: uuid.UUID) -> None:
    for case in cases:
        sem, student, prof = case.semester, case.student, case.profile
        latest = min(sem.starts_on + timedelta(days=45), cal.today - timedelta(days=14))
        case.assessed_on = school_day(rng, sem.starts_on + timedelta(days=9), latest)
        grade = _grade_then(case, cal)
        tenths = rng.randint(*prof.absence_pct) * (10 + 3 * case.trend) // 10
        lessons = lessons_per_week(grade) * 16
        absent = (tenths * lessons + 500) // 1000
        unjustified = absent * rng.randint(*prof.unjustified_share) // 100
        case.subjects = _failing_subjects(rng, case, grade)
        failing_marks = len(case.subjects) + rng.randint(0, len(case.subjects))
        incidents = max(0, rng.randint(*prof.incidents) + case.trend)
        assessor = coordinator_id if rng.random() < 0.1 else student.klass.teacher_id
        stamp = at(case.assessed_on, 11, rng.randint(0, 59))
        case.assessment_id = rows.add(
            RiskAssessment, student_id=student.id, semester_id=sem.id, assessed_by_id=assessor,
            assessed_on=case.assessed_on, absence_pct=Decimal(tenths).scaleb(-1),
            unjustified_lessons=unjustified, failing_marks=failing_marks,
            failing_subjects=", ".join(case.subjects), conduct_incidents=incidents,
            note=gendered(rng.choice(ASSESSMENT_NOTES[prof.key]), student.female),
            created_at=stamp, updated_at=stamp)
        categories = []
        for code, severity in _findings(rng, case):
            sign = catalogue.signs.get(code)
            if sign is None:
                continue
            note = gendered(rng.choice(FINDING_NOTES.get(code, ("",))), student.female)
            if code == "unjustified_absence":
                note = f"{note} Neattaisnoti kavēto stundu skaits: {unjustified}."
            rows.add(RiskFinding, assessment_id=case.assessment_id, risk_sign_id=sign.id,
                     severity=severity, note=note)
            if sign.category not in categories:
                categories.append(sign.category)
        case.categories = categories
