"""Do the stored approvals still hold? Every approved version's signature, checked again.

For each version that was approved (status APPROVED or CLOSED, or carrying a signature) the
canonical bytes are recomputed from the database and verified against the public key whose
fingerprint the version names. A version changed after approval (a measure's minutes edited
with raw SQL, say), a missing or foreign signature, an unknown key, a key of another person
than the recorded director, or a key revoked before the approval is a problem. Used by
`integrity.approval_signatures` (`pumpurs check-db`).

An anonymised pupil's versions are not checked: their texts were removed on purpose
(`app.services.retention`), so the signed bytes cannot be made again; the trail records the
anonymisation and the approvals still stand (`checks.approval_trail`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import PlanVersion, Semester, SigningKey, Student, SupportPlan
from app.models.enums import PlanStatus
from app.services.approvals.signed_content import canonical_plan_version, verify

APPROVED = (PlanStatus.APPROVED, PlanStatus.CLOSED)


@dataclass(frozen=True)
class SignatureProblem:
    key: str  # message key: approvals.check_<what>
    params: dict[str, Any]


def _problem(session: Session, version: PlanVersion) -> str | None:
    """The message key of what is wrong with this approval, or None if it verifies."""
    if version.signature is None or version.signer_fingerprint is None:
        return "approvals.check_unsigned"
    key = session.scalar(select(SigningKey).where(
        SigningKey.fingerprint == version.signer_fingerprint))
    if key is None:
        return "approvals.check_unknown_key"
    if key.user_id != version.decided_by_id:
        return "approvals.check_wrong_signer"
    if key.revoked_at is not None and (version.decided_at is None
                                       or key.revoked_at <= version.decided_at):
        return "approvals.check_revoked_key"
    try:
        message = canonical_plan_version(session, version)
    except ValueError:  # the stored approved context is not JSON any more
        return "approvals.check_bad_signature"
    if not verify(key.public_key, message, version.signature):
        return "approvals.check_bad_signature"
    return None


def signature_problems(session: Session) -> tuple[int, list[SignatureProblem]]:
    """How many approvals were checked, and what is wrong with those that fail."""
    rows = session.execute(
        select(PlanVersion, Student, Semester)
        .join(SupportPlan, SupportPlan.id == PlanVersion.plan_id)
        .join(Student, Student.id == SupportPlan.student_id)
        .join(Semester, Semester.id == SupportPlan.semester_id)
        .where(or_(PlanVersion.status.in_(APPROVED), PlanVersion.signature.is_not(None)),
               Student.anonymised_on.is_(None))
        .order_by(Student.last_name, Student.first_name, Semester.starts_on,
                  PlanVersion.number)
    ).all()
    problems = []
    for version, student, semester in rows:
        key = _problem(session, version)
        if key is not None:
            problems.append(SignatureProblem(key, {
                "student": student.full_name, "semester": semester.label,
                "version": version.number, "plan_id": str(version.plan_id)}))
    return len(rows), problems
