"""The rows an operation wrote, read back as SQLite stored them, and their raw re-insert: the
floor an import is measured against ("raw executemany of the same rows")."""

from __future__ import annotations

import time

from app.models import Base
from app.services.core.store import Store

Written = dict[str, tuple[list[str], list[tuple[object, ...]]]]


def last_rowids(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t.name: int(conn.exec_driver_sql(
            f'SELECT coalesce(max(rowid), 0) FROM "{t.name}"').scalar_one())
            for t in Base.metadata.sorted_tables}


def rows_after(store: Store, last: dict[str, int]) -> Written:
    """Every row inserted since `last`, per table, as SQLite stores it."""
    out: Written = {}
    with store.engine.connect() as conn:
        for t in Base.metadata.sorted_tables:
            cols = [c.name for c in t.columns]
            names = ", ".join(f'"{c}"' for c in cols)
            rows = [tuple(r) for r in conn.exec_driver_sql(
                f'SELECT {names} FROM "{t.name}" WHERE rowid > ? ORDER BY rowid',
                (last[t.name],))]
            if rows:
                out[t.name] = (cols, rows)
    return out


def insert_raw(store: Store, written: Written) -> float:
    """Insert `written` by raw `executemany`, one transaction; the seconds it took."""
    began = time.perf_counter()
    with store.engine.begin() as conn:
        for table, (cols, values) in written.items():
            names = ", ".join(f'"{c}"' for c in cols)
            marks = ", ".join("?" for _ in cols)
            conn.exec_driver_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
    return time.perf_counter() - began


def counts_text(written: Written) -> str:
    return ", ".join(f"{table} {len(rows):,}" for table, (_, rows) in written.items())
