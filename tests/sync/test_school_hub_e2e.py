"""The school app against the real municipality hub (app.hub) over HTTP on loopback."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import PlanVersion, SupportPlan, SyncBundle
from app.models.enums import PlanStatus
from app.secrets import KeyringSecretStore
from app.services.core.store import Store
from app.services.sync.engine import run_sync
from app.services.sync.enrolment import enrolment_request, import_trust
from app.services.sync.keys import load_school_keys
from app.services.sync.status import sync_status
from app.sync.http_client import HttpTransport
from tests.memory_keyring import MemoryKeyring
from tests.school_fixture import SchoolFixture
from tests.sync.school_sync_fixture import approved_plan

uvicorn = pytest.importorskip("uvicorn")
hub_api = pytest.importorskip("app.hub.api")
from app.hub.decisions import decide, list_plans  # noqa: E402
from app.hub.enrolment import enrol_school  # noqa: E402
from app.hub.hub import Hub  # noqa: E402
from app.hub.setup import init_hub  # noqa: E402


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


def test_enrol_upload_receipt_and_a_returned_plan_over_http(
        store: Store, school: SchoolFixture, running_hub: Running) -> None:
    secrets = KeyringSecretStore(MemoryKeyring())
    coordinator = school.actors["coordinator"]
    plan_id, version_id = approved_plan(store, school)
    request = enrolment_request(store, secrets, coordinator)
    enrolled = enrol_school(running_hub.hub, request.data)
    assert enrolled.school_fingerprint == request.fingerprint
    trust = import_trust(store, coordinator, enrolled.trust)
    assert trust.url == running_hub.url and trust.fingerprint == enrolled.hub_fingerprint

    transport = _transport(store, secrets, running_hub.url)
    try:
        first = run_sync(store, secrets, transport, actor=coordinator)
        assert (first.built, first.uploaded, first.failed) == (1, 1, 0)
        assert first.downlinks == 1  # the hub's receipt came back in the same run
        status = sync_status(store)
        assert [b.state for b in status.bundles] == ["acknowledged"]
        assert status.pending_changes == 0 and status.last_success_at is not None
        (row,) = [p for p in list_plans(running_hub.hub) if p.plan_id == str(plan_id)]
        assert row.status == "approved"

        # a resend of the same bytes (an upload whose answer was lost) changes nothing
        assert transport.upload(_stored_bytes(store), seq=1).status == "duplicate"

        decide(running_hub.hub, str(plan_id), accept=False,
               comment="Lūdzu pievienojiet logopēda nodarbības.")
        second = run_sync(store, secrets, transport, actor=coordinator)
        assert second.downlinks == 1 and second.conflicts == 0
        with store.read() as s:
            plan = s.get(SupportPlan, plan_id)
            assert plan is not None and plan.status is PlanStatus.RETURNED
            returned = s.scalar(select(PlanVersion).where(PlanVersion.plan_id == plan_id,
                                                          PlanVersion.number == 2))
            assert returned is not None
            assert returned.decision_comment == "Lūdzu pievienojiet logopēda nodarbības."
            assert s.get(PlanVersion, version_id) is not None
        third = run_sync(store, secrets, transport, actor=coordinator)
        assert third.uploaded == 1  # the reopened plan goes back to the municipality
        (row,) = [p for p in list_plans(running_hub.hub) if p.plan_id == str(plan_id)]
        assert (row.status, row.version) == ("returned", 2)
    finally:
        transport.close()


def _stored_bytes(store: Store) -> bytes:
    with store.read() as s:
        row = s.scalar(select(SyncBundle).where(SyncBundle.seq == 1))
        assert row is not None
        return row.data
