"""Removing a pupil's personal data from audit entries without breaking the hash chain.

An entry's hash covers its details, so changing them would break the chain (and the head the
municipality holds, `audit_anchor`). Instead an entry is *redacted*: its details are
replaced, its `hash` and `prev_hash` stay exactly as they were (so every later entry, the
chain's links and the anchors at the hub and in check-db still hold), and a new entry
`audit.redacted` — chained like any other — names each redacted entry's seq with the SHA-256
of the whole entry as it now stands (`form_hash`: every field, the new details, the kept
hash). `verify_chain` checks a redacted entry against that commitment instead of
recomputing its hash: its fields cannot change afterwards without showing, the same as any
other entry. What can no longer be shown is what the removed details said — which is the
point. Before an entry is redacted it must verify (its original hash, or its form under an
earlier redaction), so a broken entry is never laundered by a redaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

import rfc8785
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.audit import AuditEntry

REDACTED_ACTION = "audit.redacted"


def form_hash(e: AuditEntry) -> str:
    """SHA-256 of every field of the entry as it stands now (after a redaction)."""
    body: dict[str, Any] = {
        "seq": e.seq, "at": e.at.isoformat(), "user_id": str(e.user_id) if e.user_id else "",
        "username": e.username, "action": e.action, "entity": e.entity,
        "entity_id": e.entity_id, "student_id": str(e.student_id) if e.student_id else "",
        "details": e.details, "prev_hash": e.prev_hash, "hash": e.hash,
        "hash_format": e.hash_format,
    }
    return hashlib.sha256(rfc8785.dumps(body)).hexdigest()


def redactions(session: Session) -> dict[int, str]:
    """seq → the form hash the latest `audit.redacted` entry naming it recorded. A
    redaction can only name entries before itself."""
    out: dict[int, str] = {}
    for seq, details in session.execute(
            select(AuditEntry.seq, AuditEntry.details)
            .where(AuditEntry.action == REDACTED_ACTION).order_by(AuditEntry.seq)):
        try:
            named = json.loads(details).get("entries", {})
        except (ValueError, AttributeError):
            continue
        if not isinstance(named, Mapping):
            continue
        for key, digest in named.items():
            if str(key).isdigit() and int(key) < seq and isinstance(digest, str):
                out[int(key)] = digest
    return out
