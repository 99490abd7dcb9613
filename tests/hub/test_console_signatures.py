"""The console shows the hub's signature check: "Paraksts pārbaudīts" in green, or a red
"Paraksts neatbilst" with the reason; a plan whose signature does not verify has no accept
button, is refused when accepted anyway (one by one: the sentence; in a batch: counted); the
counts per school say how many of a school's plans do not verify."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from app.hub.hub import Hub
from app.hub.models import Decision
from tests.builders.console import client, csrf_of, ingest, people, sign_in
from tests.builders.hub import TestSchool, semester_records

__all__ = ["client", "people"]  # fixtures


def test_a_forged_plan_is_red_and_refused_in_the_console(client: TestClient, hub: Hub,
                                                         school: TestSchool) -> None:
    sent = semester_records()
    forged, good, _draft = sent.plan_ids
    version = next(r for r in sent.records["plan_version"] if r["data"]["plan_id"] == forged)
    next(m for m in sent.records["support_measure"]
         if m["data"]["version_id"] == version["id"])["data"]["cost_cents"] = 9_900
    ingest(hub, school, sent.records)
    sign_in(client, "koord")
    page = client.get(f"/plans/{forged}").text
    assert '<span class="bad">Paraksts neatbilst</span>' in page
    assert "Pasākumi (stundas, eiro, likmes vai izmaksas) atšķiras" in page
    assert 'value="accept"' not in page and "Plānu nevar pieņemt" in page
    assert '<span class="good">Paraksts pārbaudīts</span>' in client.get(f"/plans/{good}").text
    english = client.get(f"/plans/{forged}?lang=en").text
    assert "Signature does not verify" in english
    client.get("/?lang=lv")
    single = client.post(f"/plans/{forged}/decision", follow_redirects=False, data={
        "csrf": csrf_of(page), "outcome": "accept"})
    assert single.status_code == 409 and "direktora paraksts nav pārbaudīts" in single.text
    queue = client.get("/").text
    assert f'value="{school.school_id}/{forged}"' not in queue  # no checkbox to pick it
    # the queue says "not verified" (failing or not verifiable); the plan page says which
    assert queue.count("Paraksts nav pārbaudīts") == 2  # the plan's row, the counts' heading
    assert '<span class="bad">1</span>' in queue  # the school's count of such plans
    batch = client.post("/plans/accept", follow_redirects=False, data={
        "csrf": csrf_of(queue), "plan": [f"{school.school_id}/{forged}",
                                         f"{school.school_id}/{good}"]})
    assert batch.status_code == 303
    notice = client.get(batch.headers["location"]).text
    assert "Pieņemti 1 plāni." in notice and "1 plāni netika pieņemti" in notice
    with hub.store.read() as s:
        assert {d.plan_id for d in s.scalars(select(Decision))} == {good}
