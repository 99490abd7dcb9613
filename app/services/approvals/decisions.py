"""The director's decision on a submitted plan: approve (and sign) or return with a comment.

- `approve_plan`: only a director (Permission.PLAN_APPROVE), never on a plan they authored,
  only a SUBMITTED plan. The canonical bytes of the version (`plan_signing`) are signed with
  the director's Ed25519 key (`director_keys`); signature, key fingerprint, director and time
  are stored on the version, which is read-only from then on.
- `return_plan`: the comment is required; the plan becomes RETURNED, and its author can edit
  and submit it again.
- `approve_plans` (batch) is all or nothing: every plan is checked first — it must be
  submitted, not the director's own, and read by this director (`read_plan_for_approval`)
  since it was last submitted — and any problem refuses the whole batch with one sentence per
  plan, naming the pupil; nothing is signed then. One decision, one outcome.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, NotFound, PermissionDenied, ValidationError
from app.models import AuditEntry, SigningKey, Student, SupportPlan, User
from app.models.base import utcnow
from app.models.enums import PlanStatus
from app.secrets import SecretStore
from app.services.approvals.queue import (
    PlanForApproval,
    QueueItem,
    RiskCount,
    approval_queue,
    read_plan_for_approval,
    read_since_submission,
)
from app.services.approvals.signed_content import sign_version
from app.services.approvals.signing_keys import signing_key
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.plans.access import current_version, load_plan, set_status
from app.services.plans.views import PlanView, plan_view
from app.services.support.staff_assignment import assign_providers
from app.services.users import confirm_password

__all__ = ["ApprovalInfo", "PlanForApproval", "QueueItem", "RiskCount", "approval_queue",
           "approve_plan", "approve_plans", "read_plan_for_approval", "return_plan"]
MAX_COMMENT = 2000


@dataclass(frozen=True)
class ApprovalInfo:
    plan_id: uuid.UUID
    student_id: uuid.UUID
    student_name: str
    version: int
    decided_by_id: uuid.UUID
    decided_by_name: str
    decided_at: datetime
    signer_fingerprint: str
    signature: bytes


def _student_name(session: Session, plan: SupportPlan) -> str:
    student = session.get(Student, plan.student_id)
    return student.full_name if student is not None else ""


EDITS = ("plan.save_draft", "plan.submit", "plan.amend", "plan.continue")


def changed_by(session: Session, actor: Actor, plan: SupportPlan) -> bool:
    """Whether `actor` wrote, amended or submitted the plan's current version (the audit
    trail says who did each): separation of duties — nobody approves their own changes."""
    details = session.scalars(select(AuditEntry.details).where(
        AuditEntry.entity_id == str(plan.id), AuditEntry.user_id == actor.user_id,
        AuditEntry.action.in_(EDITS)))
    return any(json.loads(d).get("version") == plan.current_version for d in details)


def _refusal(session: Session, actor: Actor, plan: SupportPlan) -> tuple[str, str] | None:
    """Why `actor` may not approve `plan` now, as (kind, message key); None if they may."""
    if plan.status is not PlanStatus.SUBMITTED:
        return "conflict", f"approvals.not_submitted_{plan.status.value}"
    if plan.author_id == actor.user_id:
        return "denied", "approvals.own_plan"
    if changed_by(session, actor, plan):
        return "denied", "approvals.changed_by_you"
    return None


def _sign(session: Session, actor: Actor, plan: SupportPlan, key: Ed25519PrivateKey,
          key_row: SigningKey, comment: str = "") -> ApprovalInfo:
    version = current_version(session, plan)
    version.decided_by_id = actor.user_id
    version.decided_at = utcnow().replace(microsecond=0)
    version.decision_comment = comment
    signature = sign_version(session, version, key, key_row.fingerprint)
    set_status(plan, version, PlanStatus.APPROVED)
    plan.updated_at = utcnow()
    session.flush()
    # the support staff the approved plan names as providers now see the pupil
    assign_providers(session, actor, plan.student_id,
                     [m.provider_id for m in version.measures if m.provider_id is not None])
    audit.record(session, actor, "plan.approve", "support_plan", plan.id,
                 student_id=plan.student_id, version=version.number,
                 fingerprint=key_row.fingerprint)
    name = session.scalar(select(User.full_name).where(User.id == actor.user_id))
    return ApprovalInfo(plan.id, plan.student_id, _student_name(session, plan), version.number,
                        actor.user_id, name or actor.full_name, version.decided_at,
                        key_row.fingerprint, signature)


def approve_plan(store: Store, secrets: SecretStore, actor: Actor, plan_id: uuid.UUID,
                 comment: str = "", *, password: str) -> ApprovalInfo:
    """Approve and sign the submitted version of one plan; the director's password confirms
    the act and opens the signing key (`AuthenticationFailed` when it is wrong)."""
    require(actor, Permission.PLAN_APPROVE)
    comment = _checked_comment(comment, required=False)
    with store.read() as s:  # a plan that cannot be approved is refused before the password
        _approvable(s, actor, plan_id)
    confirm_password(store, actor, password, "plan.approve")
    with store.write() as s:
        plan = _approvable(s, actor, plan_id)
        private, row = signing_key(s, secrets, actor, password)
        return _sign(s, actor, plan, private, row, comment)


def _approvable(s: Session, actor: Actor, plan_id: uuid.UUID) -> SupportPlan:
    plan = load_plan(s, actor, plan_id, Permission.PLAN_APPROVE)
    refusal = _refusal(s, actor, plan)
    if refusal is not None:
        kind, key = refusal
        error = PermissionDenied if kind == "denied" else Conflict
        raise error(key, student=_student_name(s, plan))
    return plan


def _checked_comment(comment: str, *, required: bool) -> str:
    clean = comment.strip()
    if required and not clean:
        raise ValidationError(FieldProblem("comment", "approvals.comment_empty"))
    if len(clean) > MAX_COMMENT:
        raise ValidationError(FieldProblem("comment", "approvals.comment_too_long",
                                           {"max": MAX_COMMENT}))
    return clean


def return_plan(store: Store, actor: Actor, plan_id: uuid.UUID, comment: str) -> PlanView:
    """Send a submitted plan back to its author with a comment; it is editable again."""
    require(actor, Permission.PLAN_APPROVE)
    clean = _checked_comment(comment, required=True)
    with store.write() as s:
        plan = load_plan(s, actor, plan_id, Permission.PLAN_APPROVE)
        if plan.status is not PlanStatus.SUBMITTED:
            raise Conflict(f"approvals.not_submitted_{plan.status.value}",
                           student=_student_name(s, plan))
        version = current_version(s, plan)
        version.decided_by_id = actor.user_id
        version.decided_at = utcnow().replace(microsecond=0)
        version.decision_comment = clean
        set_status(plan, version, PlanStatus.RETURNED)
        plan.updated_at = utcnow()
        s.flush()
        audit.record(s, actor, "plan.return", "support_plan", plan.id,
                     student_id=plan.student_id, version=version.number, comment=clean)
        return plan_view(s, plan)


def _batch_problems(session: Session, actor: Actor, plan_ids: list[uuid.UUID],
                    plans: dict[uuid.UUID, SupportPlan]) -> list[FieldProblem]:
    read = read_since_submission(session, actor, list(plans))
    problems = []
    for i, plan_id in enumerate(plan_ids):
        field, plan = f"plan_ids[{i}]", plans.get(plan_id)
        if plan is None:
            problems.append(FieldProblem(field, "approvals.batch_not_found", {"n": i + 1}))
            continue
        student = _student_name(session, plan)
        refusal = _refusal(session, actor, plan)
        if refusal is not None:
            problems.append(FieldProblem(field, refusal[1], {"student": student}))
        elif not read[plan_id]:
            problems.append(FieldProblem(field, "approvals.batch_not_read",
                                         {"student": student}))
    return problems


def _batch_plans(s: Session, actor: Actor,
                 ids: list[uuid.UUID]) -> dict[uuid.UUID, SupportPlan]:
    plans: dict[uuid.UUID, SupportPlan] = {}
    for plan_id in ids:
        with contextlib.suppress(NotFound):  # reported below, with its number
            plans[plan_id] = load_plan(s, actor, plan_id, Permission.PLAN_APPROVE)
    problems = _batch_problems(s, actor, ids, plans)
    if problems:
        raise ValidationError(problems)
    return plans


def approve_plans(store: Store, secrets: SecretStore, actor: Actor,
                  plan_ids: Sequence[uuid.UUID], *, password: str) -> list[ApprovalInfo]:
    """Approve several plans in one decision, all or nothing (see the module's docstring);
    the password as for `approve_plan`."""
    require(actor, Permission.PLAN_APPROVE)
    ids = list(dict.fromkeys(plan_ids))
    if not ids:
        raise ValidationError(FieldProblem("plan_ids", "approvals.batch_empty"))
    with store.read() as s:  # refused before the password is asked for
        _batch_plans(s, actor, ids)
    confirm_password(store, actor, password, "plan.approve")
    with store.write() as s:
        plans = _batch_plans(s, actor, ids)
        private, row = signing_key(s, secrets, actor, password)
        return [_sign(s, actor, plans[p], private, row) for p in ids]
