"""Ingest one upload, in the order of sync_api.md: size → signature against the registered
key → decrypt → schema → exactly once by bundle id → seq order → apply (`ingest_chain`).

Nothing of a rejected upload is stored but a line in `hub_rejection` (and the log); a
rejection after the signature held also becomes a receipt for the school.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app.errors import SyncError
from app.hub.hub import Hub
from app.hub.ingest_chain import add_receipt, place_bundle
from app.hub.models import Bundle, Rejection, SchoolKey
from app.hub.rejection_log import bound_rejections
from app.hub.results import IngestResult
from app.i18n import render
from app.sync.envelope import VerifiedBundle, open_payload, read_bundle
from app.sync.keys import load_verify_key
from app.sync.limits import MAX_BUNDLE_BYTES

log = logging.getLogger("pumpurs.hub")


class Refused(Exception):
    def __init__(self, key: str, kind: str, **params: Any) -> None:
        super().__init__(key)
        self.key, self.kind, self.params = key, kind, params


KEY_OF = select(SchoolKey.signing_public, SchoolKey.revoked_at).where(
    SchoolKey.school_id == bindparam("school_id"), SchoolKey.key_id == bindparam("key_id"))


def _lookup(hub: Hub, school_id: str | None) -> Any:
    def trusted(sender_id: str, key_id: str) -> Ed25519PublicKey | None:
        if school_id is not None and sender_id != school_id:
            raise Refused("hub.sender_mismatch", "unknown_key", sender=sender_id[:40],
                          school_id=school_id)
        with hub.store.engine.connect() as conn:  # Core: no Session for one small read
            row = conn.execute(KEY_OF, {"school_id": sender_id, "key_id": key_id}).first()
        if row is None:
            return None
        if row.revoked_at is not None:
            raise Refused("hub.key_revoked", "unknown_key", key_id=key_id)
        return load_verify_key(row.signing_public)

    return trusted


def _open(hub: Hub, verified: VerifiedBundle) -> dict[str, Any]:
    """The decrypted payload of a verified upload; `Refused` or `SyncError` if not."""
    manifest = verified.manifest
    if manifest["kind"] != "school-upload":
        raise Refused("hub.wrong_kind", "malformed", bundle_kind=manifest["kind"])
    recipient = hub.keys.encryption.get(manifest["recipient_key_id"])
    if recipient is None:
        raise Refused("hub.wrong_recipient", "wrong_recipient",
                      key_id=manifest["recipient_key_id"])
    return open_payload(verified, recipient)


def _reject(hub: Hub, data: bytes, error: Refused | SyncError, verified: VerifiedBundle | None,
            school_id: str | None) -> IngestResult:
    key, kind, params = error.key, error.kind, error.params
    manifest = verified.manifest if verified else {}
    sender = manifest.get("sender_id") or school_id
    result = IngestResult("rejected", manifest.get("bundle_id"), manifest.get("seq"), sender,
                          reason_key=key, reason_params=params, kind=kind)
    log.warning("rejected upload from %s (%s B): %s — %s", sender, len(data), key,
                render(key, "en", **params))
    with hub.store.write() as s:
        s.add(Rejection(school_id=sender, bundle_id=manifest.get("bundle_id"), kind=kind,
                        reason_key=key, reason=render(key, "en", **params), size=len(data),
                        sha256=hashlib.sha256(data).hexdigest()))
        s.flush()
        bound_rejections(s, sender)
        if verified is not None:  # authenticated: the school also learns it from a downlink
            add_receipt(s, verified, "rejected", render(key, "lv", **params))
    return result


def _note_upload(s: Session, verified: VerifiedBundle) -> None:
    """The key (computer) that signed a verified upload was last heard from now."""
    m = verified.manifest
    s.execute(update(SchoolKey).where(SchoolKey.school_id == m["sender_id"],
                                      SchoolKey.key_id == m["sender_key_id"])
              .values(last_upload_at=datetime.now(UTC)))


def ingest_bundle(hub: Hub, data: bytes, *, school_id: str | None = None) -> IngestResult:
    """Verify, store and apply one upload; `school_id` is the authenticated sender (HTTP)."""
    if len(data) > MAX_BUNDLE_BYTES:
        error = SyncError("sync.too_large", kind="too_large", size=len(data),
                          limit=MAX_BUNDLE_BYTES)
        return _reject(hub, b"", error, None, school_id)
    verified: VerifiedBundle | None = None
    try:
        verified = read_bundle(data, trusted_keys=_lookup(hub, school_id))
        payload = _open(hub, verified)
    except (Refused, SyncError) as exc:
        return _reject(hub, data, exc, verified, school_id)
    for attempt in range(3):
        try:
            with hub.store.write() as s:
                result = place_bundle(hub, s, data, verified, payload)
                _note_upload(s, verified)
                return result
        except (IntegrityError, OperationalError):
            # another worker stored the same bundle (or the same seq) at the same moment:
            # run again, and the stored row decides (duplicate, conflict or fork)
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def list_rejections(hub: Hub, limit: int = 100) -> list[tuple[str, str, str]]:
    with hub.store.read() as s:
        rows = s.execute(select(Rejection.received_at, Rejection.school_id, Rejection.reason)
                         .order_by(Rejection.id.desc()).limit(limit)).all()
    return [(r[0].isoformat(), r[1] or "—", r[2]) for r in rows]


def list_quarantined(hub: Hub) -> list[tuple[str, int, str, str]]:
    """(school id, seq, bundle id, received at) of every fork kept aside."""
    with hub.store.read() as s:
        rows = s.execute(select(Bundle.school_id, Bundle.seq, Bundle.bundle_id,
                                Bundle.received_at).where(Bundle.status == "quarantined")
                         .order_by(Bundle.school_id, Bundle.seq, Bundle.id)).all()
    return [(r[0], int(r[1]), r[2], r[3].isoformat()) for r in rows]
