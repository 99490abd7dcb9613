"""The hub's database: SQLite by default (a path or sqlite:///…), PostgreSQL by URL
(postgresql+psycopg://…).

SQLite runs in WAL mode with a busy timeout, and every transaction starts with
BEGIN IMMEDIATE, so concurrent writers (several HTTP requests) queue instead of failing.
`synchronous=FULL` stays (an fsync per commit, ~10-20 % of an ingest): the school marks a
bundle "sent" on the hub's HTTP answer and does not upload it again, so a commit lost to a
power cut after that answer (possible with NORMAL) would leave a gap in its chain.
PostgreSQL serialises the writes of one school by locking its row (`lock_school`).

The SQLite file holds what the schools sent: it is created with mode 0600 (and an existing
one narrowed to it) before SQLite opens it; SQLite gives its -wal and -shm files the mode of
the database file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_SECONDS = 60


def normalise_url(db: str) -> str:
    """A database URL from what a person typed: a URL as is, a file path as SQLite."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database \
            or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def private_file(path: Path) -> None:
    """Create `path` with mode 0600 if it is missing; narrow it to 0600 if it is wider (a file
    of another owner is left for SQLite to open or refuse)."""
    if not path.parent.is_dir():
        return  # SQLite says the database cannot be opened, as before
    os.close(os.open(path, os.O_RDONLY | os.O_CREAT, 0o600))
    if os.name == "posix" and path.stat().st_mode & 0o077:
        with suppress(PermissionError):
            path.chmod(0o600)


def open_engine(db: str) -> Engine:
    url = normalise_url(db)
    if make_url(url).get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            private_file(path)
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False}
        )
        _sqlite_events(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


class HubStore:
    """One engine and short sessions: `read()` and `write()` (commits all or nothing)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
