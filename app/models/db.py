"""Engines for the school's SQLite file: SQLCipher-encrypted, or plaintext only when asked.

`open_engine(path, key)` returns an engine whose every connection is keyed before first use
and checked: a wrong or missing key raises `DatabaseKeyError` and writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event

from app.errors import DatabaseKeyError

KEY_BYTES = 32


def _apply_pragmas(dbapi_conn: Any, key: bytes | None) -> None:
    cur = dbapi_conn.cursor()
    try:
        if key is not None:
            cur.execute("PRAGMA cipher_log_level = NONE")
            cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Reading the schema is the first access: with a wrong key it fails here.
        cur.execute("SELECT count(*) FROM sqlite_master").fetchall()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA busy_timeout = 5000")
    except sqlcipher3.DatabaseError as exc:
        raise DatabaseKeyError("db.key_wrong") from exc
    finally:
        cur.close()


def open_engine(path: Path, key: bytes | None, *, echo: bool = False) -> Engine:
    """An engine on `path`. `key=None` means plaintext, which callers must have asked for."""
    if key is not None and len(key) != KEY_BYTES:
        raise DatabaseKeyError("db.key_length", expected=KEY_BYTES)

    def connect() -> Any:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
        try:
            _apply_pragmas(conn, key)
        except Exception:
            conn.close()
            raise
        return conn

    # The pysqlite dialect over a sqlcipher3 connection: the creator keys it ourselves.
    engine = create_engine(f"sqlite:///{path}", creator=connect, echo=echo)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver's own implicit transactions are off (isolation_level=None); SQLAlchemy
        # begins each transaction itself, so SAVEPOINTs and rollbacks behave as documented.
        conn.exec_driver_sql("BEGIN")

    return engine


def connect_read_only(path: Path, key: bytes | None) -> Any:
    """A read-only DB-API connection to `path` (a backup being checked): nothing is written,
    not even the journal mode. A wrong key or a file that is no database raises
    `DatabaseKeyError`."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    cur = conn.cursor()
    try:
        if key is not None:
            cur.execute("PRAGMA cipher_log_level = NONE")
            cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        cur.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.DatabaseError as exc:
        cur.close()
        conn.close()
        raise DatabaseKeyError("db.key_wrong") from exc
    cur.close()
    return conn
