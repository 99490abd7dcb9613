"""Real signatures on the demo school's approved plans.

Every approved or closed plan version is signed, as `approve_plan` would have done, with a
demo director key derived from the seed (so the same seed gives the same signatures), and the
key's public half is registered; `pumpurs check-db` then verifies every approval. The private
half is not kept: the first approval the demo director makes in the app creates their own
key through the key store, and the old signatures keep verifying with the registered key.
"""

from __future__ import annotations

import hashlib
import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import PlanVersion, SupportPlan
from app.models.enums import PlanStatus
from app.services.approvals import signed_content as plan_signing
from app.services.approvals import signing_keys as director_keys


def sign_demo_approvals(session: Session, director_id: uuid.UUID, seed: int) -> int:
    """Sign every approved or closed version; returns how many were signed."""
    private = Ed25519PrivateKey.from_private_bytes(
        hashlib.sha256(f"pumpurs-demo:{seed}:director".encode()).digest())
    key = director_keys.register_key(session, director_id, private)
    versions = session.scalars(
        select(PlanVersion).where(PlanVersion.status.in_((PlanStatus.APPROVED,
                                                          PlanStatus.CLOSED)))
        .order_by(PlanVersion.id)).all()
    signed: list[dict[str, object]] = []
    with session.no_autoflush:
        for version in versions:
            plan = session.get(SupportPlan, version.plan_id)
            assert plan is not None
            version.approved_context = plan_signing.context_text(
                session, plan, salt=hashlib.sha256(f"{seed}:{version.id}".encode()).hexdigest(),
                text_salt=hashlib.sha256(f"{seed}:{version.id}:text".encode()).hexdigest())
            signature = plan_signing.sign(private,
                                          plan_signing.canonical_plan_version(session, version))
            signed.append({"id": version.id, "approved_context": version.approved_context,
                           "signature": signature, "signer_fingerprint": key.fingerprint})
            session.expire(version)  # the bulk UPDATE below writes it; its outbox row exists
    if signed:
        session.execute(update(PlanVersion), signed)
    return len(signed)
