"""Shared by several test modules: _count, school_db."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Student
from app.models.enums import Role
from app.services.users.accounts import UserInput, create_user
from app.services.users.auth import sign_in
from tests.builders.cli_school_year import ADMIN_PW, STAFF_PW, open_store, pumpurs


@pytest.fixture
def school_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "skola.db"
    assert pumpurs(db, "school", "create", "--name", "Priekules vidusskola",
                   "--registration-number", "4113900123", "--municipality",
                   "Dienvidkurzemes novads", "--admin", "admins") == 0
    store = open_store(db)
    try:
        admin = sign_in(store, "admins", ADMIN_PW)
        create_user(store, admin, UserInput("dace", "Dace Vītola", STAFF_PW, (Role.COORDINATOR,)))
        create_user(store, admin, UserInput("ilze", "Ilze Kalniņa", STAFF_PW, (Role.TEACHER,)))
    finally:
        store.close()
    monkeypatch.setenv("PUMPURS_PASSWORD", STAFF_PW)
    assert pumpurs(db, "classes", "add", "--user", "dace", "--year", "2026/2027", "5.a") == 0
    capsys.readouterr()
    return db


def _count(db: Path) -> int:
    store = open_store(db)
    try:
        with store.read() as s:
            return s.scalar(select(func.count()).select_from(Student)) or 0
    finally:
        store.close()
