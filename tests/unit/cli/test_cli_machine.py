"""The command line and the per-machine mode: `school create --per-machine`, commands that
act as a user through their key slot, and `recover` making a lost slot file anew."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.cli.run import run
from app.key_slots import KeySlots, slots_path
from app.machine_install import MACHINE_ENV, machine_install

PASSWORD = "pavasaris-2026"


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    machine = tmp_path / "ProgramData" / "Pumpurs"
    monkeypatch.setenv(MACHINE_ENV, str(machine))
    monkeypatch.setenv("PUMPURS_ADMIN_PASSWORD", PASSWORD)
    monkeypatch.setenv("PUMPURS_PASSWORD", PASSWORD)
    return machine / "pumpurs.db"


def _create(db: Path) -> None:
    assert run(["school", "create", "--db", str(db), "--per-machine", "--name",
                "Priekules vidusskola", "--registration-number", "4113900123",
                "--municipality", "Dienvidkurzemes novads", "--admin", "admins"]) == 0


def test_school_create_per_machine_then_a_command_opens_it_with_the_users_password(
        shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _create(shared)
    out = capsys.readouterr().out
    assert "kopīga visiem šī datora kontiem" in out
    found = machine_install()
    assert found is not None and found.database == shared.resolve()
    assert KeySlots.unlock(slots_path(shared), "admins", PASSWORD).usernames() == ("admins",)
    assert run(["classes", "add", "--db", str(shared), "--user", "admins", "8.b"]) == 0
    capsys.readouterr()
    assert run(["classes", "list", "--db", str(shared), "--user", "admins"]) == 0
    assert "8.b" in capsys.readouterr().out


def test_recover_makes_a_lost_key_slot_file_anew(
        shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _create(shared)
    match = re.search(r"([A-Z2-7]{4}-){13}[A-Z2-7]{4}", capsys.readouterr().out)
    assert match is not None
    slots_path(shared).unlink()  # lost
    assert run(["classes", "list", "--db", str(shared), "--user", "admins"]) != 0
    assert "pumpurs recover" in capsys.readouterr().err
    assert run(["recover", "--db", str(shared), "--user", "admins",
                "--recovery-key", match.group(0)]) == 0
    assert "admins" in capsys.readouterr().out
    assert run(["classes", "list", "--db", str(shared), "--user", "admins"]) == 0


def test_backup_and_restore_of_a_shared_database_keep_the_slot_in_step(
        shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _create(shared)
    usb = tmp_path / "USB"
    usb.mkdir()
    assert run(["backup", "--db", str(shared), "--user", "admins", "--to", str(usb)]) == 0
    (copy,) = usb.glob("*.pumpurs-backup")
    slots = KeySlots.unlock(slots_path(shared), "admins", PASSWORD)
    slots.put("admins", "cita-parole-2027")  # as a password change after the backup would
    monkeypatch.setenv("PUMPURS_PASSWORD", "cita-parole-2027")  # opens today's slot…
    assert run(["restore", "--db", str(shared), "--user", "admins", "--yes", str(copy)]) != 0
    capsys.readouterr()  # …but the backup holds the old password: refused, nothing changed
    monkeypatch.setenv("PUMPURS_PASSWORD", PASSWORD)
    slots.put("admins", PASSWORD)
    assert run(["restore", "--db", str(shared), "--user", "admins", "--yes", str(copy)]) == 0
    assert "atjaunota" in capsys.readouterr().out
    assert run(["classes", "list", "--db", str(shared), "--user", "admins"]) == 0
