"""The hub's SQLite file (with its -wal and -shm files) and its key file are readable by their
owner only, whatever the umask (security finding 6)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.hub.hub import open_hub
from app.hub.keyfile import key_path
from app.hub.setup import init_hub
from tests.builders.hub import TestSchool, new_id, upsert

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default: files 0644, folders 0755
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_hub_makes_its_files_owner_only(tmp_path: Path, open_umask: None) -> None:
    from app.hub.enrolment import enrol_school
    from app.hub.ingest import ingest_bundle

    db = tmp_path / "hub.db"
    hub = init_hub(str(db), tmp_path / "keys", municipality="Ādažu novads",
                   url="http://127.0.0.1:8750", hub_id="hub-adazi")
    try:
        school = TestSchool()
        school.accept_trust(enrol_school(hub, school.request()).trust)
        data = school.bundle({"student": [upsert(new_id(), status="active")]}).data
        assert ingest_bundle(hub, data).status == "accepted"
        files = [db, *(Path(f"{db}{x}") for x in ("-wal", "-shm")), key_path(tmp_path / "keys")]
        assert all(path.exists() for path in files)
        assert {str(p): _mode(p) for p in files} == {str(p): 0o600 for p in files}
        assert _mode(tmp_path / "keys") == 0o700
    finally:
        hub.close()


def test_an_existing_database_is_narrowed_when_opened(tmp_path: Path, open_umask: None) -> None:
    db = tmp_path / "hub.db"
    init_hub(str(db), tmp_path, municipality="Ādažu novads", url="http://127.0.0.1:8750",
             hub_id="hub-adazi").close()
    db.chmod(0o644)
    open_hub(str(db), tmp_path).close()
    assert _mode(db) == 0o600
