"""The anonymisation reaches the hub: a real school app (names required by the trust
document) syncs a pupil to a real hub on loopback, the municipality returns her plan with a
comment naming her, the school applies the retention review and syncs again — afterwards
neither the school's database nor the hub's holds her name, personal code or birth date
in any column of any table, and the hub's semester figures are what they were."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from app.models import SupportPlan
from app.secrets import KeyringSecretStore
from app.services.core.store import Store
from app.services.retention import apply_retention
from app.services.sync.engine import run_sync
from app.services.sync.enrolment import enrolment_request, import_trust
from tests.builders.catalogue import CatalogueFixture
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.plans import ANNA
from tests.builders.retention import BORN, CODE, pupil_who_left, values_holding
from tests.builders.running_hub import Running, _transport
from tests.builders.school import SchoolFixture

hub_api = pytest.importorskip("app.hub.api")
from app.hub.decisions import decide  # noqa: E402
from app.hub.enrolment import enrol_school  # noqa: E402
from app.hub.report import semester_report  # noqa: E402

SEMESTER = "2026/2027-1"
WORDS = ["Ēcere", CODE, BORN.isoformat()]


def _sync(store: Store, secrets: KeyringSecretStore, school: SchoolFixture,
          running: Running) -> None:
    transport = _transport(store, secrets, running.url)
    try:
        assert run_sync(store, secrets, transport, actor=school.actors["coordinator"]).failed == 0
    finally:
        transport.close()


def test_the_hub_forgets_an_anonymised_pupil(store: Store, school: SchoolFixture,
                                             cat: CatalogueFixture,
                                             running_hub: Running) -> None:
    secrets = KeyringSecretStore(MemoryKeyring())
    coordinator = school.actors["coordinator"]
    pupil = pupil_who_left(school, cat)
    enrolled = enrol_school(running_hub.hub, enrolment_request(store, secrets, coordinator).data,
                            require_names=True)
    import_trust(store, coordinator, enrolled.trust)
    _sync(store, secrets, school, running_hub)
    with store.read() as s:
        plan_id = s.scalars(select(SupportPlan.id).where(SupportPlan.student_id == pupil)).one()
    decide(running_hub.hub, str(plan_id), accept=False,
           comment=f"{ANNA}: lūdzam precizēt mērķus.")
    _sync(store, secrets, school, running_hub)  # the school gets the return
    _sync(store, secrets, school, running_hub)  # and sends the returned version
    with running_hub.hub.store.engine.connect() as conn:
        held = {w for _, _, w in values_holding(conn, [*WORDS, ANNA])}
    assert held == {*WORDS, ANNA}  # names required: the name, code and birth date travel
    figures = dataclasses.replace(semester_report(running_hub.hub, SEMESTER),
                                  generated_at=None)

    apply_retention(store, school.actors["admin"], date(2032, 1, 1))
    _sync(store, secrets, school, running_hub)
    with store.engine.connect() as conn:
        assert values_holding(conn, [*WORDS, ANNA]) == []
    with running_hub.hub.store.engine.connect() as conn:
        assert values_holding(conn, [*WORDS, ANNA]) == []
    after = dataclasses.replace(semester_report(running_hub.hub, SEMESTER), generated_at=None)
    assert after == figures
