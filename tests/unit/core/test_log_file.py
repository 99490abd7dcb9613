"""The rotating log file: written by the app's loggers, rotated, added once."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.log_file import log_file_path, start_log_file, stop_log_file


@pytest.fixture(autouse=True)
def no_file_left() -> Iterator[None]:
    yield
    stop_log_file()


def test_the_log_file_rotates_and_is_added_once(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "pumpurs.log"
    handler = start_log_file(path, max_bytes=2000, backups=2)
    assert handler is not None and start_log_file(path) is handler
    log = logging.getLogger("pumpurs.test")
    for n in range(100):
        log.info("sync run %d: 3 bundles uploaded", n)
    assert path.is_file() and (tmp_path / "logs" / "pumpurs.log.1").is_file()
    assert not (tmp_path / "logs" / "pumpurs.log.3").exists()  # two old files at most
    assert "sync run 99: 3 bundles uploaded" in path.read_text("utf-8")


def test_an_unusable_folder_only_loses_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert start_log_file(blocker / "pumpurs.log") is None


def test_the_file_lives_in_the_users_log_folder() -> None:
    assert log_file_path().name == "pumpurs.log" and "Pumpurs" in str(log_file_path())
