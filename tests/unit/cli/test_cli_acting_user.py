"""`app.cli.acting_user`: a command signs in as `--user` with the app's own sign-in."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli.acting_user import acting_user, password_for
from app.errors import AuthenticationFailed, NotFound
from app.models import AuditEntry
from app.models.database import create_school_database
from app.models.enums import Role
from app.services.core.actor import SYSTEM_ACTOR, Actor
from app.services.core.store import Store
from app.services.users.accounts import UserInput, create_user

PASSWORD = "Kļava-Ozols-2026!"


@pytest.fixture
def school_file(tmp_path: Path) -> Path:
    path = tmp_path / "skola.db"
    created = create_school_database(path, None, plaintext=True)
    store = Store(created.engine)
    admin = Actor(SYSTEM_ACTOR.user_id, "admin", "Admins", frozenset({Role.ADMIN}))
    create_user(store, admin, UserInput("dace", "Dace Vītola", PASSWORD, (Role.COORDINATOR,)))
    store.close()
    return path


def test_signs_in_with_the_password_from_the_environment(
        school_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_PASSWORD", PASSWORD)
    args = argparse.Namespace(user="dace")
    with acting_user(args, school_file, "lv", "auto", True) as (store, actor):
        assert actor.username == "dace" and actor.roles == frozenset({Role.COORDINATOR})
        with store.read() as s:
            assert s.scalar(select(AuditEntry).where(AuditEntry.action == "auth.signed_in"))


def test_a_wrong_password_is_refused(school_file: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_PASSWORD", "nepareizi")
    with pytest.raises(AuthenticationFailed), acting_user(
            argparse.Namespace(user="dace"), school_file, "lv", "auto", True):
        pass


def test_no_password_and_no_terminal_is_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PUMPURS_PASSWORD", raising=False)
    with pytest.raises(AuthenticationFailed) as caught:
        password_for("dace", "lv", ask=lambda prompt: None)
    assert "PUMPURS_PASSWORD" in caught.value.text("lv")
    assert password_for("dace", "lv", ask=lambda prompt: "x") == "x"


def test_a_missing_database_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_PASSWORD", PASSWORD)
    with pytest.raises(NotFound) as caught, acting_user(
            argparse.Namespace(user="dace"), tmp_path / "nav.db", "en", "auto", True):
        pass
    assert "nav.db" in caught.value.text("en")
