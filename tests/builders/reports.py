"""Shared by several test modules: ANNA, DECIDED, FINGERPRINT, SEM, approve,
money, page_count, pdf_text, plan_with_risks."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import update

from app.formatting import format_money
from app.models import PlanVersion, SupportPlan
from app.models.enums import PlanStatus, Severity
from app.services.assessments.recording import AssessmentInput, FindingInput, record_assessment
from app.services.plans.lifecycle import (
    record_parent_application,
    save_plan_draft,
    submit_plan,
)
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import full_draft, new_plan
from tests.builders.school import SchoolFixture

ANNA = "Anna Ēcere"


SEM = "2026/2027-1"


FINGERPRINT = "K7QW MZ3D PA2X LR5T BC4N HJ6Y UV2E FG7S"


DECIDED = datetime(2026, 9, 28, 11, 5, tzinfo=UTC)  # 14:05 in Riga (UTC+3 in summer time)


def pdf_text(data: bytes, tmp_path: Path, name: str = "doc.pdf") -> str:
    """The PDF's text as pdftotext lays it out, with no-break spaces as plain spaces."""
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is installed by make"
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.replace("\u00a0", " ")


def page_count(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert match is not None
    return int(match.group(1))


def money(cents: int, lang: str = "lv") -> str:
    return format_money(cents, lang).replace("\u00a0", " ")


def plan_with_risks(school: SchoolFixture, cat: CatalogueFixture,
                    student: str = ANNA) -> uuid.UUID:
    """A submitted plan linked to an assessment with learning and economic risks."""
    teacher = school.actors["teacher" if student != "Oskars Lūsis" else "teacher2"]
    record_assessment(school.store, teacher, AssessmentInput(
        student_id=school.student_ids[student], semester_id=school.semester_ids[SEM],
        assessed_on=date(2026, 9, 2), absence_pct=Decimal("11.5"), unjustified_lessons=12,
        failing_marks=2, failing_subjects=["matemātika", "latviešu valoda"],
        conduct_incidents=0,
        findings=[FindingInput(cat.sign("low_marks"), Severity.MEDIUM, "Divi nesekmīgi."),
                  FindingInput(cat.sign("no_money_meals"), Severity.HIGH)]),
        today=date(2026, 9, 2))
    who = "teacher" if student != "Oskars Lūsis" else "teacher2"
    plan_id = new_plan(school, who, student).id
    draft = full_draft(school, cat)
    if who == "teacher2":
        draft = type(draft)(goals=draft.goals, measures=draft.measures[1:],
                            responsible_id=school.actors[who].user_id,
                            review_dates=draft.review_dates)
    save_plan_draft(school.store, school.actors[who], plan_id, draft)
    record_parent_application(school.store, school.actors[who], plan_id,
                              f"Ruta {student.split()[1]}", date(2026, 9, 3))
    submit_plan(school.store, school.actors[who], plan_id)
    return plan_id


def approve(school: SchoolFixture, plan_id: uuid.UUID, fingerprint: str | None = FINGERPRINT,
            status: PlanStatus = PlanStatus.APPROVED, comment: str = "") -> None:
    """The director's decision as the approvals service stores it (columns of the version)."""
    with school.store.write() as s:
        s.execute(update(SupportPlan).where(SupportPlan.id == plan_id).values(status=status))
        s.execute(update(PlanVersion).where(PlanVersion.plan_id == plan_id).values(
            status=status, decided_by_id=school.actors["director"].user_id,
            decided_at=DECIDED, decision_comment=comment, signer_fingerprint=fingerprint,
            signature=b"s" * 64 if fingerprint else None))
