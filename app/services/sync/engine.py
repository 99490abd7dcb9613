"""One sync run: build pending bundles, upload them one at a time, fetch and apply downlinks.

- Right after a restore from a backup the downlinks are fetched first, so the chain goes on
  after the hub's head instead of forking (`sync.restored`).

- Bundles go in seq order; each upload's outcome is stored at once in its own short
  transaction, so a run killed midway resumes where it stopped (the hub is idempotent by
  bundle id: a resend of the same bytes changes nothing there).
- A bundle that fails (network error or 5xx after the transport's retries) gets its own
  backoff (`next_attempt_at`) and the run moves on to the next one: one bad bundle never
  blocks the others forever (the hub holds later ones until the gap is filled).
- An authentication error stops the run and is raised for a person to read.
- `progress(step_key, done, total)` is called between steps; `cancel` (a threading.Event)
  is checked between steps, never in the middle of a transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.errors import SyncError, SyncErrorKind
from app.models import SyncBundle, SyncIdentity
from app.models.base import utcnow
from app.models.enums import BundleState
from app.secrets import SecretStore
from app.services.core.actor import SYSTEM_ACTOR, Actor
from app.services.core.store import Store
from app.services.sync.apply import apply_downlink, last_downlink_seq
from app.services.sync.keys import require_sync
from app.services.sync.outbox import build_pending_bundles
from app.services.sync.restored import note_caught_up, restored_since_sync
from app.sync.transport import Transport, UploadResult, UploadStatus

Progress = Callable[[str, int, int], None]
UNFINISHED = (BundleState.BUILT, BundleState.EXPORTED, BundleState.SENT, BundleState.HELD)
"""States of a bundle the hub may not have yet (exporting again is harmless)."""
TO_UPLOAD = (BundleState.BUILT, BundleState.EXPORTED)
DELIVERED_STATE = {UploadStatus.EXPORTED: BundleState.EXPORTED, UploadStatus.HELD: BundleState.HELD}
"""A delivered upload's state (every other delivered answer: sent)."""
MAX_BACKOFF = timedelta(hours=6)


@dataclass(frozen=True)
class SyncRunResult:
    built: int
    uploaded: int
    failed: int
    downlinks: int
    conflicts: int
    cancelled: bool


def backoff(attempts: int) -> timedelta:
    return min(timedelta(minutes=2 ** max(0, attempts - 1)), MAX_BACKOFF)


def record_outcome(store: Store, bundle_id: object, result: UploadResult | None,
                   error: SyncError | None, now: datetime) -> None:
    """Store one upload's outcome on its bundle (its own transaction)."""
    with store.write() as s:
        row = s.get(SyncBundle, bundle_id)
        assert row is not None
        row.attempts += 1
        if result is None:
            row.last_error = error.text() if error else ""
            row.next_attempt_at = now + backoff(row.attempts)
            return
        row.next_attempt_at = None
        if result.delivered:
            row.state = DELIVERED_STATE.get(result.status, BundleState.SENT)
            row.sent_at, row.last_error = now, ""
        else:
            row.state = BundleState(result.status)  # conflict | rejected: same values
            row.last_error = result.reason or result.status


def _note_run(store: Store, now: datetime, success: bool, error: str) -> None:
    with store.write() as s:
        identity = s.scalar(select(SyncIdentity).limit(1))
        if identity is not None:
            identity.last_attempt_at = now
            identity.last_error = error
            if success:
                identity.last_success_at = now


def _due(store: Store, now: datetime) -> list[tuple[object, int, bytes]]:
    with store.read() as s:
        rows = s.scalars(select(SyncBundle).where(SyncBundle.state.in_(TO_UPLOAD))
                         .order_by(SyncBundle.seq))
        return [(r.id, r.seq, r.data) for r in rows
                if r.next_attempt_at is None or r.next_attempt_at <= now]


def _fetch_downlinks(store: Store, secrets: SecretStore, transport: Transport, actor: Actor,
                     stop: threading.Event, say: Progress) -> tuple[int, int]:
    """Fetch and apply the hub's downlinks until there is none; (downlinks, conflicts)."""
    downlinks = conflicts = 0
    while not stop.is_set():
        say("sync_school.step_fetch", downlinks, downlinks + 1)
        with store.read() as s:
            after = last_downlink_seq(s)
        downlink = transport.fetch_downlink(after)
        if downlink is None:
            break
        applied = apply_downlink(store, secrets, actor, downlink)
        downlinks += 1
        conflicts += applied.conflicts
    return downlinks, conflicts


def run_sync(store: Store, secrets: SecretStore, transport: Transport, *,
             actor: Actor = SYSTEM_ACTOR, progress: Progress | None = None,
             cancel: threading.Event | None = None,
             clock: Callable[[], datetime] = utcnow) -> SyncRunResult:
    require_sync(actor)
    say = progress or (lambda step, done, total: None)
    stop = cancel or threading.Event()
    downlinks = conflicts = 0
    with store.read() as s:
        restored = restored_since_sync(s)
    if restored:  # learn the hub's head before building: the chain goes on after it
        try:
            downlinks, conflicts = _fetch_downlinks(store, secrets, transport, actor, stop, say)
        except SyncError as exc:
            _note_run(store, clock(), False, exc.text())
            raise
        if stop.is_set():
            return SyncRunResult(0, 0, 0, downlinks, conflicts, True)
        note_caught_up(store, actor)
    say("sync_school.step_build", 0, 1)
    built = len(build_pending_bundles(store, secrets, actor))
    uploaded = failed = 0
    due = _due(store, clock())
    try:
        for done, (bundle_id, seq, data) in enumerate(due):
            if stop.is_set():
                return SyncRunResult(built, uploaded, failed, downlinks, conflicts, True)
            say("sync_school.step_upload", done, len(due))
            try:
                result = transport.upload(data, seq=seq)
            except SyncError as exc:
                if exc.kind is not SyncErrorKind.NETWORK:
                    raise
                record_outcome(store, bundle_id, None, exc, clock())
                failed += 1
                continue
            record_outcome(store, bundle_id, result, None, clock())
            uploaded += result.delivered
            failed += not result.delivered
        fetched = _fetch_downlinks(store, secrets, transport, actor, stop, say)
        downlinks, conflicts = downlinks + fetched[0], conflicts + fetched[1]
    except SyncError as exc:
        _note_run(store, clock(), False, exc.text())
        raise
    _note_run(store, clock(), failed == 0, "" if failed == 0 else "upload failed")
    return SyncRunResult(built, uploaded, failed, downlinks, conflicts, stop.is_set())
