"""Decisions and downlinks: the coordinator accepts or returns plans; receipts and decisions
reach the school as signed, encrypted bundles with seq rising by one and chained hashes,
over HTTP (GET /api/v1/downlink) and as files."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from app.errors import Conflict, ValidationError
from app.hub.api_auth import sign_request
from app.hub.decisions import decide, list_plans
from app.hub.downlink import next_downlink, write_downlinks
from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.hub.models import Decision
from tests.builders.hub import TestSchool, semester_records
from tests.builders.hub_decisions import open_downlink


def _sent(hub: Hub, school: TestSchool) -> list[str]:
    semester = semester_records()
    assert ingest_bundle(hub, school.bundle(semester.records).data).status == "accepted"
    return semester.plan_ids


def test_accept_and_return_travel_back_in_a_signed_downlink(
        hub: Hub, school: TestSchool) -> None:
    plans = _sent(hub, school)
    accepted = decide(hub, plans[0], accept=True)
    returned = decide(hub, plans[1], accept=False, comment="Precizējiet mērķus.")
    assert (accepted.outcome, returned.outcome) == ("accepted", "returned")
    data = next_downlink(hub, school.school_id, 0)
    assert data is not None
    manifest, payload = open_downlink(school, data)
    assert (manifest["kind"], manifest["seq"], manifest["prev_manifest_sha256"]) == \
        ("hub-downlink", 1, None)
    assert [r["status"] for r in payload["receipts"]] == ["applied"]
    assert {(d["plan_id"], d["outcome"], d["comment"]) for d in payload["decisions"]} == {
        (plans[0], "accepted", None), (plans[1], "returned", "Precizējiet mērķus.")}
    assert next_downlink(hub, school.school_id, 0) == data  # served again byte for byte
    assert next_downlink(hub, school.school_id, 1) is None  # nothing new
    rows = {r.plan_id: r.decision for r in list_plans(hub, "2026/2027-1")}
    assert rows == {plans[0]: "accepted", plans[1]: "returned", plans[2]: None}


def test_the_next_downlink_chains_the_previous(hub: Hub, school: TestSchool) -> None:
    plans = _sent(hub, school)
    first = next_downlink(hub, school.school_id, 0)
    decide(hub, plans[0], accept=True)
    second = next_downlink(hub, school.school_id, 1)
    assert first is not None and second is not None
    m1, _ = open_downlink(school, first)
    m2, p2 = open_downlink(school, second)
    import hashlib

    from app.sync.envelope_zip import MANIFEST, unpack

    m1_hash = hashlib.sha256(unpack(first, len(first))[MANIFEST]).hexdigest()
    assert (m2["seq"], m2["prev_manifest_sha256"]) == (2, m1_hash)
    assert [d["outcome"] for d in p2["decisions"]] == ["accepted"] and p2["receipts"] == []
    assert m1["seq"] == 1


def test_decisions_that_cannot_be_taken(hub: Hub, school: TestSchool) -> None:
    plans = _sent(hub, school)
    with pytest.raises(ValidationError) as no_comment:
        decide(hub, plans[0], accept=False, comment="  ")
    assert "Komentārs" in no_comment.value.text("lv")
    assert "Comment" in no_comment.value.text("en")
    with pytest.raises(Conflict) as draft:
        decide(hub, plans[2], accept=True)
    assert "direktors vēl nav apstiprinājis" in draft.value.text("lv")
    decide(hub, plans[0], accept=True)
    with pytest.raises(Conflict) as twice:
        decide(hub, plans[0], accept=False, comment="Vēlreiz")
    assert "jau ir lēmusi" in twice.value.text("lv")
    with hub.store.read() as s:
        assert len(s.scalars(select(Decision)).all()) == 1  # refused decisions stored nothing


def test_downlink_over_http_and_as_files(server: str, hub: Hub, school: TestSchool,
                                         tmp_path: Path) -> None:
    plans = _sent(hub, school)
    decide(hub, plans[1], accept=False, comment="Trūkst vecāku iesnieguma.")

    def get(after: int) -> httpx.Response:
        target = f"/api/v1/downlink?after={after}"
        headers = sign_request(school.signing, "GET", target, b"", school.school_id,
                               school.key_id)
        return httpx.get(server + target, headers=headers)

    answer = get(0)
    assert answer.status_code == 200
    _, payload = open_downlink(school, answer.content)
    assert payload["decisions"][0]["comment"] == "Trūkst vecāku iesnieguma."
    assert get(1).status_code == 204
    unsigned = httpx.get(server + "/api/v1/downlink?after=0")
    assert unsigned.status_code == 401
    files = write_downlinks(hub, school.school_id, tmp_path / "usb", after=0)
    assert [f.name for f in files] == [f"{school.school_id}-down-000001.pumpurs"]
    assert files[0].read_bytes() == answer.content
    assert write_downlinks(hub, school.school_id, tmp_path / "usb") == []


def test_trust_document_is_served_to_its_school(server: str, school: TestSchool) -> None:
    headers = sign_request(school.signing, "GET", "/api/v1/trust", b"", school.school_id,
                           school.key_id)
    answer = httpx.get(server + "/api/v1/trust", headers=headers)
    assert answer.status_code == 200
    assert school.trust is not None and answer.content == school.trust.raw


def test_a_plan_closed_at_semester_end_can_be_accepted_but_not_returned(
        hub: Hub, school: TestSchool) -> None:
    semester = semester_records()
    closed = [dict(r) for r in semester.records["plan_version"]]
    closed[0] = {**closed[0], "data": {**closed[0]["data"], "status": "closed"}}
    closed[1] = {**closed[1], "data": {**closed[1]["data"], "status": "closed"}}
    records = {**semester.records, "plan_version": closed}
    assert ingest_bundle(hub, school.bundle(records).data).status == "accepted"
    plans = semester.plan_ids
    with pytest.raises(Conflict) as refused:
        decide(hub, plans[1], accept=False, comment="Precizējiet mērķus.")
    assert "jau ir noslēgusi" in refused.value.text("lv")
    assert "already closed" in refused.value.text("en")
    assert decide(hub, plans[0], accept=True).outcome == "accepted"
    rows = {r.plan_id: r.decision for r in list_plans(hub, "2026/2027-1")}
    assert rows[plans[0]] == "accepted" and rows[plans[1]] is None
