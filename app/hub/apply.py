"""Apply the records of one upload: upserts and tombstones, one bulk statement per table.

Every record goes to `hub_record` (as the hub keeps it, see `projections.stored_data`); the
entities the aggregates read are also projected into their typed tables. Upserts are
INSERT … ON CONFLICT DO UPDATE (SQLite and PostgreSQL), tombstones one DELETE … IN (…).
The upsert statements are built once per (dialect, table, columns) and reused: building
one (with its `excluded` column map) cost more than running it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Insert, Table, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.hub.anonymised import anonymised_pupils, forget_pupils
from app.hub.models_records import Record
from app.hub.projections import PROJECTIONS, stored_data
from app.sync.canonical import canonical_bytes
from app.sync.values import decode_datetime

CHUNK = 500
_UPSERTS: dict[tuple[str, str, tuple[str, ...]], Insert] = {}


def upsert_statement(dialect: str, table: Table, columns: tuple[str, ...]) -> Insert:
    """INSERT … ON CONFLICT (primary key) DO UPDATE of `columns`, built once and kept."""
    cache_key = (dialect, table.name, columns)
    stmt = _UPSERTS.get(cache_key)
    if stmt is None:
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        keys = [c.name for c in table.primary_key.columns]
        base = insert(table)
        stmt = base.on_conflict_do_update(
            index_elements=keys, set_={c: base.excluded[c] for c in columns if c not in keys})
        _UPSERTS[cache_key] = stmt
    return stmt


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    stmt = upsert_statement(conn.dialect.name, table, tuple(rows[0]))
    for start in range(0, len(rows), CHUNK):
        conn.execute(stmt, rows[start:start + CHUNK])


def _delete(conn: Connection, table: Table, school_id: str, ids: list[str]) -> None:
    for start in range(0, len(ids), CHUNK):
        conn.execute(delete(table).where(table.c.school_id == school_id,
                                         table.c.id.in_(ids[start:start + CHUNK])))


def apply_records(s: Session, school_id: str, require_names: bool, seq: int,
                  payload: dict[str, Any], free_text: bool = False) -> dict[str, int]:
    """Store the payload's records; returns the number of records per entity."""
    counts: dict[str, int] = {}
    conn = s.connection()
    stored: list[dict[str, Any]] = []
    projections: list[tuple[Table, list[dict[str, Any]], list[str]]] = []
    for entity, records in payload["records"].items():
        projection = PROJECTIONS.get(entity)
        projected: list[dict[str, Any]] = []
        deleted: list[str] = []
        for r in records:
            upsert = r["op"] == "upsert"
            data = stored_data(entity, r["data"], require_names, free_text) if upsert \
                else None
            stored.append({
                "school_id": school_id, "entity": entity, "record_id": r["id"],
                "data": canonical_bytes(data).decode("utf-8") if data is not None else None,
                "deleted": not upsert, "changed_at": decode_datetime(r["changed_at"]),
                "bundle_seq": seq,
            })
            if projection is not None and data is not None:
                projected.append({"school_id": school_id, "id": r["id"], **projection[1](data)})
            elif not upsert:
                deleted.append(r["id"])
        if projection is not None:
            projections.append((projection[0].__table__, projected, deleted))  # type: ignore[arg-type]
        counts[entity] = len(records)
    _upsert(conn, Record.__table__, stored)  # type: ignore[arg-type]
    for table, projected, deleted in projections:
        _upsert(conn, table, projected)
        _delete(conn, table, school_id, deleted)
    forget_pupils(conn, school_id, anonymised_pupils(payload["records"].get("student", [])))
    return counts
