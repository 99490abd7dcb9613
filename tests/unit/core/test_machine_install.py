"""The installation mode: the machine's settings file says where the shared database is."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.machine_install import (
    MACHINE_ENV,
    default_location,
    machine_database_path,
    machine_install,
    record_machine_install,
)
from app.paths import default_database_path


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ProgramData" / "Pumpurs"
    monkeypatch.setenv(MACHINE_ENV, str(folder))
    return folder


def test_without_a_machine_installation_the_persons_own_database_is_used(machine: Path) -> None:
    assert machine_install() is None
    assert default_location() == default_database_path()
    assert machine_database_path() == machine / "pumpurs.db"


def test_a_recorded_installation_points_every_account_at_the_shared_database(
        machine: Path) -> None:
    record_machine_install(machine_database_path(), "Rīgas 1. vidusskola")
    found = machine_install()
    assert found is not None
    assert found.database == (machine / "pumpurs.db").resolve()
    assert found.school_name == "Rīgas 1. vidusskola"
    assert default_location() == found.database
    # stored relative to the folder, so the folder may be moved or restored elsewhere
    assert '"database": "pumpurs.db"' in (machine / "machine.json").read_text(encoding="utf-8")


def test_a_damaged_settings_file_falls_back_to_the_persons_own_database(machine: Path) -> None:
    machine.mkdir(parents=True)
    (machine / "machine.json").write_text("{oops", encoding="utf-8")
    assert machine_install() is None
    assert default_location() == default_database_path()
