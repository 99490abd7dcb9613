"""The retention review (`review_retention`) and applying it (`apply_retention`, the admin).

Applying builds the review again inside its transaction (what is due on that day), changes
the rows (`anonymise`), records one `retention.applied` entry per pupil (kinds and counts,
never a name) and redacts the trail (`trail`), all or nothing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.models import Student
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.retention.anonymise import anonymise
from app.services.retention.due import RetentionReview, due_pupils
from app.services.retention.rules import DataKind, require_admin
from app.services.retention.trail import Removal, redact_pupils, removal_for


@dataclass(frozen=True)
class RetentionApplied:
    on: date
    pupils: int
    rows: int  # rows changed or removed
    audit_entries_redacted: int
    by_kind: dict[str, int]  # kind → pupils


def review_retention(store: Store, actor: Actor, on: date) -> RetentionReview:
    """What is due on `on`, per pupil (the admin)."""
    require_admin(actor)
    with store.read() as s:
        return RetentionReview(on, due_pupils(s, on))


def apply_retention(store: Store, actor: Actor, on: date) -> RetentionApplied:
    """Anonymise everything due on `on` (the admin), audited."""
    require_admin(actor)
    with store.write() as s:
        due = due_pupils(s, on)
        rows, removals = 0, dict[uuid.UUID, Removal]()
        by_kind = {k.value: 0 for k in DataKind}
        for pupil in due:
            student = s.get(Student, pupil.student_id)
            assert student is not None
            kinds = {i.kind for i in pupil.items}
            removals[student.id] = removal_for(student, kinds)
            changed = anonymise(s, student, kinds, on)
            rows += changed
            for kind in kinds:
                by_kind[kind.value] += 1
            audit.record(s, actor, "retention.applied", "student", student.id,
                         student_id=student.id, on=on.isoformat(),
                         kinds=sorted(k.value for k in kinds), rows=changed)
        redacted = redact_pupils(s, actor, removals, "retention")
        return RetentionApplied(on, len(due), rows, redacted, by_kind)
