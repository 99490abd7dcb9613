"""Less free text upstream (issue 20), a real school app and a real hub over HTTP on loopback:
by default the plan's summary, its goals, the director's comment and the failing subjects'
names never reach the hub's database (every table scanned, the signed bytes decoded), the
console says "teksts glabājas skolā", and the director's signature still verifies; when the
municipality's trust document lets the texts travel, they are there and still verify."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.models import PlanVersion, RiskAssessment
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.core.store import Store
from app.services.sync.engine import run_sync
from app.services.sync.enrolment import enrolment_request, import_trust
from tests.builders.approvals import submitted_plan
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.running_hub import Running, _transport
from tests.builders.school import TEST_PASSWORD, SchoolFixture

hub_api = pytest.importorskip("app.hub.api")
from app.hub.console.accounts import add_user  # noqa: E402
from app.hub.console.plan_page import read_plan  # noqa: E402
from app.hub.enrolment import enrol_school  # noqa: E402
from app.hub.models import HubBase  # noqa: E402
from app.hub.models_records import Record  # noqa: E402
from tests.builders.console import PASSWORD, sign_in  # noqa: E402

FAILING = "Astronomija,Ģeogrāfija"


def _school_sends(store: Store, school: SchoolFixture, cat: object, running: Running,
                  free_text: bool) -> tuple[Any, list[str]]:
    """Approve Anna's plan (with failing subjects on its assessment), enrol with the hub
    (the texts travelling or not) and sync; the plan's id and the texts that may travel."""
    secrets = KeyringSecretStore(MemoryKeyring())
    plan_id = submitted_plan(school, cat)  # type: ignore[arg-type]
    with store.write() as s:
        for assessment in s.scalars(select(RiskAssessment)):
            assessment.failing_subjects = FAILING
    approve_plan(store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    coordinator = school.actors["coordinator"]
    enrolled = enrol_school(running.hub, enrolment_request(store, secrets, coordinator).data,
                            send_free_text=free_text)
    assert import_trust(store, coordinator, enrolled.trust).send_free_text is free_text
    transport = _transport(store, secrets, running.url)
    try:
        assert run_sync(store, secrets, transport, actor=coordinator).failed == 0
    finally:
        transport.close()
    with store.read() as s:
        version = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id)).one()
        texts = [version.summary, *(g.text for g in version.goals), *FAILING.split(",")]
    assert all(texts) and len(texts) == 5
    return plan_id, texts


def _hub_holds(running: Running) -> str:
    """Every value of every table of the hub's database as text, with the signed bytes of
    each plan version decoded (base64url would hide a text from a plain scan)."""
    parts: list[str] = []
    with running.hub.store.read() as s:
        for table in HubBase.metadata.sorted_tables:
            for row in s.execute(select(table)):
                parts += [v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
                          for v in row]
        for data in s.scalars(select(Record.data).where(Record.entity == "plan_version")):
            content = json.loads(data or "{}").get("signed_content")
            if content:
                parts.append(base64.urlsafe_b64decode(content + "=" * (-len(content) % 4))
                             .decode("utf-8"))
    return "\n".join(parts)


def _page(running: Running, plan_id: object) -> str:
    add_user(running.hub, "koord", PASSWORD, "coordinator")
    with httpx.Client(base_url=running.url) as client:
        assert sign_in(client, "koord").status_code == 303
        detail = read_plan(running.hub, str(plan_id))
        return client.get(f"/plans/{plan_id}", params={"school": detail.school_id}).text


def test_by_default_no_free_text_reaches_the_hub_and_the_signature_verifies(
        store: Store, school: SchoolFixture, cat: object, running_hub: Running) -> None:
    plan_id, texts = _school_sends(store, school, cat, running_hub, free_text=False)
    held = _hub_holds(running_hub)
    for text in texts:
        assert text not in held, text
    detail = read_plan(running_hub.hub, str(plan_id))
    assert detail.current is not None and detail.current.summary is None
    assert detail.goals == [None, None]  # two goals, their texts kept at school
    assert (detail.current.signature, detail.current.signature_reason) == ("verified", None)
    page = _page(running_hub, plan_id)
    assert page.count("teksts glabājas skolā") == 3 and "Paraksts pārbaudīts" in page


def test_with_the_setting_on_the_texts_travel_and_the_signature_verifies(
        store: Store, school: SchoolFixture, cat: object, running_hub: Running) -> None:
    plan_id, texts = _school_sends(store, school, cat, running_hub, free_text=True)
    held = _hub_holds(running_hub)
    for text in texts:
        assert text in held, text
    detail = read_plan(running_hub.hub, str(plan_id))
    assert detail.current is not None and detail.current.summary == texts[0]
    assert detail.goals == texts[1:3]
    assert (detail.current.signature, detail.current.signature_reason) == ("verified", None)
    page = _page(running_hub, plan_id)
    assert "teksts glabājas skolā" not in page and texts[1] in page
