"""The hash-chained audit trail: append in the use case's transaction, verify on demand.

Each entry's hash is SHA-256 over the previous entry's hash and the RFC 8785 canonical JSON
of the entry, so changing, removing or reordering any entry breaks the chain after it. Format
2 (every entry made since revision 0010) hashes every field, its `seq` and `username` too;
the entries before it keep format 1, and a trail never goes back from 2 to 1.

A rewrite that recomputes every later hash, or removing the last entries, still makes a sound
chain: the trail's head travels in every bundle to the municipality (`trail_head`,
`services/sync/outbox.py`), which notices a head that went back or a history that changed,
and check-db checks the head last sent is still there.

A pupil's personal data is removed from entries by redaction (`redaction`), which keeps
every hash and records what the redacted entries look like in a later, chained entry.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from app.models.audit import AuditEntry
from app.models.base import utcnow
from app.services.core.actor import Actor
from app.services.core.canonical import canonical_json
from app.services.core.redaction import form_hash, redactions
from app.services.core.session_state import require_current
from app.services.core.store import Store

GENESIS = "0" * 64
AUDIT_TABLE = cast(Table, AuditEntry.__table__)  # Core inserts: no ORM bulk bookkeeping
HASH_FORMAT = 2


def _entry_hash(prev_hash: str, at: datetime, user_id: uuid.UUID | None, action: str,
                entity: str, entity_id: str, student_id: uuid.UUID | None,
                details: str, *, seq: int = 0, username: str = "",
                hash_format: int = HASH_FORMAT) -> str:
    body: dict[str, Any] = {
        "at": at.isoformat(),
        "user_id": str(user_id) if user_id else "",
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "student_id": str(student_id) if student_id else "",
        "details": details,
    }
    if hash_format >= 2:
        body.update(seq=seq, username=username)
    return hashlib.sha256(prev_hash.encode() + canonical_json(body)).hexdigest()


def trail_head(session: Session) -> tuple[int, str]:
    """The trail's head: the last entry's seq and hash (0 and GENESIS when empty)."""
    session.flush()
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash)
                           .order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (0, GENESIS) if last is None else (int(last[0]), str(last[1]))


def hash_at(session: Session, seq: int) -> str | None:
    """The hash of entry `seq` (GENESIS for 0), or None when there is no such entry."""
    if seq == 0:
        return GENESIS
    return session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))


def record(session: Session, actor: Actor, action: str, entity: str = "",
           entity_id: uuid.UUID | str = "", student_id: uuid.UUID | None = None,
           **details: Any) -> None:
    """Append one entry for `actor` doing `action`; `details` must be JSON without floats.

    Refused (`PermissionDenied`, so the write rolls back) when the actor's account was
    deactivated or lost a role since sign-in (`session_state`)."""
    require_current(session, actor)
    seq, prev_hash = trail_head(session)
    at = utcnow().replace(microsecond=0)
    text = canonical_json(details).decode()
    eid = str(entity_id)
    user_id = actor.user_id if actor.user_id.int else None
    session.add(AuditEntry(
        seq=seq + 1, at=at, user_id=user_id, username=actor.username, action=action,
        entity=entity, entity_id=eid, student_id=student_id, details=text, prev_hash=prev_hash,
        hash=_entry_hash(prev_hash, at, user_id, action, entity, eid, student_id, text,
                         seq=seq + 1, username=actor.username),
        hash_format=HASH_FORMAT,
    ))
    session.flush()


@dataclass(frozen=True)
class AuditItem:
    """One entry for `record_many`: what `record` takes after the actor."""

    action: str
    entity: str
    entity_id: uuid.UUID | str
    student_id: uuid.UUID | None
    details: dict[str, Any]


def record_many(session: Session, actor: Actor, items: Sequence[AuditItem]) -> None:
    """Append many entries for `actor` in one bulk insert, chained exactly as `record`
    chains them one by one (an import of thousands of pupils: one entry per pupil)."""
    if not items:
        return
    require_current(session, actor)
    seq, prev_hash = trail_head(session)
    at = utcnow().replace(microsecond=0)
    user_id = actor.user_id if actor.user_id.int else None
    rows = []
    for item in items:
        text = canonical_json(item.details).decode()
        eid = str(item.entity_id)
        seq += 1
        digest = _entry_hash(prev_hash, at, user_id, item.action, item.entity, eid,
                             item.student_id, text, seq=seq, username=actor.username)
        rows.append({"seq": seq, "hash_format": HASH_FORMAT, "at": at, "user_id": user_id,
                     "username": actor.username,
                     "action": item.action, "entity": item.entity, "entity_id": eid,
                     "student_id": item.student_id, "details": text, "prev_hash": prev_hash,
                     "hash": digest})
        prev_hash = digest
    session.execute(insert(AUDIT_TABLE), rows)


def entry_holds(e: AuditEntry, redacted: dict[int, str]) -> bool:
    """The entry's own hash recomputed, or — for an entry redacted since — its fields as
    the redaction recorded them (`redaction`)."""
    if e.seq in redacted:
        return form_hash(e) == redacted[e.seq]
    return e.hash == _entry_hash(e.prev_hash, e.at, e.user_id, e.action, e.entity,
                                 e.entity_id, e.student_id, e.details, seq=e.seq,
                                 username=e.username, hash_format=e.hash_format)


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken_seq: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify_chain(session: Session) -> ChainCheck:
    """Walk the whole trail in order and report the first entry whose hash does not hold."""
    prev_hash = GENESIS
    count, newest_format = 0, 1
    redacted = redactions(session)
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        count += 1
        back = e.hash_format not in (1, HASH_FORMAT) or e.hash_format < newest_format
        newest_format = max(newest_format, e.hash_format)
        if back or e.prev_hash != prev_hash or not entry_holds(e, redacted):
            return ChainCheck(entries=count, first_broken_seq=e.seq)
        prev_hash = e.hash
    return ChainCheck(entries=count, first_broken_seq=None)


def check_audit_chain(store: Store, actor: Actor) -> ChainCheck:
    """The whole trail verified, for people who may view it (Permission.AUDIT_VIEW)."""
    from app.services.core.rbac import Permission, require

    require(actor, Permission.AUDIT_VIEW)
    with store.read() as session:
        return verify_chain(session)
