"""The director's sign-off: approve (Ed25519) or return plans, the queue, signing keys."""

from app.services.approvals.check import SignatureProblem, signature_problems
from app.services.approvals.decisions import ApprovalInfo, approve_plan, approve_plans, return_plan
from app.services.approvals.queue import (
    PlanForApproval,
    QueueItem,
    RiskCount,
    approval_queue,
    read_plan_for_approval,
    read_since_submission,
    risk_counts,
)
from app.services.approvals.signed_content import (
    canonical_plan_version,
    context_text,
    live_context,
    plan_version_content,
    sign,
    sign_version,
    verify,
)
from app.services.approvals.signing_keys import (
    KeyInfo,
    ensure_director_key,
    key_fingerprint,
    key_info,
    list_director_keys,
    public_key_bytes,
    register_key,
    secret_name,
    signing_key,
)

__all__ = [
    "ApprovalInfo",
    "KeyInfo",
    "PlanForApproval",
    "QueueItem",
    "RiskCount",
    "SignatureProblem",
    "approval_queue",
    "approve_plan",
    "approve_plans",
    "canonical_plan_version",
    "context_text",
    "ensure_director_key",
    "key_fingerprint",
    "key_info",
    "list_director_keys",
    "live_context",
    "plan_version_content",
    "public_key_bytes",
    "read_plan_for_approval",
    "read_since_submission",
    "register_key",
    "return_plan",
    "risk_counts",
    "secret_name",
    "sign",
    "sign_version",
    "signature_problems",
    "signing_key",
    "verify",
]
