"""Shared by several test modules: ADMIN_PW, STAFF_PW, open_store,
pumpurs."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.run import run
from app.models.database import open_school_database
from app.secrets import choose_secret_store
from app.services.core.store import Store

ADMIN_PW = "Skola-Admins-2026!"


STAFF_PW = "Kļava-Ozols-2026!"


def pumpurs(db: Path, *args: str, password: str | None = None,
            monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    if password is not None and monkeypatch is not None:
        monkeypatch.setenv("PUMPURS_PASSWORD", password)
    return run([*args[:2], "--db", str(db), "--key-store", "file", *args[2:]])


def open_store(db: Path) -> Store:
    return Store(open_school_database(db, choose_secret_store(db, "file").store))
