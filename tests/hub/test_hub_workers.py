"""The hub as a server runs it: `pumpurs-hub migrate`, then uvicorn with two worker processes
loading `app.hub.serve:create_app_from_env` (SQLite, and PostgreSQL when
PUMPURS_TEST_POSTGRES_URL is set). A real upload sent twice, and eight at once across the
workers, is stored once; a store that was not migrated is refused by the workers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app.errors import MigrationError
from app.hub.db import open_engine
from app.hub.hub import Hub, open_hub
from app.hub.models import Bundle
from app.hub.models_records import HubStudent
from tests.builders.hub import TestSchool
from tests.builders.hub_http import _student, post
from tests.builders.hub_workers import UVICORN

# the same limits as installer/hub/pumpurs-hub.service


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def workers(db_url: str, keys: Path, log: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "PUMPURS_HUB_DB_URL": db_url, "PUMPURS_HUB_KEYS": str(keys)}
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", *UVICORN, "--host", "127.0.0.1",
             "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if httpx.get(base + "/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        assert process.poll() is None, log.read_text()
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def _count(hub: Hub, model: type) -> int:
    with hub.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_two_workers_store_an_upload_exactly_once(db_url: str, keys_dir: Path, hub: Hub,
                                                  school: TestSchool, tmp_path: Path) -> None:
    migrate = subprocess.run([sys.executable, "-m", "app.hub.cli", "--lang", "en", "migrate",
                              "--db", db_url, "--keys", str(keys_dir)],
                             capture_output=True, text=True, check=False)
    assert migrate.returncode == 0 and "schema is at" in migrate.stdout, migrate.stderr
    log = tmp_path / "uvicorn.log"
    with workers(db_url, keys_dir, log) as base:
        first = school.bundle(_student())
        assert post(base, school, first.data).json()["status"] == "accepted"
        assert post(base, school, first.data).json()["status"] == "duplicate"
        second = school.bundle(_student())
        answers: list[str] = []
        gate = threading.Barrier(8)

        def send() -> None:
            gate.wait()
            answers.append(post(base, school, second.data).json()["status"])

        threads = [threading.Thread(target=send) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert sorted(answers) == ["accepted", *["duplicate"] * 7]
    assert _count(hub, Bundle) == 2 and _count(hub, HubStudent) == 2
    assert log.read_text().count("Started server process") == 2, log.read_text()


def test_a_worker_refuses_a_store_that_was_not_migrated(db_url: str, keys_dir: Path,
                                                       hub: Hub) -> None:
    engine = open_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE hub_alembic_version SET version_num = 'old'")
    finally:
        engine.dispose()
    with pytest.raises(MigrationError) as refused:
        open_hub(db_url, keys_dir, migrate=False)
    assert "pumpurs-hub migrate" in refused.value.text("en")
