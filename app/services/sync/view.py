"""What the Sync screen shows, in one read: the enrolment state with the school's key
fingerprint, the trust document in use, the bundles and the open conflicts."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.sync.conflicts import ConflictView, list_conflicts
from app.services.sync.enrolment import TrustInfo, trust_info
from app.services.sync.keys import identity_row
from app.services.sync.status import SyncStatus, sync_status
from app.sync.keys import b64url_decode, fingerprint


@dataclass(frozen=True)
class SyncView:
    status: SyncStatus
    school_id: str | None
    fingerprint: str | None  # the school's keys, groups of four
    trust: TrustInfo | None
    conflicts: list[ConflictView]


def load_sync_view(store: Store, actor: Actor) -> SyncView:
    status = sync_status(store)
    with store.read() as s:
        row = identity_row(s)
        school_id = None if row is None else str(row.school_id)
        fp = None if row is None else fingerprint(b64url_decode(row.signing_public),
                                                  b64url_decode(row.encryption_public))
    return SyncView(status, school_id, fp, trust_info(store), list_conflicts(store, actor))
