"""Outbox → bundles: the school's changes, in order, signed and encrypted for the hub.

`build_pending_bundles` turns the outbox rows in state TO_SEND into school-upload bundles:
- seq rises by one, each manifest names the previous manifest's SHA-256 (a chain);
- a record appears once per bundle, with its state at build time (an upsert of the row as it
  is now, or a tombstone when it no longer exists);
- one bundle is one transaction: the bundle's bytes and the outbox rows' new state (SENT, with
  the bundle's id) commit together or not at all, so a crash mid-build loses nothing and
  doubles nothing; a built bundle is never changed;
- a record changed after it was bundled has a new TO_SEND row and goes out in the next bundle;
  no pending change, no bundle. Rows of entities that never travel (guardians…) are marked
  ACKNOWLEDGED without a bundle;
- the pending rows are read only as far as the bundle needs them, and the consultation and
  expense totals go out once, with the run's last bundle: until then the consultation and
  expense outbox rows stay pending (and are not read), and that bundle recomputes the totals
  of the pupils they name (`sync_totals_change`).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import OutboxChange, SyncBundle, SyncIdentity
from app.models.base import utcnow
from app.models.enums import BundleState, SyncState
from app.secrets import SecretStore
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.sync.enrolment import current_trust
from app.services.sync.keys import load_school_keys, require_sync
from app.services.sync.records import (
    ENTITIES,
    TOTALS_SOURCES,
    current_rows,
    lookups,
    with_related,
)
from app.services.sync.totals import ENTITY as TOTALS_ENTITY
from app.services.sync.totals_change import NO_CHANGE, changed_totals, store_totals
from app.sync.canonical import canonical_bytes
from app.sync.envelope import build_bundle
from app.sync.payload_schema import SCHEMA_VERSION
from app.sync.values import encode_datetime, encode_uuid

MAX_RECORDS = 5000


@dataclass(frozen=True)
class BundleInfo:
    bundle_id: uuid.UUID
    seq: int
    state: BundleState
    counts: dict[str, int]
    size: int
    created_at: datetime
    sent_at: datetime | None
    acknowledged_at: datetime | None
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    receipt_status: str | None
    receipt_reason: str | None


def bundle_info(row: SyncBundle) -> BundleInfo:
    return BundleInfo(row.id, row.seq, row.state, json.loads(row.counts), len(row.data),
                      row.created_at, row.sent_at, row.acknowledged_at, row.attempts,
                      row.next_attempt_at, row.last_error, row.receipt_status,
                      row.receipt_reason)


Pending = Iterable[tuple[int, str, uuid.UUID, datetime]]


@dataclass
class Share:
    """One bundle's share of the pending outbox rows."""

    boundary: int = 0  # the last seq it covers
    chosen: dict[tuple[str, uuid.UUID], datetime] = field(default_factory=dict)  # records
    drained: bool = True  # it is all of the pending rows (but consultations and expenses)


def _take(pending: Pending, max_records: int) -> Share:
    """This bundle's share of `pending` (read no further than needed)."""
    share = Share()
    chosen = share.chosen
    for seq, entity, entity_id, changed_at in pending:
        key = (entity, entity_id)
        if entity in ENTITIES and key not in chosen and len(chosen) >= max_records:
            share.drained = False
            return share
        share.boundary = seq
        if entity in ENTITIES:
            chosen[key] = max(changed_at, chosen.get(key, changed_at))
    return share


def _pending_sources(session: Session) -> set[uuid.UUID]:
    """The consultations and expenses changed since the last bundle that carried totals."""
    return set(session.scalars(
        select(OutboxChange.entity_id).where(OutboxChange.state == SyncState.TO_SEND,
                                             OutboxChange.entity.in_(TOTALS_SOURCES))))


def _records(session: Session, chosen: dict[tuple[str, uuid.UUID], datetime],
             require_names: bool, free_text: bool) -> dict[str, list[dict[str, Any]]]:
    with_related(session, chosen)
    by_entity: dict[str, list[uuid.UUID]] = defaultdict(list)
    for entity, entity_id in chosen:
        by_entity[entity].append(entity_id)
    k = lookups(session, require_names, free_text)
    records: dict[str, list[dict[str, Any]]] = {}
    stamps: dict[datetime, str] = {}  # rows changed together share their time
    for entity, ids in by_entity.items():
        found = current_rows(session, entity, ids, k)
        out = []
        for entity_id in ids:
            at = chosen[(entity, entity_id)]
            record: dict[str, Any] = {
                "id": encode_uuid(entity_id),
                "changed_at": stamps.get(at) or stamps.setdefault(at, encode_datetime(at)),
            }
            if entity_id in found:
                record.update(op="upsert", data=found[entity_id])
            else:
                record["op"] = "delete"
            out.append(record)
        records[entity] = out
    return records


def _mark(session: Session, share: Share, bundle_id: uuid.UUID | None) -> None:
    pending: tuple[Any, ...] = (OutboxChange.state == SyncState.TO_SEND,)
    if not share.drained:  # the run's last bundle carries the totals: all of these go with it
        pending += (OutboxChange.seq <= share.boundary,
                    OutboxChange.entity.not_in(TOTALS_SOURCES))
    travels = OutboxChange.entity.in_([*ENTITIES, *TOTALS_SOURCES])
    if bundle_id is not None:
        session.execute(update(OutboxChange).where(*pending, travels)
                        .values(state=SyncState.SENT, bundle_id=bundle_id))
    session.execute(update(OutboxChange).where(*pending)
                    .values(state=SyncState.ACKNOWLEDGED))


def _audit_anchor(session: Session) -> dict[str, object]:
    """The trail's head for this bundle, and the hash now at the head the last bundle carried
    (None when that entry is gone): the municipality sees a trail cut short or rewritten.
    The head is kept as the last one sent, which check-db looks for too."""
    identity = session.scalars(select(SyncIdentity)).one()
    head_seq, head_hash = audit.trail_head(session)
    prev_seq = identity.audit_head_seq or 0
    anchor = {"head_seq": head_seq, "head_hash": head_hash, "prev_seq": prev_seq,
              "prev_hash": audit.hash_at(session, prev_seq)}
    identity.audit_head_seq, identity.audit_head_hash = head_seq, head_hash
    return anchor


def _build_one(store: Store, secrets: SecretStore, actor: Actor,
               max_records: int) -> tuple[BundleInfo | None, bool]:
    """The next bundle (None: nothing to send) and whether it took all that was pending."""
    with store.write() as s:
        keys = load_school_keys(s, secrets)
        trust = current_trust(s)
        pending = s.execute(
            select(OutboxChange.seq, OutboxChange.entity, OutboxChange.entity_id,
                   OutboxChange.changed_at)
            .where(OutboxChange.state == SyncState.TO_SEND,
                   OutboxChange.entity.not_in(TOTALS_SOURCES))
            .order_by(OutboxChange.seq).execution_options(yield_per=2000)
        )
        share = _take(pending, max_records)
        pending.close()
        records = _records(s, share.chosen, trust.require_names, trust.send_free_text)
        totals = changed_totals(s, lambda: _pending_sources(s)) if share.drained else NO_CHANGE
        if totals.records:
            at = encode_datetime(utcnow().replace(microsecond=0))
            records[TOTALS_ENTITY] = [
                {"id": encode_uuid(rid), "op": "delete", "changed_at": at} if data is None
                else {"id": encode_uuid(rid), "op": "upsert", "changed_at": at, "data": data}
                for rid, data in totals.records.items()
            ]
        if not records:
            _mark(s, share, None)
            store_totals(s, totals)
            return None, share.drained
        last = s.execute(select(SyncBundle.seq, SyncBundle.manifest_sha256)
                         .order_by(SyncBundle.seq.desc()).limit(1)).first()
        built = build_bundle(
            {"schema_version": SCHEMA_VERSION, "records": records,
             "audit": _audit_anchor(s)}, kind="school-upload",
            sender_id=keys.sender_id, signing_key=keys.signing,
            recipient_public=trust.hub_encryption_public, seq=1 if last is None else last[0] + 1,
            prev_manifest_sha256=None if last is None else last[1],
        )
        row = SyncBundle(
            id=uuid.UUID(built.bundle_id), seq=built.manifest["seq"],
            manifest_sha256=built.manifest_sha256,
            prev_manifest_sha256=built.manifest["prev_manifest_sha256"], data=built.data,
            counts=canonical_bytes(built.manifest["counts"]).decode("utf-8"),
            state=BundleState.BUILT,
        )
        s.add(row)
        s.flush()
        _mark(s, share, row.id)
        store_totals(s, totals)
        audit.record(s, actor, "sync.bundle_built", "sync_bundle", row.id, seq=row.seq,
                     records=sum(built.manifest["counts"].values()))
        return bundle_info(row), share.drained


def build_pending_bundles(store: Store, secrets: SecretStore, actor: Actor, *,
                          max_records: int = MAX_RECORDS) -> list[BundleInfo]:
    """Every bundle the pending changes need (none when nothing changed), oldest first.
    Changes made while it runs wait for the next run once it has taken all that was pending."""
    require_sync(actor)
    built: list[BundleInfo] = []
    while True:
        info, drained = _build_one(store, secrets, actor, max_records)
        if info is not None:
            built.append(info)
        if drained or info is None:
            return built


def pending_changes(session: Session) -> int:
    """Changed records not yet put into a bundle (each record counted once)."""
    distinct = select(OutboxChange.entity, OutboxChange.entity_id).where(
        OutboxChange.state == SyncState.TO_SEND).distinct().subquery()
    return int(session.scalar(select(func.count()).select_from(distinct)) or 0)
