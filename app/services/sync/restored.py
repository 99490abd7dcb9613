"""After a restore from a backup: continue the upload chain after the hub's head, no fork.

A restored database remembers the bundles it had built when the backup was made (up to seq
N); the hub may already have applied later ones (N+1 … M). A new bundle N+1 would then be a
fork, which the hub quarantines for a person. Instead:
- `restored_since_sync(session)`: the audit trail's last "backup.restored" entry comes after
  its last "sync.caught_up_after_restore"; the sync run then fetches the hub's downlinks
  *before* it builds anything, and notes when it has fetched them all (`note_caught_up`);
- `adopt_hub_head(session, receipts)` (called while a verified downlink is applied): the
  hub's signed receipts for bundles this database never built tell how far the hub's chain
  goes. The newest applied one (seq M and its manifest hash) is recorded as a bundle known
  only from its receipt (no bytes, state acknowledged), so the next bundle is M+1 naming M's
  hash and the hub accepts it. Bundles built here but never sent are dropped (their changes
  go out again), and every record is queued again, so the hub gets the restored state.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.models import AuditEntry, OutboxChange, SyncBundle
from app.models.base import utcnow
from app.models.enums import BundleState, SyncState
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.sync.conflicts import queue_everything
from app.sync.values import decode_datetime, decode_uuid

RESTORED_ACTION = "backup.restored"  # written by app.services.backup.restoring
CAUGHT_UP_ACTION = "sync.caught_up_after_restore"
HUB_APPLIED = ("applied", "duplicate")
ADOPTED_NOTE = "restored: known from the hub's receipt"


def restored_since_sync(session: Session) -> bool:
    """True when the database was restored from a backup and the hub's downlinks have not
    been fetched since (by the audit trail's order, not by clocks)."""
    def last(action: str) -> int:
        return int(session.scalar(select(func.max(AuditEntry.seq))
                                  .where(AuditEntry.action == action)) or 0)

    return last(RESTORED_ACTION) > last(CAUGHT_UP_ACTION)


def note_caught_up(store: Store, actor: Actor) -> None:
    """The hub's downlinks were all fetched after the restore: later runs run as usual."""
    with store.write() as s:
        audit.record(s, actor, CAUGHT_UP_ACTION, "sync_bundle", "")


def _drop_unsent(session: Session) -> None:
    """Bundles built here that never left this PC: their changes are queued again."""
    unsent = list(session.scalars(select(SyncBundle.id).where(
        SyncBundle.state == BundleState.BUILT)))
    if unsent:
        session.execute(update(OutboxChange).where(OutboxChange.bundle_id.in_(unsent))
                        .values(state=SyncState.TO_SEND, bundle_id=None))
        session.execute(delete(SyncBundle).where(SyncBundle.id.in_(unsent)))


def adopt_hub_head(session: Session, unknown: list[dict[str, Any]]) -> int | None:
    """Continue after the hub's newest applied bundle among `unknown` (receipts for bundles
    this database never built) when it is ahead of this database; its seq, else None."""
    applied = [r for r in unknown if r["status"] in HUB_APPLIED]
    if not applied:
        return None
    head = max(applied, key=lambda r: int(r["seq"]))
    ours = session.scalar(select(func.max(SyncBundle.seq))
                          .where(SyncBundle.state != BundleState.BUILT)) or 0
    if int(head["seq"]) <= ours:
        return None  # not ahead of us: a fork the hub and a person sort out as before
    _drop_unsent(session)
    received = decode_datetime(head["received_at"])
    session.add(SyncBundle(
        id=decode_uuid(head["bundle_id"]), seq=int(head["seq"]),
        manifest_sha256=head["manifest_sha256"], prev_manifest_sha256=None, data=b"",
        counts="{}", state=BundleState.ACKNOWLEDGED, receipt_status=head["status"],
        receipt_reason=head["reason"], receipt_received_at=received,
        acknowledged_at=utcnow(), last_error=ADOPTED_NOTE))
    session.flush()
    queue_everything(session)
    return int(head["seq"])


def unknown_receipts(receipts: list[dict[str, Any]],
                     known: set[uuid.UUID]) -> list[dict[str, Any]]:
    return [r for r in receipts if decode_uuid(r["bundle_id"]) not in known]
