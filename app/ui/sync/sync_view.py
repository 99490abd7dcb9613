"""What the Sync screen shows and does, without Qt: one read of everything, and the work
its buttons start (each runs on the database worker through an Op).

`load_sync_view` reads the enrolment state, the trust document in use, the bundles and the
open conflicts in one go. `run_now` makes the HTTPS transport from the trust document and
runs the engine; `transport_factory` is injectable (tests, a proxy).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.i18n import render
from app.secrets import SecretStore
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.sync.conflicts import ConflictView, list_conflicts
from app.services.sync.engine import SyncRunResult, run_sync
from app.services.sync.enrolment import TrustInfo, current_trust, trust_info
from app.services.sync.keys import SchoolKeys, identity_row, load_school_keys
from app.services.sync.status import SyncStatus, sync_status
from app.sync.http_client import HttpTransport
from app.sync.keys import b64url_decode, fingerprint
from app.sync.transport import Transport

TransportFactory = Callable[[str, SchoolKeys], Transport]
Progress = Callable[[str, int, int], None]


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


def http_transport(url: str, keys: SchoolKeys) -> Transport:
    return HttpTransport(url, school_id=keys.sender_id, signing_key=keys.signing)


def run_now(store: Store, secrets: SecretStore, actor: Actor, lang: str, progress: Progress,
            cancel: threading.Event,
            transport_factory: TransportFactory = http_transport) -> SyncRunResult:
    """One sync run over the network; progress is reported as sentences in `lang`."""
    with store.read() as s:
        url = current_trust(s).url
        keys = load_school_keys(s, secrets)
    transport = transport_factory(url, keys)
    try:
        return run_sync(store, secrets, transport, actor=actor, cancel=cancel,
                        progress=lambda step, done, total: progress(render(step, lang),
                                                                    done, total))
    finally:
        close = getattr(transport, "close", None)
        if callable(close):
            close()


def downlink_files(folder: Path, school_id: str | None) -> list[Path]:
    """The municipality's answer files for this school in `folder` (a USB stick)."""
    pattern = f"{school_id}-down-*.pumpurs" if school_id else "*-down-*.pumpurs"
    return sorted(p for p in Path(folder).glob(pattern) if p.is_file())
