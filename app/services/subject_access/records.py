"""Every row the school's database holds about one pupil, found from the schema itself so a
table added later is never forgotten: the pupil's row, every row of a table with a
`student_id` column that names the pupil, and — following foreign keys downwards — every
row that belongs to one of those (a plan's versions, a version's goals and measures, an
assessment's findings, an evaluation's outcomes). The audit trail and the sync outbox are
read separately (they say who did what and what was sent).

Values come out as JSON-ready text; file contents (attachment blobs) are not rows here — the
export writes the files themselves; confidential notes follow the school's policy (listed
with date and author, their text withheld)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.models import Base

WITHHELD = "[konfidenciāla piezīme — teksts netiek izsniegts / confidential note — text withheld]"
SEPARATE = ("audit_entry", "outbox_change")  # read on their own
WITHHELD_COLUMNS = {("consultation", "confidential_notes")}
Rows = dict[str, list[dict[str, Any]]]


def json_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} baiti / bytes>"
    return value


def _row(table: Table, row: Any) -> dict[str, Any]:
    out = {}
    for column in table.columns:
        value = getattr(row, column.name)
        if (table.name, column.name) in WITHHELD_COLUMNS and value:
            value = WITHHELD
        out[column.name] = json_value(value)
    return out


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in SEPARATE]


def subject_rows(session: Session, student_id: uuid.UUID) -> tuple[Rows, set[uuid.UUID]]:
    """The rows per table, and the ids of every row found (for the audit and the outbox)."""
    found: Rows = {}
    ids: dict[str, set[Any]] = {}  # per table, the key of every row found (id, or the row)

    def key(table: Table, row: Any) -> Any:
        return row.id if "id" in table.c else tuple(row)

    def add(table: Table, rows: list[Any]) -> bool:
        seen = ids.setdefault(table.name, set())
        new = [r for r in rows if key(table, r) not in seen]
        if not new:
            return False
        found.setdefault(table.name, []).extend(_row(table, r) for r in new)
        seen.update(key(table, r) for r in new)
        return True

    for table in _tables():
        if table.name == "student":
            add(table, list(session.execute(select(table).where(table.c.id == student_id))))
        elif "student_id" in table.c:
            add(table, list(session.execute(
                select(table).where(table.c.student_id == student_id))))
    grew = True
    while grew:  # rows that belong to rows already found, by their foreign keys
        grew = False
        for table in _tables():
            for column, parent in _links(table):
                parents = [i for i in ids.get(parent, ()) if isinstance(i, uuid.UUID)]
                if parents and parent != "student":
                    rows = list(session.execute(select(table).where(column.in_(parents))))
                    grew = add(table, rows) or grew
    all_ids = {i for values in ids.values() for i in values if isinstance(i, uuid.UUID)}
    return found, all_ids


def _links(table: Table) -> list[tuple[Any, str]]:
    """(column, the table it points at): its foreign keys, and the plan references kept
    without one (a sync conflict names a plan that may not exist here)."""
    links = [(fk.parent, fk.column.table.name) for fk in table.foreign_keys]
    linked = {c.name for c, _ in links}
    for name, parent in (("plan_id", "support_plan"), ("plan_version_id", "plan_version")):
        if name in table.c and name not in linked:
            links.append((table.c[name], parent))
    return links
