"""Hub fixtures: a real hub store on SQLite (always) and on PostgreSQL (when
PUMPURS_TEST_POSTGRES_URL is set: a fresh database per test, dropped afterwards), a test
school enrolled on it, and the HTTP service on a free loopback port (uvicorn in a thread)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.hub.api import create_app
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.setup import init_hub
from tests.builders.hub import TestSchool
from tests.builders.hub_serve import serve

POSTGRES_ENV = "PUMPURS_TEST_POSTGRES_URL"


def _postgres_database() -> Iterator[str]:
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"PostgreSQL hub tests need {POSTGRES_ENV} "
                    "(e.g. postgresql+psycopg://postgres@127.0.0.1:55432/postgres)")
    name = f"pumpurs_hub_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "hub.db")
    else:
        yield from _postgres_database()


@pytest.fixture
def keys_dir(tmp_path: Path) -> Path:
    return tmp_path / "hub-keys"


@pytest.fixture
def hub(db_url: str, keys_dir: Path) -> Iterator[Hub]:
    opened = init_hub(db_url, keys_dir, municipality="Ādažu novads",
                      url="http://127.0.0.1:8750", hub_id="hub-adazi")
    yield opened
    opened.close()


@pytest.fixture
def school(hub: Hub) -> TestSchool:
    enrolled_school = TestSchool()
    enrolled_school.accept_trust(enrol_school(hub, enrolled_school.request()).trust)
    return enrolled_school


@pytest.fixture
def server(hub: Hub) -> Iterator[str]:
    """The hub's HTTP service on a free loopback port; yields its base URL."""
    with serve(create_app(hub=hub)) as url:
        yield url
