"""What a director signs: the canonical bytes of one plan version, and Ed25519 over them.

`canonical_plan_version` is RFC 8785 JSON of everything the director approves — plan,
version, pupil, semester, author, goals, measures (integers and strings only), responsible
person, review dates, summary, the parent's application and the risk findings of the linked
assessment — plus who approved it and when. Only ids and codes go in, never names that may
be corrected later (a pupil's or a user's name), so a signature keeps verifying.

The application and the findings live outside the version and may change after approval
(a new version can be drafted, the assessment re-recorded), so at approval the version
keeps its own copy in `approved_context`; from then on that copy is what is signed and
verified. A version not yet approved uses the live records.

Approvals from this version on are format 2 (`app.sync.plan_signature`): the copy also keeps
a random `salt`, and the free texts that never leave the school (the parent's name, the
notes on risk signs, providers' names) are signed only through a salted hash, so the
municipality's hub can verify the signature over bytes the school may send. A copy without
a salt (the first approvals) is signed as format 1, which only the school can verify.
Approvals from issue 20 on also keep a `text_salt` and are format 3: the summary and the
goals are signed through salted digests as well, so the bytes sent to the municipality hold
no free text (`app.sync.plan_signature`).
"""

from __future__ import annotations

import json
import secrets
import uuid
from datetime import datetime
from typing import Any

import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    MeasureType,
    ParentApplication,
    PlanVersion,
    RiskFinding,
    RiskSign,
    Semester,
    SupportMeasure,
    SupportPlan,
)
from app.sync.plan_signature import FORMAT_V1, sealed_document, verify_signature

FORMAT = FORMAT_V1  # of the full document; format 2 seals it (`sealed_document`)


def _id(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _measures(session: Session, version: PlanVersion) -> list[dict[str, Any]]:
    rows = session.execute(
        select(SupportMeasure, MeasureType.code, MeasureType.unit)
        .join(MeasureType, MeasureType.id == SupportMeasure.measure_type_id)
        .where(SupportMeasure.version_id == version.id)
        .order_by(SupportMeasure.sort_order, SupportMeasure.id)
    ).all()
    return [
        {"type": code, "unit": unit.value, "minutes": m.planned_minutes,
         "cents": m.planned_cents, "rate_cents": m.rate_cents, "cost_cents": m.cost_cents,
         "provider_id": _id(m.provider_id), "provider_name": m.provider_name,
         "subject": m.subject, "starts_on": m.starts_on.isoformat() if m.starts_on else None,
         "ends_on": m.ends_on.isoformat() if m.ends_on else None}
        for m, code, unit in rows
    ]


def live_context(session: Session, plan: SupportPlan) -> dict[str, Any]:
    """The parent's application and the assessment's risk findings as they are now."""
    app = session.scalar(select(ParentApplication).where(ParentApplication.plan_id == plan.id))
    findings = session.execute(
        select(RiskSign.category, RiskSign.code, RiskFinding.severity, RiskFinding.note)
        .join(RiskSign, RiskSign.id == RiskFinding.risk_sign_id)
        .where(RiskFinding.assessment_id == plan.assessment_id)
        .order_by(RiskSign.category, RiskSign.code, RiskFinding.severity, RiskFinding.note)
    ).all() if plan.assessment_id is not None else []
    return {
        "parent_application": None if app is None else {
            "applicant": app.applicant_name, "received_on": app.received_on.isoformat()},
        "risks": [{"category": c.value, "sign": code, "severity": int(sev), "note": note}
                  for c, code, sev, note in findings],
    }


def new_salt() -> str:
    return secrets.token_urlsafe(16)


def context_text(session: Session, plan: SupportPlan, salt: str | None = None,
                 text_salt: str | None = None) -> str:
    """`live_context`, `salt` and `text_salt` (new if None) as canonical JSON text, the form
    kept in `approved_context`."""
    context = dict(live_context(session, plan), salt=salt or new_salt(),
                   text_salt=text_salt or new_salt())
    return rfc8785.dumps(context).decode("utf-8")


def plan_version_content(session: Session, version: PlanVersion) -> dict[str, Any]:
    """The signed document as a dict (see the module's docstring)."""
    plan = session.get(SupportPlan, version.plan_id)
    assert plan is not None
    semester = session.get(Semester, plan.semester_id)
    assert semester is not None
    if version.approved_context is not None:
        context = json.loads(version.approved_context)  # ValueError when damaged
    else:
        context = live_context(session, plan)
    full = {
        "format": FORMAT,
        "plan_id": str(plan.id),
        "version": version.number,
        "student_id": str(plan.student_id),
        "semester": semester.label,
        "author_id": str(plan.author_id),
        "assessment_id": _id(plan.assessment_id),
        "summary": version.summary,
        "goals": [g.text for g in version.goals],
        "measures": _measures(session, version),
        "responsible_id": _id(version.responsible_id),
        "review_dates": [r.review_on.isoformat() for r in version.review_dates],
        "parent_application": context.get("parent_application"),
        "risks": context.get("risks"),
        "approval": {"director_id": _id(version.decided_by_id),
                     "decided_at": _time(version.decided_at)},
    }
    salt, text_salt = context.get("salt"), context.get("text_salt")
    if not isinstance(salt, str):
        return full
    return sealed_document(full, salt, text_salt if isinstance(text_salt, str) else None)


def canonical_plan_version(session: Session, version: PlanVersion) -> bytes:
    """The exact bytes a director's signature covers (RFC 8785 canonical JSON)."""
    return rfc8785.dumps(plan_version_content(session, version))


def version_text_salt(version: PlanVersion) -> str | None:
    """The salt of the version's free-text digests (format 3), else None."""
    try:
        salt = json.loads(version.approved_context or "{}").get("text_salt")
    except (ValueError, AttributeError):
        return None
    return salt if isinstance(salt, str) else None


def shareable_content(session: Session, version: PlanVersion,
                      with_free_text: bool = True) -> bytes | None:
    """The signed bytes if the municipality may see them, else None: format 2 and 3; format 2
    holds the summary and goals as text, so it is shared only `with_free_text`."""
    if version.signature is None or version.approved_context is None:
        return None
    try:
        context = json.loads(version.approved_context)
        if "salt" not in context or ("text_salt" not in context and not with_free_text):
            return None
        return canonical_plan_version(session, version)
    except (ValueError, TypeError, AttributeError):
        return None


def sign(private_key: Ed25519PrivateKey, message: bytes) -> bytes:
    return private_key.sign(message)


def sign_version(session: Session, version: PlanVersion, private_key: Ed25519PrivateKey,
                 fingerprint: str) -> bytes:
    """Freeze the version's approved context and sign it. `decided_by_id` and `decided_at`
    must already be set: they are part of what is signed."""
    plan = session.get(SupportPlan, version.plan_id)
    assert plan is not None
    version.approved_context = context_text(session, plan)
    version.signature = sign(private_key, canonical_plan_version(session, version))
    version.signer_fingerprint = fingerprint
    return version.signature


def verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True only if `signature` is `public_key`'s Ed25519 signature of exactly `message`."""
    return verify_signature(public_key, message, signature)
