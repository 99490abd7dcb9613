"""The console's schools pages on a real hub: the admin enrols a school by uploading its
request (fingerprints in groups of four), downloads its trust document, revokes a key; a new
key for an enrolled school is never registered without the page saying which key it revokes
and the admin confirming; held and quarantined uploads are counted with what to do; other
roles see the pages but every action refuses them; school-supplied markup stays text."""

from __future__ import annotations

import re

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.hub.console.upload import MAX_UPLOAD_BYTES
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.hub.models import SchoolKey
from app.hub.models_console import AuditEntry
from app.hub.schools import read_school
from app.hub.types import utcnow
from tests.builders.console import client, csrf_of, people, sign_in
from tests.builders.hub import TestSchool, new_id, upsert

__all__ = ["client", "people"]  # fixtures

HIDDEN = re.compile(r'name="(request|replacing|require_names)" value="([^"]*)"')


def _upload(client: TestClient, data: bytes, csrf: str,
            names: bool = False) -> httpx.Response:
    fields = {"csrf": csrf, **({"require_names": "yes"} if names else {})}
    return client.post("/schools/enrol", data=fields,
                       files={"request": ("enrolment.json", data, "application/json")})


def _confirm_fields(html: str) -> dict[str, str]:
    return {name: value for name, value in HIDDEN.findall(html)}


def _keys(hub: Hub, school_id: str) -> dict[str, bool]:
    with hub.store.read() as s:
        return {k.key_id: k.revoked_at is None for k in s.scalars(
            select(SchoolKey).where(SchoolKey.school_id == school_id))}


def _audited(hub: Hub) -> list[tuple[str, str]]:
    with hub.store.read() as s:
        return [(a.username, a.action) for a in s.scalars(select(AuditEntry)
                                                           .order_by(AuditEntry.id))]


def test_the_admin_enrols_a_school_by_upload_and_downloads_its_trust(
        client: TestClient, hub: Hub) -> None:
    sign_in(client, "admin")
    newcomer = TestSchool(name="Kadagas pamatskola")
    form = client.get("/schools/enrol")
    assert form.status_code == 200 and 'enctype="multipart/form-data"' in form.text
    preview = _upload(client, newcomer.request(), csrf_of(form.text))
    assert preview.status_code == 200 and "Kadagas pamatskola" in preview.text
    fingerprint = re.search(r'id="school-fingerprint">([^<]+)<', preview.text)
    assert fingerprint and re.fullmatch(r"([A-Z2-7]{4} ){7}[A-Z2-7]{4}", fingerprint.group(1))
    assert "Jauna skola" in preview.text
    assert _keys(hub, newcomer.school_id) == {}  # nothing changes before the confirmation
    done = client.post("/schools/enrol/confirm", data={
        "csrf": csrf_of(preview.text), **_confirm_fields(preview.text)},
        follow_redirects=False)
    assert done.status_code == 303
    assert done.headers["location"] == f"/schools/{newcomer.school_id}?done=enrolled"
    page = client.get(done.headers["location"])
    assert "Skola reģistrēta" in page.text and fingerprint.group(1) in page.text
    trust = client.get(f"/schools/{newcomer.school_id}/trust")
    assert trust.status_code == 200
    assert f'filename="{newcomer.school_id}-trust.json"' in trust.headers["content-disposition"]
    assert newcomer.accept_trust(trust.content).school_id == newcomer.school_id
    assert _keys(hub, newcomer.school_id) == {newcomer.key_id: True}
    assert [a for a in _audited(hub) if a[1] in ("school_enrolled", "trust_downloaded")] == [
        ("admin", "school_enrolled"), ("admin", "trust_downloaded")]


def test_a_new_key_for_an_enrolled_school_asks_first_and_says_what_it_revokes(
        client: TestClient, hub: Hub, school: TestSchool) -> None:
    old = school.key_id
    sign_in(client, "admin")
    school.new_keys()
    preview = _upload(client, school.request(), csrf_of(client.get("/schools/enrol").text))
    assert preview.status_code == 200
    assert "jau ir reģistrēta ar citu atslēgu" in preview.text and old in preview.text
    fields = _confirm_fields(preview.text)
    assert fields["replacing"] == old
    csrf = csrf_of(preview.text)
    unconfirmed = client.post("/schools/enrol/confirm", data={"csrf": csrf, **fields})
    assert unconfirmed.status_code == 422 and "Apstiprinājums" in unconfirmed.text
    assert _keys(hub, school.school_id) == {old: True}
    stale = client.post("/schools/enrol/confirm", data={
        "csrf": csrf, **fields, "replacing": "someotherkey", "confirm": "yes"})
    assert stale.status_code == 409 and _keys(hub, school.school_id) == {old: True}
    done = client.post("/schools/enrol/confirm", data={"csrf": csrf, **fields, "confirm": "yes"},
                       follow_redirects=False)
    assert done.status_code == 303
    assert _keys(hub, school.school_id) == {old: False, school.key_id: True}
    assert ("admin", "key_replaced") in _audited(hub)


def test_the_admin_revokes_a_key_only_when_confirmed(
        client: TestClient, hub: Hub, school: TestSchool) -> None:
    sign_in(client, "admin")
    page = client.get(f"/schools/{school.school_id}")
    target = f"/schools/{school.school_id}/keys/{school.key_id}/revoke"
    assert client.post(target, data={"csrf": csrf_of(page.text)}).status_code == 422
    assert _keys(hub, school.school_id) == {school.key_id: True}
    done = client.post(target, data={"csrf": csrf_of(page.text), "confirm": "yes"})
    assert done.status_code == 200 and "Atslēga atsaukta" in done.text
    assert _keys(hub, school.school_id) == {school.key_id: False}
    assert ("admin", "key_revoked") in _audited(hub)


def test_a_bad_request_file_is_said_in_a_sentence(client: TestClient) -> None:
    sign_in(client, "admin")
    csrf = csrf_of(client.get("/schools/enrol").text)
    answer = _upload(client, b'{"format": "something else"}', csrf)
    assert answer.status_code == 422 and 'role="alert"' in answer.text
    assert _upload(client, b"", csrf).status_code == 422
    oversized = _upload(client, b"x" * (MAX_UPLOAD_BYTES + 1), csrf)
    assert oversized.status_code == 413
    plain = client.post("/schools/enrol", data={"csrf": csrf})
    assert plain.status_code == 415


def test_a_known_key_changes_nothing_and_keys_changed_meanwhile_are_refused(
        client: TestClient, hub: Hub, school: TestSchool) -> None:
    sign_in(client, "admin")
    preview = _upload(client, school.request(), csrf_of(client.get("/schools/enrol").text))
    assert "Šī atslēga jau ir reģistrēta" in preview.text
    fields = {"csrf": csrf_of(preview.text), **_confirm_fields(preview.text)}
    assert fields["replacing"] == ""
    done = client.post("/schools/enrol/confirm", data=fields, follow_redirects=False)
    assert done.status_code == 303 and _keys(hub, school.school_id) == {school.key_id: True}
    twice = TestSchool(name="Rucavas pamatskola")  # previewed, then enrolled meanwhile
    preview = _upload(client, twice.request(), csrf_of(preview.text))
    fields = {"csrf": csrf_of(preview.text), **_confirm_fields(preview.text)}
    enrol_school(hub, twice.request())  # the same key, from the command line
    assert client.post("/schools/enrol/confirm", data=fields,
                       follow_redirects=False).status_code == 303  # known: nothing changes
    assert _keys(hub, twice.school_id) == {twice.key_id: True}
    newcomer = TestSchool(name="Nīcas pamatskola")  # previewed as new ...
    preview = _upload(client, newcomer.request(), csrf_of(preview.text))
    assert "Jauna skola" in preview.text
    fields = {"csrf": csrf_of(preview.text), **_confirm_fields(preview.text)}
    rival = TestSchool(name="Nīcas pamatskola", school_id=newcomer.school_id)
    enrol_school(hub, rival.request())  # ... but another key of its id came meanwhile
    refused = client.post("/schools/enrol/confirm", data=fields)
    assert refused.status_code == 409 and "mainījās" in refused.text
    assert _keys(hub, newcomer.school_id) == {rival.key_id: True}  # never revoked silently


@pytest.mark.parametrize("username", ["koord", "skat"])
def test_other_roles_see_the_schools_but_may_not_act(
        client: TestClient, hub: Hub, school: TestSchool, username: str) -> None:
    sign_in(client, username)
    listing = client.get("/schools")
    assert listing.status_code == 200 and school.name in listing.text
    assert "/schools/enrol" not in listing.text
    page = client.get(f"/schools/{school.school_id}")
    assert page.status_code == 200 and "/revoke" not in page.text
    csrf = csrf_of(page.text)
    assert client.get("/schools/enrol").status_code == 403
    assert client.get(f"/schools/{school.school_id}/trust").status_code == 403
    assert _upload(client, TestSchool().request(), csrf).status_code == 403
    assert client.post("/schools/enrol/confirm", data={"csrf": csrf}).status_code == 403
    assert client.post(f"/schools/{school.school_id}/keys/{school.key_id}/revoke",
                       data={"csrf": csrf, "confirm": "yes"}).status_code == 403
    assert _keys(hub, school.school_id) == {school.key_id: True}


def test_each_key_shows_its_last_upload(client: TestClient, hub: Hub,
                                        school: TestSchool) -> None:
    assert [k.last_upload_at for k in read_school(hub, school.school_id).keys] == [None]
    sign_in(client, "skat")
    row = client.get(f"/schools/{school.school_id}").text.split(school.key_id, 1)[1]
    assert "vēl ne" in row.split("</tr>", 1)[0]
    before = utcnow()
    assert ingest_bundle(hub, school.bundle({}).data).status == "accepted"
    (key,) = read_school(hub, school.school_id).keys
    assert key.last_upload_at is not None and key.last_upload_at >= before
    row = client.get(f"/schools/{school.school_id}").text.split(school.key_id, 1)[1]
    assert "vēl ne" not in row.split("</tr>", 1)[0]


def test_held_and_quarantined_uploads_are_counted_with_what_to_do(
        client: TestClient, hub: Hub, school: TestSchool) -> None:
    pupil = {"student": [upsert(new_id(), status="active", grade=7)]}
    first = school.bundle(pupil)
    held = school.bundle(pupil, seq=3)
    assert ingest_bundle(hub, first.data).status == "accepted"
    assert ingest_bundle(hub, held.data).status == "held"
    fork = school.bundle({}, seq=1, prev=None, advance=False)
    assert ingest_bundle(hub, fork.data).status == "quarantined"
    sign_in(client, "skat")
    row = client.get("/schools").text.split(school.name, 1)[1].split("</tr>", 1)[0]
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", row)
    assert cells[-5:] == ["1 / 0", "1", "1", "0", "1"]  # applied/answers, held, forks, …
    page = client.get(f"/schools/{school.school_id}").text
    assert "<h2>Atslēgas (katram datoram sava)</h2>" in page
    assert "Aizturēts: sūtījums pienāca pirms kāda iepriekšēja" in page
    assert "Karantīnā: sūtījums atzarojas" in page
    assert "karantīnā" in page and "aizturēts" in page


def test_school_supplied_markup_is_shown_as_text(client: TestClient, hub: Hub) -> None:
    sign_in(client, "admin")
    evil = TestSchool(name='<script>alert(1)</script><img src=x onerror="alert(2)">')
    preview = _upload(client, evil.request(), csrf_of(client.get("/schools/enrol").text))
    client.post("/schools/enrol/confirm",
                data={"csrf": csrf_of(preview.text), **_confirm_fields(preview.text)})
    for html in (preview.text, client.get("/schools").text,
                 client.get(f"/schools/{evil.school_id}").text):
        assert "<script>alert(1)" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x" in html
