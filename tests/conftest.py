"""Shared fixtures: a real, encrypted SQLite file per test, and a small known school; and
for every test the hub's key-file passphrase in PUMPURS_HUB_PASSPHRASE, so each hub a test
sets up writes the encrypted key file (format /2) and reads it back with real argon2id."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.register_assert_rewrite("tests.builders")  # their asserts explain failures too

from app.models import Base  # noqa: E402
from app.models.db import open_engine  # noqa: E402
from app.services.core.store import Store  # noqa: E402
from tests.builders.school import SchoolFixture, build_school  # noqa: E402

# Fixtures shared by several test modules, available everywhere.
pytest_plugins = [
    "tests.builders.approvals",
    "tests.builders.cli_roster",
    "tests.builders.plans",
    "tests.builders.running_hub",
]

HUB_PASSPHRASE = "tests: Ādaži hub passphrase"


@pytest.fixture(scope="session", autouse=True)
def hub_passphrase() -> Iterator[str]:
    """For the whole session (package-scoped hubs open their keys again later); a test that
    changes these with `monkeypatch` has them back afterwards."""
    with pytest.MonkeyPatch.context() as patch:
        for name in ("CREDENTIALS_DIRECTORY", "PUMPURS_HUB_PASSPHRASE_FILE"):
            patch.delenv(name, raising=False)
        patch.setenv("PUMPURS_HUB_PASSPHRASE", HUB_PASSPHRASE)
        yield HUB_PASSPHRASE

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
