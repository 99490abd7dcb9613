"""A throwaway PostgreSQL database for a benchmark, when PUMPURS_TEST_POSTGRES_URL is set
(the same variable, and URL shape, as the hub tests: postgresql+psycopg://user@host:port/db)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ENV = "PUMPURS_TEST_POSTGRES_URL"


def available() -> str | None:
    """None if PostgreSQL can be used, else why not."""
    return None if os.environ.get(ENV) else f"{ENV} is not set"


@contextmanager
def database(prefix: str) -> Iterator[str]:
    base = os.environ[ENV]
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
