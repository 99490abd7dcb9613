"""Deciding in the console: a coordinator returns a plan with a comment and accepts another
(one by one and in a batch), through the service `pumpurs-hub decide` uses, so both travel
in the next downlink with who decided; a return without a comment shows the page again with
the sentence naming the field; a viewer is refused."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from app.hub.downlink import next_downlink
from app.hub.hub import Hub
from app.hub.models import Decision
from app.hub.models_console import AuditEntry
from tests.builders.console import client, csrf_of, people, semester, sign_in
from tests.builders.hub import Semester, TestSchool
from tests.builders.hub_decisions import open_downlink

__all__ = ["client", "people", "semester"]  # fixtures


def _page(client: TestClient, plan_id: str) -> str:
    answer = client.get(f"/plans/{plan_id}")
    assert answer.status_code == 200
    return answer.text


def _decide(client: TestClient, plan_id: str, outcome: str, comment: str = "") -> object:
    csrf = csrf_of(_page(client, plan_id))
    return client.post(f"/plans/{plan_id}/decision", follow_redirects=False,
                       data={"csrf": csrf, "outcome": outcome, "comment": comment})


def test_the_queue_shows_latvian_statuses_and_counts(client: TestClient,
                                                     semester: Semester) -> None:
    sign_in(client, "koord")
    page = client.get("/").text
    assert page.count("status-awaiting") == 2 and page.count("status-at_school") == 1
    assert "Ādažu vidusskola" in page
    assert ">P-" in page  # pupils by pseudonym, not by record id
    awaiting = client.get("/", params={"status": "awaiting"}).text
    assert awaiting.count("status-awaiting") == 2 and "status-at_school" not in awaiting
    assert "Nav plānu" in client.get("/", params={"q": "Rīgas"}).text
    assert "Nav plānu" in client.get("/", params={"semester": "2030/2031-1"}).text


def test_a_coordinator_returns_with_a_comment_and_accepts(
        client: TestClient, hub: Hub, school: TestSchool, semester: Semester) -> None:
    returned, accepted, _draft = semester.plan_ids
    sign_in(client, "koord")
    empty = _decide(client, returned, "return", "   ")
    assert empty.status_code == 422
    assert "Komentārs: atgriežot plānu, jāpaskaidro" in empty.text
    answer = _decide(client, returned, "return", "Pievienojiet mērķus.")
    assert answer.status_code == 303
    page = client.get(answer.headers["location"]).text
    assert "Plāns atgriezts" in page and "Pievienojiet mērķus." in page and "koord" in page
    assert _decide(client, accepted, "accept").status_code == 303
    with hub.store.read() as s:
        rows = {d.plan_id: (d.outcome, d.decided_by) for d in s.scalars(select(Decision))}
        audited = s.scalars(select(AuditEntry.username).where(
            AuditEntry.action == "decision")).all()
    assert rows == {returned: ("returned", "koord"), accepted: ("accepted", "koord")}
    assert audited == ["koord", "koord"]
    data = next_downlink(hub, school.school_id, 0)
    assert data is not None
    _manifest, payload = open_downlink(school, data)
    assert {(d["plan_id"], d["outcome"]) for d in payload["decisions"]} == {
        (returned, "returned"), (accepted, "accepted")}


def test_batch_accept(client: TestClient, hub: Hub, school: TestSchool,
                      semester: Semester) -> None:
    sign_in(client, "koord")
    page = client.get("/").text
    plans = [f"{school.school_id}/{p}" for p in semester.plan_ids]
    answer = client.post("/plans/accept", data={"csrf": csrf_of(page), "plan": plans},
                         follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/?done=2")
    assert "Pieņemti 2 plāni" in client.get("/?done=2").text  # the draft is not accepted


def test_a_viewer_is_refused_a_decision(client: TestClient, hub: Hub,
                                        semester: Semester) -> None:
    sign_in(client, "skat")
    plan_id = semester.plan_ids[0]
    page = _page(client, plan_id)
    assert "Jūsu loma (skatītājs) lēmumus nepieņem" in page
    answer = client.post(f"/plans/{plan_id}/decision",
                         data={"csrf": csrf_of(page), "outcome": "accept"})
    assert answer.status_code == 403
    batch = client.post("/plans/accept", data={"csrf": csrf_of(page), "plan": [plan_id]})
    assert batch.status_code == 403
    with hub.store.read() as s:
        assert s.scalars(select(Decision)).all() == []
