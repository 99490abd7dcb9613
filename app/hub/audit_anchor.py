"""Each school's audit-trail head as its bundles carried it, and what did not add up
(security finding 7).

A school's bundle carries its trail's head (seq, hash) and the hash now at the head the
previous bundle carried (`payload_schema`). Applied in chain order, a school's trail may only
grow: the hub keeps the last head (`hub_audit_anchor`) and records a finding
(`hub_audit_finding`) when a bundle shows
- `shortened`: the head went back below the one kept, or the entry at the kept head is gone
  — entries removed (or the school's database restored from an older backup);
- `rewritten`: the entry at the kept head has another hash now — the history was changed and
  its later hashes recomputed;
- `unanchored`: the bundle names another previous head than the one kept (a bundle of the
  chain built without the trail, or edited state).
The bundle is applied all the same (its data is signed by the school): a finding is for a
person, listed by `pumpurs-hub audit-anchors`. A school that sends no head (older versions)
is not checked.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.hub.models import HubBase
from app.hub.types import UTCDateTime, utcnow

log = logging.getLogger("pumpurs.hub")


class AuditAnchor(HubBase):
    __tablename__ = "hub_audit_anchor"
    school_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    head_seq: Mapped[int] = mapped_column(BigInteger)
    head_hash: Mapped[str] = mapped_column(String(64))
    bundle_seq: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditFinding(HubBase):
    __tablename__ = "hub_audit_finding"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    school_id: Mapped[str] = mapped_column(String(36), index=True)
    bundle_seq: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))  # shortened | rewritten | unanchored
    kept_seq: Mapped[int] = mapped_column(BigInteger)
    head_seq: Mapped[int] = mapped_column(BigInteger)
    found_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def _kind(kept: AuditAnchor, audit: dict[str, Any]) -> str | None:
    if audit["prev_seq"] != kept.head_seq:
        return "shortened" if audit["head_seq"] < kept.head_seq else "unanchored"
    if audit["prev_hash"] is None or audit["head_seq"] < kept.head_seq:
        return "shortened"
    if audit["prev_hash"] != kept.head_hash:
        return "rewritten"
    return None


def anchor_audit(s: Session, school_id: str, bundle_seq: int,
                 audit: dict[str, Any] | None) -> str | None:
    """Check a bundle's trail head against the one kept, keep the new one; the finding's
    kind, or None when all adds up (or the bundle carries no head)."""
    if audit is None:
        return None
    kept = s.get(AuditAnchor, school_id)
    kind = None if kept is None else _kind(kept, audit)
    if kind is not None and kept is not None:
        s.add(AuditFinding(school_id=school_id, bundle_seq=bundle_seq, kind=kind,
                           kept_seq=kept.head_seq, head_seq=audit["head_seq"]))
        log.warning("audit trail of school %s %s (bundle %s: head %s, kept %s)", school_id,
                    kind, bundle_seq, audit["head_seq"], kept.head_seq)
    if kept is None:
        kept = AuditAnchor(school_id=school_id)
        s.add(kept)
    kept.head_seq, kept.head_hash = audit["head_seq"], audit["head_hash"]
    kept.bundle_seq, kept.updated_at = bundle_seq, utcnow()
    return kind


def audit_findings(s: Session) -> list[AuditFinding]:
    return list(s.scalars(select(AuditFinding).order_by(AuditFinding.id)))
