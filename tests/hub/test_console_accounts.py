"""`pumpurs-hub user add|role`: the password from PUMPURS_HUB_PASSWORD or asked twice on
the terminal, stored only as an argon2id hash; a duplicate name, a short password and two
different passwords are refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from app.hub.cli import main
from app.hub.console.accounts import SignInOutcome, sign_in
from app.hub.hub import Hub
from app.hub.models_console import ConsoleUser


def _add(hub: Hub, db_url: str, keys_dir: Path, *extra: str) -> int:
    return main(["user", "add", "--db", db_url, "--keys", str(keys_dir), *extra])


def test_user_add_from_the_environment(hub: Hub, db_url: str, keys_dir: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PUMPURS_HUB_PASSWORD", "a long enough one")
    assert _add(hub, db_url, keys_dir, "--username", "anna", "--role", "coordinator") == 0
    assert "Konsoles lietotājs anna pievienots" in capsys.readouterr().out
    with hub.store.read() as s:
        stored = s.scalars(select(ConsoleUser)).one()
    assert stored.password_hash.startswith("$argon2id$") and "long" not in stored.password_hash
    assert sign_in(hub, "anna", "a long enough one").outcome is SignInOutcome.SIGNED_IN
    assert _add(hub, db_url, keys_dir, "--username", "anna", "--role", "viewer") == 1
    assert "jau ir" in capsys.readouterr().err
    monkeypatch.setenv("PUMPURS_HUB_PASSWORD", "short")
    assert _add(hub, db_url, keys_dir, "--username", "juris", "--role", "viewer") == 1
    assert "vismaz 10" in capsys.readouterr().err


def test_user_add_asks_twice_on_a_terminal(hub: Hub, db_url: str, keys_dir: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("PUMPURS_HUB_PASSWORD", raising=False)
    tty = io.StringIO()
    tty.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", tty)
    answers = iter(["first password!", "other password"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(answers))
    assert _add(hub, db_url, keys_dir, "--username", "anna", "--role", "admin") == 1
    assert "nesakrīt" in capsys.readouterr().err
    answers = iter(["same password!", "same password!"])
    assert _add(hub, db_url, keys_dir, "--username", "anna", "--role", "admin") == 0
    monkeypatch.setattr("sys.stdin", io.StringIO())  # no terminal, no variable
    assert _add(hub, db_url, keys_dir, "--username", "ilze", "--role", "admin") == 1
    assert "PUMPURS_HUB_PASSWORD" in capsys.readouterr().err
