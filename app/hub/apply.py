"""Apply the records of one upload: upserts and tombstones, one bulk statement per entity.

Every record goes to `hub_record` (as the hub keeps it, see `projections.stored_data`); the
entities the aggregates read are also projected into their typed tables. Upserts are
INSERT … ON CONFLICT DO UPDATE (SQLite and PostgreSQL), tombstones one DELETE … IN (…).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.hub.models_records import Record
from app.hub.projections import PROJECTIONS, stored_data
from app.sync.canonical import canonical_bytes
from app.sync.values import decode_datetime

CHUNK = 500


def _upsert(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    insert = postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert
    keys = [c.name for c in table.primary_key.columns]
    for start in range(0, len(rows), CHUNK):
        stmt = insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=keys,
            set_={c: stmt.excluded[c] for c in rows[0] if c not in keys},
        )
        s.execute(stmt, rows[start:start + CHUNK])


def _delete(s: Session, table: Table, school_id: str, ids: list[str]) -> None:
    for start in range(0, len(ids), CHUNK):
        s.execute(delete(table).where(table.c.school_id == school_id,
                                      table.c.id.in_(ids[start:start + CHUNK])))


def apply_records(s: Session, school_id: str, require_names: bool, seq: int,
                  payload: dict[str, Any]) -> dict[str, int]:
    """Store the payload's records; returns the number of records per entity."""
    counts: dict[str, int] = {}
    record_table = Record.__table__
    for entity, records in payload["records"].items():
        rows, projected, deleted = [], [], []
        for r in records:
            upsert = r["op"] == "upsert"
            data = stored_data(entity, r["data"], require_names) if upsert else None
            rows.append({
                "school_id": school_id, "entity": entity, "record_id": r["id"],
                "data": canonical_bytes(data).decode("utf-8") if data is not None else None,
                "deleted": not upsert, "changed_at": decode_datetime(r["changed_at"]),
                "bundle_seq": seq,
            })
            if entity in PROJECTIONS and data is not None:
                projected.append({"school_id": school_id, "id": r["id"],
                                  **PROJECTIONS[entity][1](data)})
            elif not upsert:
                deleted.append(r["id"])
        _upsert(s, record_table, rows)  # type: ignore[arg-type]
        if entity in PROJECTIONS:
            table = PROJECTIONS[entity][0].__table__
            _upsert(s, table, projected)  # type: ignore[arg-type]
            _delete(s, table, school_id, deleted)  # type: ignore[arg-type]
        counts[entity] = len(records)
    return counts
