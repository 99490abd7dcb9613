"""The packaging tests run against a frozen build made before the tests (`make installer`,
which `.ci/run` runs before `make test`). Without a build they skip — unless
PUMPURS_TEST_FROZEN=1 says one must be there (CI), when they fail instead."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ONEDIR = ROOT / "dist" / "pumpurs"


@pytest.fixture(scope="session")
def onedir() -> Path:
    if (ONEDIR / "pumpurs").is_file():
        return ONEDIR
    if os.environ.get("PUMPURS_TEST_FROZEN") == "1":
        pytest.fail(f"PUMPURS_TEST_FROZEN=1 but there is no frozen build in {ONEDIR}: "
                    "run `make installer` first")
    pytest.skip("no frozen build in dist/pumpurs (make installer; CI sets PUMPURS_TEST_FROZEN=1)")
