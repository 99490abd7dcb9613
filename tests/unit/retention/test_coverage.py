"""Every text column of every table that holds a pupil's rows (a `student_id`, or a foreign
key down from such a table) is either emptied by the anonymisation or kept on purpose: a
column added later fails here until it is classified."""

from __future__ import annotations

from sqlalchemy import Enum, String, Table, Text

from app.models import Base
from app.services.retention.anonymise import KEPT, WIPED

NOT_ABOUT_THE_PUPIL = {"audit_entry", "outbox_change"}  # the trail: `trail` redacts it


def _pupil_tables() -> list[Table]:
    tables = {t.name: t for t in Base.metadata.sorted_tables
              if t.name not in NOT_ABOUT_THE_PUPIL}
    found = {"student"} | {n for n, t in tables.items() if "student_id" in t.c}
    grew = True
    while grew:
        grew = False
        for name, table in tables.items():
            parents = {fk.column.table.name for fk in table.foreign_keys}
            if name not in found and parents & (found - {"student"}):
                found.add(name)
                grew = True
    return [tables[n] for n in sorted(found)]


def test_every_text_column_of_a_pupils_rows_is_classified() -> None:
    missing = []
    for table in _pupil_tables():
        for column in table.columns:
            text = isinstance(column.type, String | Text) and not isinstance(column.type, Enum)
            if text and column.name not in WIPED.get(table.name, ()) + KEPT.get(
                    table.name, ()) and not column.name.endswith(("_id", "sha256")):
                missing.append(f"{table.name}.{column.name}")
    assert missing == []
