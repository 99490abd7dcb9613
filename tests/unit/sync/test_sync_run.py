""""Sync now" as one service (`app.services.sync.run`): the Sync screen and `pumpurs sync run`
both call it. The transport is the real HTTP client over an in-process httpx transport that
answers as the hub would; states and error kinds are enums stored by their old text."""

from __future__ import annotations

import threading

import httpx
import pytest
from sqlalchemy import select, text

from app.errors import SyncError, SyncErrorKind
from app.i18n import render
from app.models import MunicipalityDecision, SyncBundle
from app.models.enums import BundleState, DecisionOutcome
from app.services.sync.apply import apply_downlink
from app.services.sync.keys import SchoolKeys
from app.services.sync.outbox import build_pending_bundles
from app.services.sync.run import run_now
from app.sync.http_client import HttpTransport
from app.sync.transport import Transport, UploadResult, UploadStatus
from tests.builders.school_sync import Enrolled, approved_plan, decision, enrolled

__all__ = ["enrolled"]


class Hub:
    """Answers uploads with `status` and has no downlink; remembers what the run used."""

    def __init__(self, status: int = 200, answer: str = "accepted") -> None:
        self.status, self.answer = status, answer
        self.uploads = 0
        self.urls: list[str] = []
        self.senders: list[str] = []
        self.closed = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(204)
        self.uploads += 1
        return httpx.Response(self.status, json={"status": self.answer})

    def factory(self, url: str, keys: SchoolKeys) -> Transport:
        self.urls.append(url)
        self.senders.append(keys.sender_id)
        hub = self

        class Counted(HttpTransport):
            def close(self) -> None:
                hub.closed += 1
                super().close()

        return Counted(url, school_id=keys.sender_id, signing_key=keys.signing,
                       client=httpx.Client(transport=httpx.MockTransport(self.handle)),
                       sleep=lambda _: None)


def _states(env: Enrolled) -> list[str]:
    with env.store.read() as s:
        return list(s.scalars(text("SELECT state FROM sync_bundle ORDER BY seq")))


def test_a_run_uses_the_trust_documents_server_and_says_its_steps_in_latvian(
        enrolled: Enrolled) -> None:
    hub = Hub()
    said: list[tuple[str, int, int]] = []
    result = run_now(enrolled.store, enrolled.secrets, enrolled.coordinator, "lv",
                     lambda sentence, done, total: said.append((sentence, done, total)),
                     threading.Event(), hub.factory)
    assert (result.built, result.uploaded, result.failed, result.cancelled) == (1, 1, 0, False)
    assert hub.urls == ["http://127.0.0.1:9"]  # the url in the imported trust document
    assert hub.senders == [str(enrolled.school_id)]
    assert hub.uploads == 1 and hub.closed == 1
    assert [s for s, _, _ in said] == [render("sync_school.step_build", "lv"),
                                       render("sync_school.step_upload", "lv"),
                                       render("sync_school.step_fetch", "lv")]
    assert said[0][0] == "Sagatavo izmaiņas nosūtīšanai."
    with enrolled.store.read() as s:
        row = s.scalar(select(SyncBundle))
        assert row is not None and row.state is BundleState.SENT
    assert _states(enrolled) == ["sent"]  # the stored text is unchanged


def test_a_cancelled_run_uploads_nothing_and_still_closes_the_transport(
        enrolled: Enrolled) -> None:
    hub = Hub()
    cancel = threading.Event()
    cancel.set()
    result = run_now(enrolled.store, enrolled.secrets, enrolled.coordinator, "en", None,
                     cancel, hub.factory)
    assert result.cancelled and (result.built, result.uploaded) == (1, 0)
    assert hub.uploads == 0 and hub.closed == 1
    assert _states(enrolled) == ["built"]


def test_a_refused_upload_stores_the_hubs_answer_as_the_bundle_state(
        enrolled: Enrolled) -> None:
    hub = Hub(status=409)
    result = run_now(enrolled.store, enrolled.secrets, enrolled.coordinator, "lv", None,
                     None, hub.factory)
    assert (result.uploaded, result.failed) == (0, 1)
    assert _states(enrolled) == ["conflict"]


def test_an_auth_failure_stops_the_run_with_its_kind(enrolled: Enrolled) -> None:
    hub = Hub(status=401)
    with pytest.raises(SyncError) as caught:
        run_now(enrolled.store, enrolled.secrets, enrolled.coordinator, "lv", None, None,
                hub.factory)
    assert caught.value.kind is SyncErrorKind.AUTH and caught.value.kind == "auth"
    assert hub.closed == 1


def test_kinds_and_statuses_given_as_text_become_members() -> None:
    assert SyncError("sync_school.network", kind="network").kind is SyncErrorKind.NETWORK
    assert SyncError("sync_school.network").kind is SyncErrorKind.UNKNOWN
    assert UploadResult("held").status is UploadStatus.HELD
    assert UploadResult("held").delivered and not UploadResult("rejected").delivered
    with pytest.raises(ValueError):
        SyncError("sync_school.network", kind="no-such-kind")


def test_a_decision_outcome_is_a_member_and_keeps_its_stored_text(enrolled: Enrolled) -> None:
    plan_id, version_id = approved_plan(enrolled.store, enrolled.school)
    build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    apply_downlink(enrolled.store, enrolled.secrets, enrolled.coordinator,
                   enrolled.downlink(decisions=[decision(plan_id, version_id, "accepted")]))
    with enrolled.store.read() as s:
        row = s.scalar(select(MunicipalityDecision))
        assert row is not None and row.outcome is DecisionOutcome.ACCEPTED
        stored = list(s.scalars(text("SELECT outcome FROM municipality_decision")))
    assert stored == ["accepted"]
