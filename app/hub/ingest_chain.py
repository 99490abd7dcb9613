"""Exactly once and in order, inside one transaction per upload.

- bundle id already stored: the same bytes → `duplicate` (the stored state is answered again);
  other bytes → `conflict`, nothing stored.
- seq = applied + 1 and prev hash = the last applied manifest's → applied, then every held
  bundle that now follows is applied too.
- seq > applied + 1 → `held` (stored, applied when the gap closes); past the school's quota
  (`held_quota`) → `deferred`, nothing stored, to be sent again later.
- seq already taken in the chain, or a prev hash that does not match → a fork: stored as
  `quarantined` (outside the chain), listed for a person, never merged.
The school's row is locked first (SELECT … FOR UPDATE on PostgreSQL; SQLite writers queue on
BEGIN IMMEDIATE); UNIQUE constraints are the last line if two workers still race.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.hub import held_quota
from app.hub.apply import apply_records
from app.hub.audit_anchor import anchor_audit
from app.hub.hub import Hub
from app.hub.models import Bundle, Receipt, Rejection, School, SchoolKey
from app.hub.results import IngestResult
from app.hub.signature_check import check_bundle, touched_versions
from app.i18n import render
from app.sync.envelope import VerifiedBundle, open_payload, read_bundle
from app.sync.keys import load_verify_key

log = logging.getLogger("pumpurs.hub")


def add_receipt(s: Session, verified: VerifiedBundle, status: str,
                reason: str | None = None) -> None:
    m = verified.manifest
    s.add(Receipt(school_id=m["sender_id"], bundle_id=m["bundle_id"], seq=m["seq"],
                  manifest_sha256=verified.manifest_sha256, status=status, reason=reason))


def _store(s: Session, data: bytes, v: VerifiedBundle, status: str,
           reason: str | None = None) -> Bundle:
    m = v.manifest
    row = Bundle(bundle_id=m["bundle_id"], school_id=m["sender_id"], seq=m["seq"],
                 chain_seq=None if status == "quarantined" else m["seq"],
                 manifest_sha256=v.manifest_sha256,
                 prev_manifest_sha256=m["prev_manifest_sha256"], bundle_sha256=v.bundle_sha256,
                 size=len(data), data=data, status=status, reason=reason,
                 applied_at=datetime.now(UTC) if status == "applied" else None)
    s.add(row)
    s.flush()
    return row


def _apply(s: Session, school: School, row: Bundle, payload: dict[str, Any]) -> None:
    touched = touched_versions(s, school.school_id, payload)
    apply_records(s, school.school_id, school.require_names, row.seq, payload,
                  school.send_free_text)
    anchor_audit(s, school.school_id, row.seq, payload.get("audit"))
    check_bundle(s, school.school_id, row.seq, payload, touched)
    if row.status != "applied":  # a held bundle whose turn came
        row.status, row.applied_at = "applied", datetime.now(UTC)
    school.applied_seq, school.applied_manifest_sha256 = row.seq, row.manifest_sha256


def _quarantine(s: Session, data: bytes, v: VerifiedBundle, school: School,
                key: str) -> IngestResult:
    _store(s, data, v, "quarantined", key)
    add_receipt(s, v, "quarantined", render(key, "lv", seq=v.manifest["seq"]))
    log.warning("fork from school %s at seq %s quarantined (bundle %s)", school.school_id,
                v.manifest["seq"], v.manifest["bundle_id"])
    return _result("quarantined", v, school, key)


def _result(status: str, v: VerifiedBundle, school: School, key: str | None = None,
            kind: str | None = None) -> IngestResult:
    m = v.manifest
    params = {"seq": m["seq"]} if key else {}
    return IngestResult(status, m["bundle_id"], m["seq"], school.school_id, school.applied_seq,
                        key, params, kind or ("fork" if status == "quarantined" else None))


def _any_key(s: Session, school_id: str) -> Any:
    def trusted(sender_id: str, key_id: str) -> Ed25519PublicKey | None:
        row = s.get(SchoolKey, (sender_id, key_id)) if sender_id == school_id else None
        return load_verify_key(row.signing_public) if row else None

    return trusted


_BUNDLES = Bundle.__table__
NEXT_IN_CHAIN = select(_BUNDLES.c.id, _BUNDLES.c.status).where(  # Core, built once: no autoflush
    _BUNDLES.c.school_id == bindparam("school_id"), _BUNDLES.c.chain_seq == bindparam("seq"))


def _drain_held(hub: Hub, s: Session, school: School) -> None:
    """Apply the held bundles that now follow the chain, in order."""
    while True:
        found = s.connection().execute(NEXT_IN_CHAIN, {"school_id": school.school_id,
                                                       "seq": school.applied_seq + 1}).first()
        if found is None or found.status != "held":
            return
        row = s.get_one(Bundle, found.id)
        verified = read_bundle(bytes(row.data), trusted_keys=_any_key(s, school.school_id))
        if row.prev_manifest_sha256 != school.applied_manifest_sha256:
            row.chain_seq, row.status, row.reason = None, "quarantined", "hub.fork_prev"
            s.flush()
            add_receipt(s, verified, "quarantined", render("hub.fork_prev", "lv", seq=row.seq))
            return
        recipient = hub.keys.encryption[verified.manifest["recipient_key_id"]]
        _apply(s, school, row, open_payload(verified, recipient))
        add_receipt(s, verified, "applied")


def place_bundle(hub: Hub, s: Session, data: bytes, v: VerifiedBundle,
                 payload: dict[str, Any]) -> IngestResult:
    m = v.manifest
    school = s.get(School, m["sender_id"], with_for_update=True)
    if school is None:  # the key was registered, so the school exists; be safe anyway
        return IngestResult("rejected", m["bundle_id"], m["seq"], m["sender_id"],
                            reason_key="hub.school_unknown",
                            reason_params={"school_id": m["sender_id"]}, kind="unknown_key")
    stored = s.scalar(select(Bundle).where(Bundle.bundle_id == m["bundle_id"]))
    if stored is not None:
        if stored.bundle_sha256 != v.bundle_sha256 or stored.school_id != school.school_id:
            log.warning("conflict: bundle %s of school %s resent with other bytes",
                        m["bundle_id"], school.school_id)
            s.add(Rejection(school_id=school.school_id, bundle_id=m["bundle_id"],
                            kind="conflict", reason_key="hub.same_id_other_bytes",
                            reason=render("hub.same_id_other_bytes", "en", seq=m["seq"]),
                            size=len(data), sha256=v.bundle_sha256))
            return _result("conflict", v, school, "hub.same_id_other_bytes", "conflict")
        add_receipt(s, v, "duplicate")
        return _result("duplicate", v, school)
    seq = m["seq"]
    if seq <= school.applied_seq:
        return _quarantine(s, data, v, school, "hub.fork_seq")
    if seq > school.applied_seq + 1:
        taken = s.scalar(select(Bundle.id).where(Bundle.school_id == school.school_id,
                                                 Bundle.chain_seq == seq))
        if taken is not None:
            return _quarantine(s, data, v, school, "hub.fork_seq")
        if not held_quota.held_room(s, school.school_id, len(data)):
            log.warning("held quota of school %s full: bundle %s (seq %s) deferred",
                        school.school_id, m["bundle_id"], seq)
            return IngestResult("deferred", m["bundle_id"], seq, school.school_id,
                                school.applied_seq, "hub.held_full",
                                {"seq": seq, "missing": school.applied_seq + 1}, "quota")
        _store(s, data, v, "held")
        add_receipt(s, v, "held", render("hub.held", "lv", seq=seq,
                                         missing=school.applied_seq + 1))
        return IngestResult("held", m["bundle_id"], seq, school.school_id, school.applied_seq,
                            "hub.held", {"seq": seq, "missing": school.applied_seq + 1}, None)
    if m["prev_manifest_sha256"] != school.applied_manifest_sha256:
        return _quarantine(s, data, v, school, "hub.fork_prev")
    row = _store(s, data, v, "applied")  # stored and applied in the same transaction
    _apply(s, school, row, payload)
    add_receipt(s, v, "applied")
    _drain_held(hub, s, school)
    s.flush()
    return _result("accepted", v, school)
