"""Applying a roster preview: all or nothing, in one transaction.

The register is read again inside the transaction; if it is not the one the preview was
built on (`Register.signature`, or another day), the preview is computed again, and if that
differs from what was shown, `Conflict` and nothing is written. New pupils are created,
moved pupils get their new class, pupils who had left and are listed again become active,
personal codes and birth dates the register lacked are filled in. New pupils go in by bulk
inserts of 500 with their outbox rows; changed pupils through the ORM (its mapper events
write theirs).

Only when asked: the classes the file names that do not exist are created
(`create_classes`), the pupils missing from the file are marked as left
(`mark_missing_left`), and rows with problems are skipped (`skip_bad_rows`); otherwise any
of these refuses the import. `progress(done, total)` is called as rows are written and
`cancel` (a `threading.Event`) is checked between them: a cancelled import rolls back and
leaves nothing. Each pupil created, changed or marked as left gets its own audit entry
(`audit.record_many`, chained as one by one) and `roster.import` records the counts.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from app.errors import Conflict
from app.i18n import DEFAULT_LANGUAGE, render
from app.models import OutboxChange, SchoolYear, Student
from app.models.base import utcnow
from app.models.enums import ChangeOp, StudentStatus, SyncState
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.audit import AuditItem
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.roster.mapping import remember_mapping
from app.services.roster.outcomes import RosterImportResult, RosterPreview, RowKind, RowOutcome
from app.services.roster.preview import build_preview
from app.services.roster.register import Register, load_register
from app.services.roster.rejects import write_rejected_rows
from app.services.school.class_admin import create_class_in
from app.services.school.class_names import parse_class_name

Progress = Callable[[int, int], None]  # (done, total)
FLUSH_EVERY = 500


class _Cancelled(Exception):
    """Raised inside the transaction so that it rolls back."""


def _refuse(preview: RosterPreview, skip_bad_rows: bool, create_classes: bool) -> None:
    if preview.has_problems and not skip_bad_rows:
        raise Conflict("roster.apply.has_problems", count=len(preview.rejected))
    if preview.classes_to_create and not create_classes:
        raise Conflict("roster.apply.classes_missing",
                       names=", ".join(preview.classes_to_create))


def _classes(session: Session, actor: Actor, register: Register,
             names: tuple[str, ...]) -> dict[str, uuid.UUID]:
    ids = {name: cid for name, (cid, _) in register.classes.items()}
    year = session.get(SchoolYear, register.year_id)
    assert year is not None
    for name in names:
        parsed = parse_class_name(name)
        assert parsed is not None  # the preview read it
        ids[name.lower()] = create_class_in(session, actor, year, parsed).id
    return ids


def _insert(session: Session, rows: list[dict[str, object]]) -> None:
    """New pupils in one bulk insert, with their outbox rows (a bulk insert passes by the
    mapper events that write them otherwise)."""
    if not rows:
        return
    # Core inserts of the tables: the ORM's bulk path adds nothing here but time.
    session.execute(insert(cast(Table, Student.__table__)), rows)
    now = utcnow()
    session.execute(insert(cast(Table, OutboxChange.__table__)), [
        {"entity": Student.__sync_entity__, "entity_id": r["id"], "op": ChangeOp.UPSERT,
         "changed_at": now, "state": SyncState.TO_SEND} for r in rows])
    rows.clear()


def _new(row: RowOutcome, class_id: uuid.UUID) -> dict[str, object]:
    now = utcnow()
    return {"id": uuid.uuid4(), "first_name": row.first_name, "last_name": row.last_name,
            "personal_code": row.personal_code, "birth_date": row.birth_date,
            "class_id": class_id, "status": StudentStatus.ACTIVE, "status_note": "",
            "created_at": now, "updated_at": now}


def _update(session: Session, row: RowOutcome, class_id: uuid.UUID, today: date) -> None:
    student = session.get(Student, row.student_id)
    assert student is not None  # the preview found it in this transaction
    student.class_id = class_id
    if row.kind is RowKind.RETURNING:
        student.status, student.status_changed_on, student.status_note = (
            StudentStatus.ACTIVE, today, "")
    if "personal_code" in row.fills:
        student.personal_code = row.personal_code
    if "birth_date" in row.fills:
        student.birth_date = row.birth_date


def apply_roster(store: Store, actor: Actor, preview: RosterPreview, *,
                 skip_bad_rows: bool = False, create_classes: bool = False,
                 mark_missing_left: bool = False, left_on: date | None = None,
                 rejected_csv: Path | None = None, progress: Progress | None = None,
                 cancel: threading.Event | None = None,
                 today: date | None = None) -> RosterImportResult:
    """Import what `preview` shows (see the module's text); `RosterImportResult.cancelled`
    when `cancel` was set (then nothing changed). `rejected_csv`: the refused rows with
    their problems are written there (after the import)."""
    require(actor, Permission.ROSTER_IMPORT)
    _refuse(preview, skip_bad_rows, create_classes)
    today = today or date.today()
    say = progress or (lambda done, total: None)
    stop = cancel or threading.Event()
    try:
        with store.write() as s:
            register = load_register(s, preview.school_year)
            again = preview
            if (register.signature, today) != (preview.register_signature, preview.built_on):
                again = build_preview(preview.table, preview.mapping, register, today)
            if again.fingerprint() != preview.fingerprint():
                raise Conflict("roster.apply.changed")
            result = _apply(s, actor, again, register, mark_missing_left,
                            left_on or today, today, say, stop)
    except _Cancelled:
        return RosterImportResult(cancelled=True)
    if rejected_csv is not None and preview.rejected:
        write_rejected_rows(preview, rejected_csv)
    return result


def _changes(row: RowOutcome, class_id: uuid.UUID) -> list[AuditItem]:
    sid = row.student_id
    assert sid is not None
    items = []
    if row.kind is RowKind.RETURNING:
        items.append(AuditItem("student.reactivate", "student", sid, sid,
                               {"previous": "left", "source": "roster"}))
    fields = (["class_id"] if row.kind in (RowKind.MOVED, RowKind.RETURNING) else [])
    fields += list(row.fills)
    if fields:
        items.append(AuditItem("student.update", "student", sid, sid,
                               {"fields": fields, "class_id": str(class_id),
                                "source": "roster"}))
    return items


def _apply(s: Session, actor: Actor, preview: RosterPreview, register: Register,
           mark_missing_left: bool, left_on: date, today: date, say: Progress,
           stop: threading.Event) -> RosterImportResult:
    rows = [r for r in preview.rows if r.kind in (RowKind.NEW, RowKind.MOVED,
                                                  RowKind.RETURNING) or r.fills]
    leaving = preview.missing if mark_missing_left else ()
    total, done = len(rows) + len(leaving), 0
    classes = _classes(s, actor, register, preview.classes_to_create)
    say(0, total)
    new: list[dict[str, object]] = []
    trail: list[AuditItem] = []  # one entry per pupil, so each pupil's history shows it
    for row in rows:
        if stop.is_set():
            raise _Cancelled
        class_id = classes[row.class_name.lower()]
        if row.kind is RowKind.NEW:
            new.append(_new(row, class_id))
            sid = new[-1]["id"]
            assert isinstance(sid, uuid.UUID)
            trail.append(AuditItem("student.create", "student", sid, sid, {
                "class_id": str(class_id), "guardians": 0,
                "personal_code": row.personal_code is not None, "source": "roster"}))
        else:
            _update(s, row, class_id, today)
            trail.extend(_changes(row, class_id))
        done += 1
        if done % FLUSH_EVERY == 0:
            _insert(s, new)
            s.flush()
            say(done, total)
    _insert(s, new)
    note = render("roster.left_note", DEFAULT_LANGUAGE, source=preview.table.source)
    for missing in leaving:
        if stop.is_set():
            raise _Cancelled
        student = s.get(Student, missing.student_id)
        assert student is not None
        student.status, student.status_changed_on = StudentStatus.LEFT, left_on
        student.status_note = note[:500]
        trail.append(AuditItem("student.mark_left", "student", student.id, student.id, {
            "status": StudentStatus.LEFT.value, "previous": StudentStatus.ACTIVE.value,
            "on": left_on.isoformat(), "source": "roster"}))
        done += 1
    if stop.is_set():
        raise _Cancelled
    remember_mapping(s, preview.table.headers, preview.mapping)
    audit.record_many(s, actor, trail)
    c = preview.counts
    result = RosterImportResult(
        cancelled=False, created=c.new, moved=c.moved, returned=c.returning,
        filled=sum(1 for r in preview.rows if r.fills), marked_left=len(leaving),
        classes_created=preview.classes_to_create, skipped_rows=c.errors + c.duplicates)
    s.flush()
    audit.record(s, actor, "roster.import", "roster", "", file=preview.table.source,
                 school_year=preview.school_year, rows=len(preview.rows), created=c.new,
                 moved=c.moved, unchanged=c.unchanged, returned=c.returning,
                 filled=result.filled, missing=c.missing, marked_left=len(leaving),
                 skipped=result.skipped_rows, classes_created=len(preview.classes_to_create))
    say(total, total)
    return result
