"""The directors' public signing keys of each school, kept as the hub first received them.

They arrive as `signing_key` records in the school's signed bundles. A fingerprint must be
the fingerprint of its public key; once the hub holds a fingerprint its public key never
changes (a later record with another key for it is ignored and logged), and a revocation,
once received, stays (the earliest time is kept). A key replaced by a newer one keeps
verifying the approvals it signed before it was revoked.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import SyncError
from app.hub.models_records import HubDirectorKey
from app.sync.keys import b64url_decode
from app.sync.plan_signature import director_key_fingerprint
from app.sync.values import decode_datetime

log = logging.getLogger("pumpurs.hub")


def _time(value: Any) -> Any:
    try:
        return decode_datetime(value) if isinstance(value, str) else None
    except SyncError:
        return None


def _public(data: dict[str, Any]) -> bytes | None:
    try:
        raw = b64url_decode(data.get("public_key") or "")
    except ValueError:
        return None
    ok = len(raw) == 32 and data.get("fingerprint") == director_key_fingerprint(raw)
    return raw if ok else None


def record_director_keys(s: Session, school_id: str, seq: int,
                         records: list[dict[str, Any]]) -> set[str]:
    """Keep the keys of `signing_key` records; the fingerprints added or revoked."""
    changed: set[str] = set()
    for record in records:
        data = record.get("data")
        if record.get("op") != "upsert" or not isinstance(data, dict):
            continue  # a key is never deleted at school; a tombstone changes nothing here
        raw = _public(data)
        if raw is None:
            log.warning("school %s sent a director key whose fingerprint does not match",
                        school_id)
            continue
        fingerprint, public = data["fingerprint"], data["public_key"]
        row = s.get(HubDirectorKey, (school_id, fingerprint))
        revoked = _time(data.get("revoked_at"))
        if row is None:
            s.add(HubDirectorKey(
                school_id=school_id, fingerprint=fingerprint, public_key=public,
                user_id=data.get("user_id") if isinstance(data.get("user_id"), str) else None,
                created_at=_time(data.get("created_at")), revoked_at=revoked, bundle_seq=seq))
            changed.add(fingerprint)
        elif row.public_key != public:
            log.warning("school %s sent another public key for director key %s: ignored",
                        school_id, fingerprint)
        elif revoked is not None and (row.revoked_at is None or revoked < row.revoked_at):
            row.revoked_at = revoked
            changed.add(fingerprint)
    s.flush()
    return changed


def director_key(s: Session, school_id: str, fingerprint: str) -> HubDirectorKey | None:
    return s.get(HubDirectorKey, (school_id, fingerprint))


def school_director_keys(s: Session, school_id: str) -> list[HubDirectorKey]:
    """A school's director keys as received, oldest first (the school's page)."""
    return list(s.scalars(select(HubDirectorKey).where(HubDirectorKey.school_id == school_id)
                          .order_by(HubDirectorKey.bundle_seq, HubDirectorKey.fingerprint)))
