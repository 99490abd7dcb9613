"""Shared by tests (moved from tests.sync.test_school_hub_e2e): Running, _transport, hub_api,
running_hub, uvicorn."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.hub.hub import Hub
from app.hub.setup import init_hub
from app.secrets import KeyringSecretStore
from app.services.core.store import Store
from app.services.sync.keys import load_school_keys
from app.sync.http_client import HttpTransport

uvicorn = pytest.importorskip("uvicorn")


hub_api = pytest.importorskip("app.hub.api")


@dataclass
class Running:
    hub: Hub
    url: str


@pytest.fixture
def running_hub(tmp_path: Path) -> Iterator[Running]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    hub = init_hub(str(tmp_path / "hub.db"), tmp_path / "hub-keys",
                   municipality="Dienvidkurzemes novads", url=url, hub_id="hub-dienvidkurzeme")
    service = uvicorn.Server(uvicorn.Config(hub_api.create_app(hub=hub), log_level="warning"))
    thread = threading.Thread(target=service.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    ready = threading.Event()
    while not service.started and thread.is_alive():
        ready.wait(0.02)
    yield Running(hub, url)
    service.should_exit = True
    thread.join()
    sock.close()
    hub.close()


def _transport(store: Store, secrets: KeyringSecretStore, url: str) -> HttpTransport:
    with store.read() as s:
        keys = load_school_keys(s, secrets)
    return HttpTransport(url, school_id=keys.sender_id, signing_key=keys.signing)
