"""Applying the hub's downlink bundles: receipts for our bundles, decisions on plans.

`apply_downlink` verifies before it believes anything: the size, the hub's signature with the
key from the trust document in use (`read_bundle`), the kind, then decrypts with the school's
X25519 key (`open_payload`). Then, in one transaction — all of it or nothing:
- order: a downlink's seq must be the last applied + 1 and name the last one's manifest hash;
  an older seq is refused (rollback; the very same file again is reported as already applied),
  a gap asks for the missing file first, another chain is refused as a fork;
- receipts mark our bundles and their records acknowledged / held / rejected / conflict; a
  receipt older than one already seen for the same bundle is refused (rollback); receipts
  for bundles this database never built (it was restored from a backup) move its chain on
  to the hub's head (`sync.restored.adopt_hub_head`);
- decisions are applied by `sync_decisions` (conflicts kept for a person).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import SyncError, SyncErrorKind
from app.models import DownlinkRecord, OutboxChange, SyncBundle
from app.models.base import utcnow
from app.models.enums import BundleState, SyncState
from app.secrets import SecretStore
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.sync.decisions import apply_decision
from app.services.sync.enrolment import current_trust
from app.services.sync.keys import load_school_keys, require_sync
from app.services.sync.restored import adopt_hub_head, unknown_receipts
from app.sync.envelope import VerifiedBundle, open_payload, read_bundle
from app.sync.keys import key_id, load_verify_key
from app.sync.values import decode_datetime, decode_uuid

BUNDLE_STATE = {"applied": BundleState.ACKNOWLEDGED, "duplicate": BundleState.ACKNOWLEDGED,
                "held": BundleState.HELD, "quarantined": BundleState.CONFLICT,
                "rejected": BundleState.REJECTED}
"""The hub's receipt status → the bundle's state."""
RECORD_STATE = {BundleState.ACKNOWLEDGED: SyncState.ACKNOWLEDGED,
                BundleState.CONFLICT: SyncState.CONFLICT, BundleState.REJECTED: SyncState.CONFLICT}


@dataclass(frozen=True)
class DownlinkResult:
    seq: int
    status: str  # "applied" | "already_applied"
    receipts: int
    decisions: int
    conflicts: int


def verify_downlink(session: Session, secrets: SecretStore,
                    data: bytes) -> tuple[VerifiedBundle, dict[str, Any]]:
    """The verified manifest and decrypted payload of a hub downlink; SyncError if refused."""
    trust = current_trust(session)
    keys = load_school_keys(session, secrets)
    publics = [trust.hub_signing_public, *filter(None, [trust.previous_signing_public])]
    trusted = {key_id(load_verify_key(p)): load_verify_key(p) for p in publics}

    def lookup(sender_id: str, sender_key_id: str) -> Ed25519PublicKey | None:
        return trusted.get(sender_key_id) if sender_id == trust.hub_id else None

    verified = read_bundle(data, trusted_keys=lookup)
    if verified.manifest["kind"] != "hub-downlink":
        raise SyncError("sync_school.not_downlink", kind=SyncErrorKind.MALFORMED)
    return verified, open_payload(verified, keys.encryption)


def _check_order(session: Session, verified: VerifiedBundle) -> bool:
    """True to apply; False if this very downlink was applied before; SyncError otherwise."""
    seq = verified.manifest["seq"]
    last = session.scalar(select(DownlinkRecord).order_by(DownlinkRecord.seq.desc()).limit(1))
    last_seq = 0 if last is None else last.seq
    if seq <= last_seq:
        same = session.get(DownlinkRecord, seq)
        if same is not None and same.manifest_sha256 == verified.manifest_sha256:
            return False
        raise SyncError("sync_school.downlink_rollback", kind=SyncErrorKind.ROLLBACK,
                        seq=seq, last=last_seq)
    if seq > last_seq + 1:
        raise SyncError("sync_school.downlink_gap", kind=SyncErrorKind.GAP,
                        seq=seq, missing=last_seq + 1)
    expected = None if last is None else last.manifest_sha256
    if verified.manifest["prev_manifest_sha256"] != expected:
        raise SyncError("sync_school.downlink_fork", kind=SyncErrorKind.FORK, seq=seq)
    return True


def _apply_receipt(session: Session, bundle: SyncBundle, receipt: dict[str, Any]) -> None:
    received = decode_datetime(receipt["received_at"])
    if bundle.receipt_received_at is not None and received < bundle.receipt_received_at:
        raise SyncError("sync_school.receipt_rollback", kind=SyncErrorKind.ROLLBACK, seq=bundle.seq)
    status = receipt["status"]
    if receipt["manifest_sha256"] != bundle.manifest_sha256 or receipt["seq"] != bundle.seq:
        status = "quarantined"  # the hub holds other content under this id: a fork
    state = BUNDLE_STATE[status]
    bundle.receipt_status, bundle.receipt_reason = status, receipt["reason"]
    bundle.receipt_received_at = received
    if bundle.state is BundleState.ACKNOWLEDGED and state is BundleState.HELD:
        return  # a late "held" after the final answer changes nothing
    bundle.state = state
    if state is BundleState.ACKNOWLEDGED:
        bundle.acknowledged_at = utcnow()
    if state in RECORD_STATE:
        session.execute(update(OutboxChange).where(
            OutboxChange.bundle_id == bundle.id,
            OutboxChange.state.in_([SyncState.SENT, SyncState.CONFLICT]),
        ).values(state=RECORD_STATE[state]))


def _apply_receipts(session: Session, actor: Actor, receipts: list[dict[str, Any]]) -> int:
    ids = [decode_uuid(r["bundle_id"]) for r in receipts]
    bundles: dict[uuid.UUID, SyncBundle] = {}
    for start in range(0, len(ids), 500):
        for row in session.scalars(
                select(SyncBundle).where(SyncBundle.id.in_(ids[start:start + 500]))):
            bundles[row.id] = row
    applied = 0
    for bundle_id, receipt in zip(ids, receipts, strict=True):
        if bundle_id in bundles:
            _apply_receipt(session, bundles[bundle_id], receipt)
            applied += 1
    # Receipts for bundles this database never built: after a restore, the hub's chain head.
    head = adopt_hub_head(session, unknown_receipts(receipts, set(bundles)))
    if head is not None:
        audit.record(session, actor, "sync.hub_head_adopted", "sync_bundle", str(head),
                     seq=head)
    return applied


def apply_downlink(store: Store, secrets: SecretStore, actor: Actor, data: bytes,
                   now: datetime | None = None) -> DownlinkResult:
    """Verify and apply one hub-downlink file (see the module docstring)."""
    require_sync(actor)
    with store.write() as s:
        verified, payload = verify_downlink(s, secrets, data)
        seq = verified.manifest["seq"]
        if not _check_order(s, verified):
            return DownlinkResult(seq, "already_applied", 0, 0, 0)
        receipts = _apply_receipts(s, actor, payload["receipts"])
        outcomes = [apply_decision(s, actor, d) for d in payload["decisions"]]
        s.add(DownlinkRecord(seq=seq, bundle_id=decode_uuid(verified.manifest["bundle_id"]),
                             manifest_sha256=verified.manifest_sha256, receipts=receipts,
                             decisions=len(outcomes), applied_at=now or utcnow()))
        s.flush()
        audit.record(s, actor, "sync.downlink_applied", "sync_downlink", str(seq), seq=seq,
                     receipts=receipts, decisions=outcomes.count("applied"),
                     conflicts=outcomes.count("conflict"))
        return DownlinkResult(seq, "applied", receipts, outcomes.count("applied"),
                              outcomes.count("conflict"))


def last_downlink_seq(session: Session) -> int:
    last = session.scalar(select(DownlinkRecord.seq).order_by(DownlinkRecord.seq.desc()).limit(1))
    return int(last or 0)
