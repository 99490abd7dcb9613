"""The plan page shows what the school sent — pseudonym, grade, risks with their signs,
goals, measures with provider, hours or euro, rates, costs and caps, review dates, the
parent's application, the director's approval, versions and decisions — and every string a
school or a person supplied (a school name, a goal, a comment) is shown escaped. These schools
let the plans' free texts travel (`send_free_text`); without it the page says the text is
kept at school (tests/sync/test_school_hub_free_text.py)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.hub.api import create_app
from app.hub.console.accounts import add_user
from app.hub.decisions import decide
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from tests.builders.console import PASSWORD, csrf_of, ingest, sign_in
from tests.builders.director import Director, sign_approved
from tests.builders.hub import TestSchool, new_id, semester_records, upsert

SCRIPT = "<script>alert(1)</script>"
IMAGE = '<img src=x onerror="alert(2)">'


def _marked_school(hub: Hub) -> tuple[TestSchool, list[str]]:
    school = TestSchool(name=f"Skola {SCRIPT}{IMAGE}")
    school.accept_trust(enrol_school(hub, school.request(), send_free_text=True).trust)
    director = Director()
    sent = semester_records(director=director)
    versions = {r["data"]["plan_id"]: r["id"] for r in sent.records["plan_version"]}
    first = sent.plan_ids[0]
    sent.records["plan_goal"] = [
        upsert(new_id(), version_id=versions[first], sort_order=2, text=f"Mērķis {IMAGE}"),
        upsert(new_id(), version_id=versions[first], sort_order=1, text="Apmeklēt stundas")]
    sent.records["plan_review_date"] = [
        upsert(new_id(), version_id=versions[first], review_on="2026-11-15", done=False)]
    sent.records["parent_application"] = [
        upsert(new_id(), plan_id=first, received_on="2026-09-20")]
    sign_approved(sent.records, director, with_key=False)  # the goals are signed too
    ingest(hub, school, sent.records)
    return school, sent.plan_ids


def test_the_plan_page_shows_the_payload_and_escapes_markup(hub: Hub) -> None:
    _school, plans = _marked_school(hub)
    add_user(hub, "koord", PASSWORD, "coordinator")
    decide(hub, plans[1], accept=False, comment=f"Labojiet {SCRIPT}", decided_by="koord")
    with TestClient(create_app(hub=hub)) as client:
        sign_in(client, "koord")
        queue = client.get("/").text
        page = client.get(f"/plans/{plans[0]}").text
        returned = client.get(f"/plans/{plans[1]}").text
        with_comment = client.post(
            f"/plans/{plans[0]}/decision", follow_redirects=False, data={
                "csrf": csrf_of(page), "outcome": "return", "comment": f"{IMAGE} "})
    for html in (queue, page, returned):
        assert "<script>alert" not in html and "<img src=x" not in html
    assert "Skola &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=" in queue
    assert "Mērķis &lt;img src=x onerror=&#34;alert(2)&#34;&gt;" in page
    assert "Labojiet &lt;script&gt;" in returned
    assert with_comment.status_code == 303  # the comment is markup, but not empty
    # the payload, in Latvian
    assert page.index("Apmeklēt stundas") < page.index("Mērķis &lt;img")  # sort order
    assert "Ar mācību darbu/izglītības iestādes vidi saistītie riski" in page
    assert "Zemi vai nepietiekami vērtējumi" in page  # the sign's name, from the catalogue
    assert "Psihologs" in page and "1\u00a0h\u00a030\u00a0min" in page and "50,00\u00a0€" in page
    assert "22,00\u00a0€/h" in page and "83,00\u00a0€" in page  # rate; 33 € + 50 € in all
    assert "15.11.2026 — gaidāma" in page and "saņemts 20.09.2026" in page
    assert "Direktors apstiprināja" in page and "Paraksts pārbaudīts" in page
    assert "Lēmumu vēl nav." in page
    assert "atgriezts" in returned and "koord" in returned
    english = TestClient(create_app(hub=hub))
    sign_in(english, "koord")
    assert "Support plan" in english.get(f"/plans/{plans[0]}?lang=en").text
    assert "Plans queue" in english.get("/").text  # the choice is kept in a cookie


def test_the_version_history_shows_what_changed(hub: Hub, school: TestSchool) -> None:
    school.accept_trust(enrol_school(hub, school.request(), send_free_text=True).trust)
    sent = semester_records()
    ingest(hub, school, sent.records)
    plan_id = sent.plan_ids[0]
    plan = next(r for r in sent.records["support_plan"] if r["id"] == plan_id)
    second = new_id()
    ingest(hub, school, {
        "support_plan": [upsert(plan_id, **{**plan["data"], "current_version": 2})],
        "plan_version": [upsert(second, plan_id=plan_id, number=2, status="approved",
                                summary="Atbalsts un transports")],
        "support_measure": [upsert(new_id(), version_id=second,
                                   measure_type_code="consult_psychologist", unit="hours",
                                   specialist_type="psychologist", planned_minutes=180,
                                   planned_cents=0, rate_cents=2200, cost_cents=6600)],
        "plan_goal": [upsert(new_id(), version_id=second, sort_order=1, text="Jauns mērķis")]})
    add_user(hub, "koord", PASSWORD, "coordinator")
    with TestClient(create_app(hub=hub)) as client:
        sign_in(client, "koord")
        page = client.get(f"/plans/{plan_id}").text
    assert "pirmā versija" in page and "Jauns mērķis" in page
    assert "Psihologa konsultācijas: 33,00\u00a0€ → 66,00\u00a0€" in page
    assert "izņemts: comp_transport" in page
    assert "mainīti mērķi" in page and "mainīts kopsavilkums" in page
