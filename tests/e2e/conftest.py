"""The e2e world, built once per hub backend and shared by the tests of this package:

- the demo school (`app.demo.build_demo_school`) in an encrypted database made by
  `create_school_database` with its key in an in-memory keyring; the coordinator signs in;
- a real hub (`init_hub`) served by uvicorn on 127.0.0.1 and a free port in a background
  thread, on SQLite and — when PUMPURS_TEST_POSTGRES_URL is set — on a fresh PostgreSQL
  database (skipped with the reason otherwise);
- `story`: the semester story of `tests.builders.semester_story`, run once against them.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.demo import DEMO_PASSWORD, build_demo_school
from app.models.database import create_school_database
from app.secrets import KeyringSecretStore
from app.services.core.store import Store
from app.services.users.auth import sign_in
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.semester_story import DemoSchool, RunningHub, Story, run_story

uvicorn = pytest.importorskip("uvicorn")
hub_api = pytest.importorskip("app.hub.api")
from app.hub.setup import init_hub  # noqa: E402

POSTGRES_ENV = "PUMPURS_TEST_POSTGRES_URL"
MUNICIPALITY = "Dienvidkurzemes novads"


def _postgres_database() -> Iterator[str]:
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"the e2e story on a PostgreSQL hub needs {POSTGRES_ENV} "
                    "(e.g. postgresql+psycopg://postgres@127.0.0.1:55432/postgres)")
    name = f"pumpurs_e2e_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="package", params=["sqlite", "postgres"])
def hub_db_url(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path_factory.mktemp("hub") / "hub.db")
    else:
        yield from _postgres_database()


@pytest.fixture(scope="package")
def running_hub(hub_db_url: str,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningHub]:
    """The hub's HTTP service on a free loopback port, stopped (and its store closed) after."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    hub = init_hub(hub_db_url, tmp_path_factory.mktemp("hub-keys") / "keys",
                   municipality=MUNICIPALITY, url=url, hub_id="hub-dienvidkurzeme")
    server = uvicorn.Server(uvicorn.Config(hub_api.create_app(hub=hub), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    pause = threading.Event()  # never set: only a bounded wait between polls
    for _ in range(500):  # at most ~10 s for the server to start
        if server.started or not thread.is_alive():
            break
        pause.wait(0.02)
    assert server.started, "the hub's HTTP service did not start"
    try:
        yield RunningHub(hub, url)
    finally:
        server.should_exit = True
        thread.join()
        sock.close()
        hub.close()


@pytest.fixture(scope="package")
def demo_school(tmp_path_factory: pytest.TempPathFactory,
                hub_db_url: str) -> Iterator[DemoSchool]:
    """A fresh encrypted demo school per hub backend; the coordinator signed in."""
    del hub_db_url  # one school per hub: each hub enrols and receives it from scratch
    secrets = KeyringSecretStore(MemoryKeyring())
    path = Path(tmp_path_factory.mktemp("school")) / "pumpurs.db"
    created = create_school_database(path, secrets)
    assert created.recovery_key is not None  # encrypted, not plaintext
    summary = build_demo_school(created.engine)
    store = Store(created.engine)
    try:
        coordinator = sign_in(store, summary.login_username, DEMO_PASSWORD)
        yield DemoSchool(path, store, secrets, coordinator, summary)
    finally:
        store.close()


@pytest.fixture(scope="package")
def story(demo_school: DemoSchool, running_hub: RunningHub) -> Story:
    return run_story(demo_school, running_hub)
