"""The rows a pupil's anonymisation changes, kind by kind (`DataKind`).

Records: the pupil's name becomes "Anonimizēts skolēns #…", the personal code, birth date
and leaving note go, guardians are deleted, every free text about the pupil is emptied
(assessment and finding notes, failing subjects' names, plan summaries, goals' texts,
decision comments, the director's copy of the application and findings, providers' names,
the applicant's name, evaluation narratives and outcome notes, consultation topics and
notes, expense descriptions, the municipality's comments) and attachments are deleted with
their files. What the statistics count stays: ids, class, status and dates, categories,
levels and severities, measure types, minutes, cents, rates, outcomes, the number of goals.

Changes go through the ORM, so every syncable row changed writes its outbox row and the
hub gets the anonymised record again (it keeps only the latest). `WIPED` names every text
column changed here and `KEPT` every one left: a test fails on a column in neither.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models import (
    Attachment,
    AttachmentBlob,
    Consultation,
    Expense,
    IndicatorOverride,
    MunicipalityDecision,
    ParentApplication,
    PlanEvaluation,
    PlanGoal,
    PlanVersion,
    RiskAssessment,
    RiskFinding,
    RiskOutcome,
    Student,
    SupportMeasure,
    SupportPlan,
    SyncConflict,
)
from app.services.retention.rules import DataKind

ANONYMOUS_FIRST_NAME = "Anonimizēts"

WIPED: dict[str, tuple[str, ...]] = {
    "student": ("first_name", "last_name", "personal_code", "status_note"),
    "guardian": ("full_name", "relation", "phone", "email"),  # rows deleted
    "risk_assessment": ("failing_subjects", "note"),
    "risk_finding": ("note",),
    "plan_version": ("summary", "decision_comment", "approved_context"),
    "plan_goal": ("text",),
    "support_measure": ("provider_name",),
    "parent_application": ("applicant_name",),
    "plan_evaluation": ("narrative",),
    "risk_outcome": ("note",),
    "consultation": ("topic", "confidential_notes"),
    "expense": ("description",),
    "attachment": ("filename", "media_type", "sha256"),  # rows deleted
    "municipality_decision": ("comment",),
    "sync_conflict": ("comment",),
    "indicator_override": ("reason",),  # the teacher's words on why a figure differs
}
KEPT: dict[str, tuple[str, ...]] = {
    "support_measure": ("subject",),  # the school subject of subject-teacher hours
    "plan_version": ("signer_fingerprint",),
    "sync_conflict": ("outcome", "reason", "resolution"),
    "municipality_decision": ("outcome",),
    "class_enrolment": ("outcome",),
    "sync_plan_total": ("digest",),  # a hash of the figures sent
    # imported figures: the subject and the mark as the e-journal wrote them ("7", "nv")
    "mark_figure": ("subject", "mark_text"),
    "mark_summary": ("failing_subjects",),  # the subjects' names with counts
    # which figure was changed, for what period, from what to what (numbers as text)
    "indicator_override": ("field", "period", "imported_value", "entered_value"),
}


def _wipe(row: Any, **values: Any) -> int:
    changed = 0
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = 1
    return changed


def _all(session: Session, model: type, *where: Any) -> list[Any]:
    return list(session.scalars(select(model).where(*where)))


def remove_attachments(session: Session, sid: uuid.UUID) -> int:
    rows = _all(session, Attachment, Attachment.student_id == sid)
    ids = [a.id for a in rows]
    for app in _all(session, ParentApplication, ParentApplication.attachment_id.in_(ids)):
        app.attachment_id = None
    session.flush()
    for a in rows:
        digest = a.sha256
        session.delete(a)
        session.flush()
        if not session.scalar(select(func.count()).where(Attachment.sha256 == digest)):
            session.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256 == digest))
    return len(rows)


def remove_notes(session: Session, sid: uuid.UUID) -> int:
    return sum(_wipe(c, topic="", confidential_notes="")
               for c in _all(session, Consultation, Consultation.student_id == sid))


def _plans(session: Session, sid: uuid.UUID) -> int:
    plans = [p.id for p in _all(session, SupportPlan, SupportPlan.student_id == sid)]
    versions = _all(session, PlanVersion, PlanVersion.plan_id.in_(plans))
    vids = [v.id for v in versions]
    n = sum(_wipe(v, summary="", decision_comment="", approved_context=None)
            for v in versions)
    n += sum(_wipe(g, text="") for g in _all(session, PlanGoal, PlanGoal.version_id.in_(vids)))
    n += sum(_wipe(m, provider_name="") for m in
             _all(session, SupportMeasure, SupportMeasure.version_id.in_(vids)))
    n += sum(_wipe(a, applicant_name="") for a in
             _all(session, ParentApplication, ParentApplication.plan_id.in_(plans)))
    evaluations = _all(session, PlanEvaluation, PlanEvaluation.plan_id.in_(plans))
    n += sum(_wipe(e, narrative="") for e in evaluations)
    n += sum(_wipe(o, note="") for o in _all(
        session, RiskOutcome, RiskOutcome.evaluation_id.in_([e.id for e in evaluations])))
    for model in (MunicipalityDecision, SyncConflict):
        n += sum(_wipe(d, comment="") for d in _all(session, model, model.plan_id.in_(plans)))
    return n


def remove_records(session: Session, student: Student, on: Any) -> int:
    """Everything of the records kind (and with it the attachments and notes)."""
    sid = student.id
    n = remove_attachments(session, sid) + remove_notes(session, sid) + _plans(session, sid)
    assessments = _all(session, RiskAssessment, RiskAssessment.student_id == sid)
    n += sum(_wipe(a, note="", failing_subjects="") for a in assessments)
    assessment_ids = [a.id for a in assessments]
    n += sum(_wipe(f, note="") for f in _all(
        session, RiskFinding, RiskFinding.assessment_id.in_(assessment_ids)))
    n += sum(_wipe(o, reason="") for o in _all(
        session, IndicatorOverride, IndicatorOverride.assessment_id.in_(assessment_ids)))
    n += sum(_wipe(e, description="") for e in _all(session, Expense, Expense.student_id == sid))
    for guardian in list(student.guardians):
        student.guardians.remove(guardian)
        n += 1
    _wipe(student, first_name=ANONYMOUS_FIRST_NAME, last_name=f"#{str(sid)[:8]}",
          personal_code=None, birth_date=None, status_note="")
    student.anonymised_on = on
    session.flush()
    return n + 1


def anonymise(session: Session, student: Student, kinds: set[DataKind], on: Any) -> int:
    """Apply `kinds` to the pupil's rows; the number of rows changed or removed."""
    if DataKind.RECORDS in kinds:
        return remove_records(session, student, on)
    n = 0
    if DataKind.ATTACHMENTS in kinds:
        n += remove_attachments(session, student.id)
    if DataKind.CONSULTATION_NOTES in kinds:
        n += remove_notes(session, student.id)
    session.flush()
    return n
