"""The baseline of the generator's inserts: the same rows written with the plain driver's
`executemany`, into a copy of the database as it was before the bulk insert (same schema,
indexes, foreign keys, encryption key and pragmas), values converted by hand to what SQLite
stores (UUID → 32 hex digits, enum → its name, aware datetime → naive UTC text, Decimal →
exact text), all in one transaction."""

from __future__ import annotations

import enum
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlcipher3

Row = dict[str, Any]


def _datetime(v: datetime) -> str:
    return v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _to_db(v: Any) -> Any:
    convert = _CONVERT.get(type(v))
    if convert is not None:
        return convert(v)
    if isinstance(v, enum.Enum):
        return v.name
    return v


_CONVERT: dict[type, Callable[[Any], Any]] = {
    uuid.UUID: lambda v: v.hex, datetime: _datetime, date: lambda v: v.isoformat(),
    Decimal: lambda v: format(v, "f"), bool: int,
}


def connect(path: Path, key: bytes | None) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def insert_tables(conn: Any, tables: Iterable[tuple[str, list[Row]]]) -> int:
    """executemany per table and column set, in the given order, one transaction."""
    total = 0
    conn.execute("BEGIN")
    for table, rows in tables:
        by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
        for r in rows:
            by_columns[tuple(r)].append(tuple(_to_db(v) for v in r.values()))
        for columns, values in by_columns.items():
            sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))})")
            conn.executemany(sql, values)
            total += len(values)
    conn.execute("COMMIT")
    return total


def count_rows(path: Path, key: bytes | None, tables: Iterable[str]) -> dict[str, int]:
    conn = connect(path, key)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()
