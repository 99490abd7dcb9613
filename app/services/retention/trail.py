"""The pupil's personal data out of the audit trail, by redaction (`core.redaction`).

The trail's own entries name pupils by id; only a few details carry text that may hold
personal data: a file's name (`attachment.add`), a comment (`plan.return`, the
municipality's). Those are replaced in the pupil's entries, and anywhere in the trail a text
holding the pupil's name, personal code, birth date or a guardian's name, phone or e-mail is
replaced too — when the records go; when only the scans go, only their file names. The
redacted entries keep their hashes; one `audit.redacted` entry records what they look like
now."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import rfc8785
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict
from app.models import AuditEntry, Student
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.audit import entry_holds
from app.services.core.redaction import REDACTED_ACTION, form_hash, redactions
from app.services.retention.rules import DataKind

REMOVED = "[dzēsts]"
TEXT_KEYS = frozenset({"filename", "file", "comment", "note", "notes", "topic", "text",
                       "summary", "name", "full_name", "reason"})
FILE_KEYS = frozenset({"filename", "file"})


@dataclass(frozen=True)
class Removal:
    """What to take out of the trail for one pupil: texts anywhere, keys in their entries."""

    words: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()


def removal_for(student: Student, kinds: set[DataKind]) -> Removal:
    """Everything of the pupil for the records; for the scans alone only their file names
    (consultation entries never hold topics or notes)."""
    if DataKind.RECORDS in kinds:
        return Removal(frozenset(personal_words(student)), TEXT_KEYS)
    return Removal(keys=FILE_KEYS if DataKind.ATTACHMENTS in kinds else frozenset())


def personal_words(student: Student) -> set[str]:
    """The texts that identify the pupil (read before the rows are anonymised)."""
    words = {student.full_name, student.personal_code or ""}
    if student.birth_date is not None:
        words |= {student.birth_date.isoformat(), student.birth_date.strftime("%d.%m.%Y")}
    for g in student.guardians:
        words |= {g.full_name, g.phone, g.email}
    return {w for w in words if len(w.strip()) >= 4}


def _scrub(value: Any, words: frozenset[str], keys: frozenset[str], key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _scrub(v, words, keys, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, words, keys, key) for v in value]
    if isinstance(value, str) and value and (
            key in keys or any(w.casefold() in value.casefold() for w in words)):
        return REMOVED
    return value


def redact_pupils(session: Session, actor: Actor, pupils: dict[uuid.UUID, Removal],
                  reason: str) -> int:
    """Redact every entry holding the pupils' personal data; the number redacted."""
    words = frozenset().union(*(r.words for r in pupils.values()))
    if not words and not any(r.keys for r in pupils.values()):
        return 0
    known = redactions(session)
    changed: dict[str, str] = {}
    for e in _entries(session):
        if e.action == REDACTED_ACTION:
            continue
        details = json.loads(e.details)
        own = pupils.get(e.student_id) if e.student_id is not None else None
        scrubbed = _scrub(details, words, own.keys if own else frozenset())
        if scrubbed == details:
            continue
        if not entry_holds(e, known):
            raise Conflict("retention.trail_broken", seq=e.seq)
        e.details = rfc8785.dumps(scrubbed).decode()
        changed[str(e.seq)] = form_hash(e)
    if changed:
        session.flush()
        audit.record(session, actor, "audit.redacted", "audit_entry", "", reason=reason,
                     entries=changed)
    return len(changed)


def _entries(session: Session) -> Iterable[AuditEntry]:
    return session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
