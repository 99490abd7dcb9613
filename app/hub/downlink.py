"""Downlink bundles: receipts and decisions for one school, signed by the hub and encrypted to
the school's key; seq rises by one per school and each manifest chains the previous one.

A downlink, once built, is stored and served again byte for byte (`after` is the school's
last applied downlink seq). Files for a USB stick are named
"<school_id>-down-<seq:06d>.pumpurs".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound
from app.hub.hub import Hub
from app.hub.models import Decision, Downlink, Receipt, School, SchoolKey
from app.sync.envelope import build_bundle
from app.sync.payload_schema import SCHEMA_VERSION
from app.sync.values import encode_datetime


def _items(s: Session, school_id: str) -> tuple[list[Receipt], list[Decision]]:
    receipts = s.scalars(select(Receipt).where(Receipt.school_id == school_id,
                                               Receipt.downlink_seq.is_(None))
                         .order_by(Receipt.id)).all()
    decisions = s.scalars(select(Decision).where(Decision.school_id == school_id,
                                                 Decision.downlink_seq.is_(None))
                          .order_by(Decision.decided_at, Decision.decision_id)).all()
    return list(receipts), list(decisions)


def _payload(receipts: list[Receipt], decisions: list[Decision]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "receipts": [{"bundle_id": r.bundle_id, "seq": r.seq,
                      "manifest_sha256": r.manifest_sha256, "status": r.status,
                      "received_at": encode_datetime(r.received_at), "reason": r.reason}
                     for r in receipts],
        "decisions": [{"decision_id": d.decision_id, "plan_id": d.plan_id,
                       "plan_version_id": d.plan_version_id, "outcome": d.outcome,
                       "comment": d.comment, "decided_at": encode_datetime(d.decided_at)}
                      for d in decisions],
    }


def _build(hub: Hub, s: Session, school: School) -> Downlink | None:
    receipts, decisions = _items(s, school.school_id)
    if not receipts and not decisions:
        return None
    key = s.scalar(select(SchoolKey).where(SchoolKey.school_id == school.school_id,
                                           SchoolKey.revoked_at.is_(None))
                   .order_by(SchoolKey.created_at.desc()).limit(1))
    if key is None:
        raise Conflict("hub.no_active_key", school_id=school.school_id)
    seq = school.downlink_seq + 1
    built = build_bundle(
        _payload(receipts, decisions), kind="hub-downlink",
        sender_id=hub.identity(s).hub_id, signing_key=hub.signing_key(s),
        recipient_public=key.encryption_public, seq=seq,
        prev_manifest_sha256=school.downlink_manifest_sha256,
    )
    row = Downlink(school_id=school.school_id, seq=seq, bundle_id=built.bundle_id,
                   manifest_sha256=built.manifest_sha256, data=built.data)
    s.add(row)
    school.downlink_seq, school.downlink_manifest_sha256 = seq, built.manifest_sha256
    for model, ids in ((Receipt, [r.id for r in receipts]),
                       (Decision, [d.decision_id for d in decisions])):
        column = Receipt.id if model is Receipt else Decision.decision_id
        s.execute(update(model).where(column.in_(ids)).values(downlink_seq=seq))
    s.flush()
    return row


def _school(s: Session, school_id: str) -> School:
    school = s.get(School, school_id, with_for_update=True)
    if school is None:
        raise NotFound("hub.school_unknown", school_id=school_id)
    return school


def next_downlink(hub: Hub, school_id: str, after: int) -> bytes | None:
    """The downlink bundle with seq `after` + 1 (built now if it is due), or None."""
    with hub.store.read() as s:
        data = s.scalar(select(Downlink.data).where(Downlink.school_id == school_id,
                                                    Downlink.seq == after + 1))
    if data is not None:
        return bytes(data)
    with hub.store.write() as s:
        school = _school(s, school_id)
        if after != school.downlink_seq:
            return None
        row = _build(hub, s, school)
        return bytes(row.data) if row is not None else None


def file_name(school_id: str, seq: int) -> str:
    return f"{school_id}-down-{seq:06d}.pumpurs"


def write_downlinks(hub: Hub, school_id: str, out: Path, after: int | None = None) -> list[Path]:
    """Build what is due and write the downlink files with seq > `after` (default: only the
    one built now) into `out`; returns the files written."""
    with hub.store.write() as s:
        school = _school(s, school_id)
        first = (after if after is not None else school.downlink_seq) + 1
        _build(hub, s, school)
    with hub.store.read() as s:
        rows = s.execute(select(Downlink.seq, Downlink.data).where(
            Downlink.school_id == school_id, Downlink.seq >= first).order_by(Downlink.seq)).all()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for seq, data in rows:
        target = out / file_name(school_id, seq)
        temp = target.with_suffix(".part")
        temp.write_bytes(bytes(data))
        temp.replace(target)
        written.append(target)
    return written
