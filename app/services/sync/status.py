"""What the status bar and the Sync screen show: pending changes, last sync, bundles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.models import SyncBundle, SyncConflict
from app.models.enums import BundleState
from app.services.core.store import Store
from app.services.sync.apply import last_downlink_seq
from app.services.sync.enrolment import stored_trust
from app.services.sync.keys import identity_row
from app.services.sync.outbox import BundleInfo, bundle_info, pending_changes

SHOWN_BUNDLES = 200


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool  # the school has its keys
    trusted: bool  # a trust document was imported
    hub_url: str | None
    trust_version: int | None
    trust_expires_at: datetime | None
    pending_changes: int  # changed records not yet in a bundle
    unacknowledged_bundles: int  # built but without the hub's final receipt
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str
    last_downlink_seq: int
    open_conflicts: int
    bundles: list[BundleInfo]  # newest first


def sync_status(store: Store) -> SyncStatus:
    with store.read() as s:
        identity = identity_row(s)
        trust = stored_trust(s)
        rows = s.scalars(select(SyncBundle).order_by(SyncBundle.seq.desc()).limit(SHOWN_BUNDLES))
        unacknowledged = s.scalar(select(func.count()).select_from(SyncBundle).where(
            SyncBundle.state != BundleState.ACKNOWLEDGED))
        conflicts = s.scalar(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.resolved_at.is_(None)))
        return SyncStatus(
            enrolled=identity is not None, trusted=trust is not None,
            hub_url=trust.url if trust else None,
            trust_version=trust.version if trust else None,
            trust_expires_at=trust.expires_at if trust else None,
            pending_changes=pending_changes(s), unacknowledged_bundles=int(unacknowledged or 0),
            last_success_at=identity.last_success_at if identity else None,
            last_attempt_at=identity.last_attempt_at if identity else None,
            last_error=identity.last_error if identity else "",
            last_downlink_seq=last_downlink_seq(s), open_conflicts=int(conflicts or 0),
            bundles=[bundle_info(r) for r in rows],
        )
