"""The school app against the real municipality hub (app.hub) over HTTP on loopback."""

from __future__ import annotations

from sqlalchemy import select

from app.hub.decisions import decide, list_plans
from app.hub.enrolment import enrol_school
from app.models import PlanVersion, SupportPlan, SyncBundle
from app.models.enums import PlanStatus
from app.secrets import KeyringSecretStore
from app.services.core.store import Store
from app.services.sync.engine import run_sync
from app.services.sync.enrolment import enrolment_request, import_trust
from app.services.sync.status import sync_status
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.running_hub import Running, _transport
from tests.builders.school import SchoolFixture
from tests.builders.school_sync import approved_plan


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
