"""A real school app approves plans with its director's key and syncs to a real hub over HTTP
on loopback: the hub verifies each approval at ingest. An amount changed after approval
(sent with the school's device key, not re-signed by the director) or signature bytes
flipped show as not verifying and are refused; a director key rotated at school keeps its
old approvals verifying while the new key signs the next version, and the plan says the
version was signed with a newer key of the same director."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.errors import Conflict
from app.models import PlanVersion, SigningKey, SupportMeasure
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.core.store import Store
from app.services.plans.lifecycle import submit_plan
from app.services.sync.engine import run_sync
from app.services.sync.enrolment import enrolment_request, import_trust
from tests.builders.approvals import submitted_plan
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.running_hub import Running, _transport
from tests.builders.school import SchoolFixture

hub_api = pytest.importorskip("app.hub.api")
from app.hub.console.plan_page import read_plan  # noqa: E402
from app.hub.decisions import decide  # noqa: E402
from app.hub.enrolment import enrol_school  # noqa: E402
from tests.builders.school import TEST_PASSWORD  # noqa: E402


def _signature(running: Running, plan_id: object,
               number: int | None = None) -> tuple[str, str | None]:
    detail = read_plan(running.hub, str(plan_id))
    version = detail.current if number is None else \
        next(v for v in detail.versions if v.number == number)
    assert version is not None
    return version.signature, version.signature_reason


def _synced(store: Store, secrets: KeyringSecretStore, school: SchoolFixture,
            running: Running) -> None:
    coordinator = school.actors["coordinator"]
    transport = _transport(store, secrets, running.url)
    try:
        result = run_sync(store, secrets, transport, actor=coordinator)
        assert result.failed == 0
    finally:
        transport.close()


def _enrolled(store: Store, secrets: KeyringSecretStore, school: SchoolFixture,
              running: Running) -> None:
    coordinator = school.actors["coordinator"]
    enrolled = enrol_school(running.hub, enrolment_request(store, secrets, coordinator).data)
    import_trust(store, coordinator, enrolled.trust)


def test_a_real_approval_verifies_and_a_changed_amount_does_not(
        store: Store, school: SchoolFixture, cat: object, running_hub: Running) -> None:
    secrets = KeyringSecretStore(MemoryKeyring())
    plan_id = submitted_plan(school, cat)  # type: ignore[arg-type]
    approve_plan(store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    _enrolled(store, secrets, school, running_hub)
    _synced(store, secrets, school, running_hub)
    assert _signature(running_hub, plan_id) == ("verified", None)

    with store.write() as s:  # the amount raised after the director signed
        version = s.scalar(select(PlanVersion).where(PlanVersion.plan_id == plan_id))
        measure = s.scalar(select(SupportMeasure).where(SupportMeasure.version_id
                                                        == version.id)) if version else None
        assert measure is not None
        measure.cost_cents *= 10
    _synced(store, secrets, school, running_hub)
    assert _signature(running_hub, plan_id) == ("failed", "hub.signature_differs_measures")
    with pytest.raises(Conflict) as refused:
        decide(running_hub.hub, str(plan_id), accept=True)
    assert refused.value.key == "hub.plan_signature_unverified"

    with store.write() as s:  # put the amount back, flip a byte of the signature
        measure = s.get(SupportMeasure, measure.id)
        version = s.get(PlanVersion, measure.version_id) if measure else None
        assert measure is not None and version is not None and version.signature is not None
        measure.cost_cents //= 10
        raw = bytearray(version.signature)
        raw[0] ^= 0x80
        version.signature = bytes(raw)
    _synced(store, secrets, school, running_hub)
    assert _signature(running_hub, plan_id) == ("failed", "hub.signature_invalid")


def test_a_rotated_director_key_keeps_the_old_approval_verifying(
        store: Store, school: SchoolFixture, cat: object, running_hub: Running) -> None:
    secrets = KeyringSecretStore(MemoryKeyring())
    plan_id = submitted_plan(school, cat)  # type: ignore[arg-type]
    approve_plan(store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    _enrolled(store, secrets, school, running_hub)
    _synced(store, secrets, school, running_hub)
    decide(running_hub.hub, str(plan_id), accept=False, comment="Pievienojiet logopēdu.")
    _synced(store, secrets, school, running_hub)  # the return reopens the plan at school
    with store.write() as s:  # the director's key is revoked (a new one will be made)
        for key in s.scalars(select(SigningKey)):
            key.revoked_at = datetime.now(UTC)
    submit_plan(store, school.actors["teacher"], plan_id)
    approve_plan(store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    _synced(store, secrets, school, running_hub)
    with store.read() as s:
        assert len(s.scalars(select(SigningKey)).all()) == 2
    assert _signature(running_hub, plan_id, 1) == ("verified", None)
    assert _signature(running_hub, plan_id, 2) == ("verified", None)
    # the re-signing with a key made later shows on the plan (security finding 3)
    versions = {v.number: v for v in read_plan(running_hub.hub, str(plan_id)).versions}
    assert versions[1].new_key_seq is None and versions[2].new_key_seq is not None
    assert decide(running_hub.hub, str(plan_id), accept=True).version_number == 2
