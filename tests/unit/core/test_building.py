"""A new database is built under `<name>.creating` and moved into place complete: a demo or
a school creation killed half-way leaves nothing at the real path, and the next creation
clears the leftover and succeeds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import Conflict
from app.models.building import building_path, database_being_built
from app.models.database import open_school_database
from app.secrets import KeyringSecretStore
from app.services.checks.integrity import check_database
from app.services.core.store import Store
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.school import build_school


def test_the_file_appears_only_complete_with_its_key_under_its_own_name(
        tmp_path: Path) -> None:
    db, secrets = tmp_path / "skola.db", KeyringSecretStore(MemoryKeyring())
    with database_being_built(db, secrets) as created:
        assert not db.exists() and building_path(db).exists()
        build_school(Store(created.engine))
    assert db.exists() and not building_path(db).exists()
    engine = open_school_database(db, secrets)  # the key moved with the file
    assert check_database(engine).ok
    engine.dispose()
    with pytest.raises(Conflict), database_being_built(db, secrets):
        pass


def test_a_failure_while_building_leaves_nothing(tmp_path: Path) -> None:
    db, backend = tmp_path / "skola.db", MemoryKeyring()
    with pytest.raises(RuntimeError), database_being_built(db, KeyringSecretStore(backend)):
        raise RuntimeError("the power went")
    assert list(tmp_path.iterdir()) == [] and backend.passwords == {}


def test_a_killed_demo_leaves_no_database_and_the_next_run_succeeds(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    env = {**os.environ, "PUMPURS_KEY_PASSPHRASE": "tests-only passphrase"}
    command = [sys.executable, "-m", "app", "demo", "--db", str(db), "--key-store", "file"]
    demo = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True)
    assert demo.stderr is not None
    for line in demo.stderr:  # killed in the middle of building the school
        if "(2/" in line:
            break
    demo.send_signal(signal.SIGKILL)
    demo.wait()
    assert not db.exists() and building_path(db).exists()

    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert db.exists() and not building_path(db).exists()
