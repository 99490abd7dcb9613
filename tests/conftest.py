"""Shared fixtures: a real, encrypted SQLite file per test, and a small known school."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.models import Base
from app.models.db import open_engine
from app.services.core.store import Store
from tests.school_fixture import SchoolFixture, build_school

# never this computer's real shared data folder (a test that needs it sets its own)
os.environ["PUMPURS_MACHINE_DATA"] = tempfile.mkdtemp(prefix="pumpurs-machine-")


@pytest.fixture
def db_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def store(tmp_path: Path, db_key: bytes) -> Iterator[Store]:
    """An encrypted database file with the current schema (created from the models)."""
    engine = open_engine(tmp_path / "school.db", db_key)
    Base.metadata.create_all(engine)
    st = Store(engine)
    yield st
    st.close()


@pytest.fixture
def school(store: Store) -> SchoolFixture:
    return build_school(store)
