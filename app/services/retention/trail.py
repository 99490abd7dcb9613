"""The pupil's personal data out of the audit trail, by redaction (`core.redaction`).

The trail's own entries name pupils by id; only a few details carry text that may hold
personal data: a file's name (`attachment.add`), a comment (`plan.return`, the
municipality's). Those are replaced in the pupil's entries, and anywhere in the trail a text
holding the pupil's name, personal code, birth date or a guardian's name, phone or e-mail is
replaced too. The redacted entries keep their hashes; one `audit.redacted` entry records
what they look like now."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
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

REMOVED = "[dzēsts]"
TEXT_KEYS = frozenset({"filename", "file", "comment", "note", "notes", "topic", "text",
                       "summary", "name", "full_name", "reason"})


def personal_words(student: Student) -> set[str]:
    """The texts that identify the pupil (read before the rows are anonymised)."""
    words = {student.full_name, student.personal_code or ""}
    if student.birth_date is not None:
        words |= {student.birth_date.isoformat(), student.birth_date.strftime("%d.%m.%Y")}
    for g in student.guardians:
        words |= {g.full_name, g.phone, g.email}
    return {w for w in words if len(w.strip()) >= 4}


def _scrub(value: Any, words: set[str], own: bool, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _scrub(v, words, own, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, words, own, key) for v in value]
    if isinstance(value, str) and value and (
            (own and key in TEXT_KEYS)
            or any(w.casefold() in value.casefold() for w in words)):
        return REMOVED
    return value


def redact_pupils(session: Session, actor: Actor, pupils: dict[uuid.UUID, set[str]],
                  reason: str) -> int:
    """Redact every entry holding the pupils' personal data; the number redacted."""
    words = set().union(*pupils.values()) if pupils else set()
    known = redactions(session)
    changed: dict[str, str] = {}
    for e in _entries(session):
        if e.action == REDACTED_ACTION:
            continue
        details = json.loads(e.details)
        scrubbed = _scrub(details, words, e.student_id in pupils)
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
