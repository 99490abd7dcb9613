"""Sync runs at the school: HTTP retries and backoff, auth stop, cancel, USB folder, status."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from app.errors import SyncError
from app.models import Student, SyncBundle
from app.models.base import utcnow
from app.models.enums import StudentStatus
from app.services.sync.engine import run_sync
from app.services.sync.folder import export_to_folder
from app.services.sync.keys import load_school_keys
from app.services.sync.outbox import build_pending_bundles
from app.services.sync.status import sync_status
from app.sync.folder_transport import FolderTransport
from app.sync.http_client import HttpTransport
from app.sync.keys import b64url_decode, load_verify_key
from app.sync.transport import downlink_name
from tests.builders.school_sync import Enrolled, enrolled, receipt

__all__ = ["enrolled"]
Handler = Callable[[httpx.Request], httpx.Response]


def _http(env: Enrolled, handler: Handler, sleeps: list[float] | None = None) -> HttpTransport:
    with env.store.read() as s:
        keys = load_school_keys(s, env.secrets)
    return HttpTransport(
        "http://127.0.0.1:9", school_id=keys.sender_id, signing_key=keys.signing,
        client=httpx.Client(transport=httpx.MockTransport(handler)),
        sleep=(sleeps.append if sleeps is not None else lambda _: None))


def _bundles(env: Enrolled) -> list[SyncBundle]:
    with env.store.read() as s:
        return list(s.scalars(select(SyncBundle).order_by(SyncBundle.seq)))


def _two_bundles(env: Enrolled) -> None:
    build_pending_bundles(env.store, env.secrets, env.coordinator)
    with env.store.write() as s:
        student = s.get(Student, env.school.student_ids["Laura Ķemere"])
        assert student is not None
        student.status = StudentStatus.LEFT
    build_pending_bundles(env.store, env.secrets, env.coordinator)


def _no_downlink(request: httpx.Request) -> httpx.Response | None:
    return httpx.Response(204) if request.method == "GET" else None


def test_an_upload_cut_off_midway_is_retried_with_the_same_signed_bytes(
        enrolled: Enrolled) -> None:
    bodies: list[bytes] = []
    answers: Iterator[httpx.Response | Exception] = iter([
        httpx.ConnectError("cable pulled"), httpx.Response(503),
        httpx.Response(200, json={"status": "accepted"})])

    def hub(request: httpx.Request) -> httpx.Response:
        if (none := _no_downlink(request)) is not None:
            return none
        bodies.append(request.content)
        public = load_verify_key(enrolled.identity().signing_public)
        message = (f"POST\n/api/v1/bundles\n{request.headers['X-Pumpurs-Time']}\n"
                   f"{hashlib.sha256(request.content).hexdigest()}").encode()
        public.verify(b64url_decode(request.headers["X-Pumpurs-Signature"]), message)
        assert request.headers["X-Pumpurs-School"] == str(enrolled.school_id)
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    sleeps: list[float] = []
    result = run_sync(enrolled.store, enrolled.secrets, _http(enrolled, hub, sleeps))

    (bundle,) = _bundles(enrolled)
    assert bodies == [bundle.data] * 3 and sleeps == [0.5, 1.0]
    assert (result.built, result.uploaded, result.failed) == (1, 1, 0)
    assert bundle.state == "sent" and bundle.attempts == 1
    assert sync_status(enrolled.store).last_success_at is not None


def test_a_failing_bundle_backs_off_while_the_next_one_still_goes(enrolled: Enrolled) -> None:
    _two_bundles(enrolled)
    first, _ = _bundles(enrolled)
    calls: list[int] = []

    def hub(request: httpx.Request) -> httpx.Response:
        if (none := _no_downlink(request)) is not None:
            return none
        calls.append(1 if request.content == first.data else 2)
        if request.content == first.data and len(calls) < 6:
            return httpx.Response(500)
        return httpx.Response(200, json={"status": "held" if calls[-1] == 2 else "accepted"})

    now = utcnow()
    transport = _http(enrolled, hub)
    result = run_sync(enrolled.store, enrolled.secrets, transport, clock=lambda: now)
    assert calls == [1, 1, 1, 1, 2] and (result.uploaded, result.failed) == (1, 1)
    one, two = _bundles(enrolled)
    assert one.state == "built" and one.attempts == 1 and one.next_attempt_at is not None
    assert "500" in one.last_error and two.state == "held"
    assert sync_status(enrolled.store).last_error

    run_sync(enrolled.store, enrolled.secrets, transport, clock=lambda: now)
    assert len(calls) == 5  # not due yet: no new attempt
    later = now + timedelta(hours=1)
    run_sync(enrolled.store, enrolled.secrets, transport, clock=lambda: later)
    assert calls[-1] == 1 and _bundles(enrolled)[0].state == "sent"


def test_an_authentication_error_stops_the_run_for_a_person(enrolled: Enrolled) -> None:
    _two_bundles(enrolled)
    calls: list[bytes] = []

    def hub(request: httpx.Request) -> httpx.Response:
        calls.append(request.content)
        return httpx.Response(401, json={"status": "unauthorised", "reason": "revoked key"})

    with pytest.raises(SyncError) as exc:
        run_sync(enrolled.store, enrolled.secrets, _http(enrolled, hub))
    assert exc.value.kind == "auth" and len(calls) == 1
    assert "pulksteni" in exc.value.text("lv") and "revoked key" in exc.value.text("en")
    status = sync_status(enrolled.store)
    assert status.last_success_at is None and "revoked key" in status.last_error
    assert [b.state for b in status.bundles] == ["built", "built"]


def test_conflict_and_rejection_answers_are_kept_on_the_bundle(enrolled: Enrolled) -> None:
    _two_bundles(enrolled)
    answers = iter([httpx.Response(409, json={"status": "conflict", "reason": "fork at 1"}),
                    httpx.Response(422, json={"status": "rejected",
                                              "reason": "sync.payload_field_invalid"})])

    def hub(request: httpx.Request) -> httpx.Response:
        return _no_downlink(request) or next(answers)

    run_sync(enrolled.store, enrolled.secrets, _http(enrolled, hub))
    one, two = _bundles(enrolled)
    assert (one.state, one.last_error) == ("conflict", "fork at 1")
    assert two.state == "rejected"


def test_cancel_stops_between_steps(enrolled: Enrolled) -> None:
    cancel = threading.Event()
    steps: list[str] = []

    def progress(step: str, done: int, total: int) -> None:
        steps.append(step)
        if step == "sync_school.step_build":
            cancel.set()

    def hub(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent after cancel")

    result = run_sync(enrolled.store, enrolled.secrets, _http(enrolled, hub),
                      progress=progress, cancel=cancel)
    assert result.cancelled and result.built == 1 and steps == ["sync_school.step_build"]
    assert _bundles(enrolled)[0].state == "built"


def test_usb_folder_round_trip_exports_once_built_bundles_and_applies_replies(
        enrolled: Enrolled, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    exported = export_to_folder(enrolled.store, enrolled.secrets, stick,
                                actor=enrolled.coordinator)
    (bundle,) = _bundles(enrolled)
    assert exported.built == 1 and [p.read_bytes() for p in exported.files] == [bundle.data]
    assert exported.files[0].name == f"{enrolled.school_id}-up-000001.pumpurs"
    again = export_to_folder(enrolled.store, enrolled.secrets, stick, actor=enrolled.coordinator)
    assert again.built == 0 and [p.read_bytes() for p in again.files] == [bundle.data]

    manifest, _ = enrolled.open_upload(bundle.data)
    reply = enrolled.downlink(receipts=[receipt(manifest, bundle.manifest_sha256)])
    (stick / downlink_name(str(enrolled.school_id), 1)).write_bytes(reply)
    result = run_sync(enrolled.store, enrolled.secrets,
                      FolderTransport(stick, str(enrolled.school_id)))
    assert result.downlinks == 1
    status = sync_status(enrolled.store)
    assert [b.state for b in status.bundles] == ["acknowledged"]
    assert status.pending_changes == 0 and status.unacknowledged_bundles == 0
    assert export_to_folder(enrolled.store, enrolled.secrets, stick).files == []


def test_status_counts_pending_changes_before_any_bundle(enrolled: Enrolled) -> None:
    status = sync_status(enrolled.store)
    assert status.enrolled and status.trusted and status.trust_version == 1
    assert status.pending_changes >= 8  # school, classes, pupils
    assert status.bundles == [] and status.last_success_at is None
    json.dumps(status.pending_changes)
    assert isinstance(status.trust_expires_at, datetime)
