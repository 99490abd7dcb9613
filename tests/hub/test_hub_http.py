"""The hub over real HTTP on loopback (uvicorn in a thread, httpx): upload, duplicate,
conflict, fork, 413 before the body is read, 401 for every authentication failure,
concurrent identical uploads, and the service going on after a malformed upload."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
from sqlalchemy import func, select

from app.hub.api import create_app
from app.hub.api_auth import sign_request
from app.hub.enrolment import enrol_school, revoke_key
from app.hub.hub import Hub
from app.hub.models import Bundle
from app.hub.models_records import HubStudent
from tests.builders.hub import TestSchool
from tests.builders.hub_http import UPLOAD, _read_reply, _student, post
from tests.builders.hub_serve import serve


def _bundles(hub: Hub) -> int:
    with hub.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Bundle)) or 0)


def test_health(server: str) -> None:
    answer = httpx.get(server + "/api/v1/health")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok", "hub_id": "hub-adazi", "version": "1"}


def test_upload_duplicate_conflict_and_fork(server: str, hub: Hub, school: TestSchool) -> None:
    first = school.bundle(_student())
    answer = post(server, school, first.data)
    assert answer.status_code == 200
    assert answer.json()["status"] == "accepted" and answer.json()["receipt_seq"] == 1
    again = post(server, school, first.data)
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    same_id = school.bundle(_student(), seq=2, advance=False)
    from app.sync.envelope import build_bundle

    assert school.trust is not None
    other_bytes = build_bundle(
        {"schema_version": 1, "records": _student()}, kind="school-upload",
        sender_id=school.school_id, signing_key=school.signing,
        recipient_public=school.trust.hub_encryption_public, seq=2,
        prev_manifest_sha256=first.manifest_sha256, bundle_id=first.bundle_id)
    conflict = post(server, school, other_bytes.data)
    assert conflict.status_code == 409 and conflict.json()["status"] == "conflict"
    assert conflict.json()["reason"] == "hub.same_id_other_bytes"
    assert same_id.bundle_id != first.bundle_id
    fork = school.bundle(_student(), seq=1, prev=None, advance=False)
    forked = post(server, school, fork.data)
    assert forked.status_code == 409 and forked.json()["status"] == "conflict"
    assert forked.json()["quarantined"] is True and forked.json()["reason"] == "hub.fork_seq"
    assert "karantīnā" in forked.json()["message"]
    gap = school.bundle(_student(), seq=3, advance=False)
    held = post(server, school, gap.data)
    assert held.status_code == 200 and held.json()["status"] == "held"
    assert _bundles(hub) == 3  # applied, quarantined, held


def test_oversized_body_is_refused_from_its_length_before_reading(
        server: str, hub: Hub, school: TestSchool) -> None:
    """Declare 1 GB and send nothing: the answer 413 comes without the body being read."""
    parts = urlsplit(server)
    headers = sign_request(school.signing, "POST", UPLOAD, b"", school.school_id, school.key_id)
    request = (f"POST {UPLOAD} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
               "Content-Type: application/octet-stream\r\nContent-Length: 1000000000\r\n"
               + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n")
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as conn:
        conn.sendall(request.encode("ascii"))
        reply = _read_reply(conn)
    assert reply.startswith("HTTP/1.1 413")
    assert "sync.too_large" in reply
    assert httpx.get(server + "/api/v1/health").status_code == 200


def test_a_streamed_body_over_the_limit_is_cut_off(hub: Hub, school: TestSchool) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        yield b"\0" * 600
        yield b"\0" * 600

    with serve(create_app(hub=hub, max_body=1000)) as base:
        answer = httpx.post(base + UPLOAD, content=chunks(), headers=sign_request(
            school.signing, "POST", UPLOAD, b"", school.school_id, school.key_id))
    assert "content-length" not in answer.request.headers
    assert answer.status_code == 413 and answer.json()["reason"] == "sync.too_large_stream"
    assert _bundles(hub) == 0


def test_authentication_failures_are_401(server: str, hub: Hub, school: TestSchool) -> None:
    data = school.bundle(_student(), advance=False).data
    stale = post(server, school, data, now=time.time() - 301)
    assert stale.status_code == 401 and stale.json()["reason"] == "hub.auth_time"
    assert "pulksteni" in stale.json()["message"]
    no_headers = httpx.post(server + UPLOAD, content=data)
    assert no_headers.status_code == 401 and no_headers.json()["reason"] == "hub.auth_missing"
    stranger = TestSchool(name="Svešā skola")
    unknown = post(server, stranger, data)
    assert unknown.status_code == 401 and unknown.json()["reason"] == "hub.auth_unknown"
    headers = sign_request(school.signing, "POST", UPLOAD, b"other body", school.school_id,
                           school.key_id)
    wrong = httpx.post(server + UPLOAD, content=data, headers=headers)
    assert wrong.status_code == 401 and wrong.json()["reason"] == "hub.auth_signature"
    revoke_key(hub, school.school_id)
    revoked = post(server, school, data)
    assert revoked.status_code == 401 and revoked.json()["reason"] == "hub.auth_revoked"
    assert _bundles(hub) == 0


def test_another_schools_bundle_is_refused(server: str, hub: Hub, school: TestSchool) -> None:
    other = TestSchool(name="Carnikavas pamatskola")
    other.accept_trust(enrol_school(hub, other.request()).trust)
    answer = post(server, school, other.bundle(_student()).data)
    assert answer.status_code == 400 and answer.json()["reason"] == "hub.sender_mismatch"
    assert _bundles(hub) == 0


def test_concurrent_identical_uploads_make_one_row(
        server: str, hub: Hub, school: TestSchool) -> None:
    built = school.bundle(_student())
    answers: list[httpx.Response] = []
    gate = threading.Barrier(4)

    def send() -> None:
        gate.wait()
        answers.append(post(server, school, built.data))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(a.json()["status"] for a in answers) == \
        ["accepted", "duplicate", "duplicate", "duplicate"]
    assert all(a.status_code == 200 for a in answers)
    assert _bundles(hub) == 1
    with hub.store.read() as s:
        assert s.scalar(select(func.count()).select_from(HubStudent)) == 1


def test_the_hub_keeps_serving_after_a_malformed_upload(
        server: str, hub: Hub, school: TestSchool) -> None:
    bad = post(server, school, b"PK\x03\x04 this is not a bundle")
    assert bad.status_code == 422 and bad.json()["status"] == "rejected"
    assert bad.json()["kind"] == "malformed" and bad.json()["message_en"].endswith(".")
    good = post(server, school, school.bundle(_student()).data)
    assert good.status_code == 200 and good.json()["status"] == "accepted"
