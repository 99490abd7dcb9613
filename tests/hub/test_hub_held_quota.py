"""A school's held bundles are bounded (security finding 15): past the quota the hub stores
nothing more and answers "deferred" (HTTP 429 with Retry-After), and once the missing bundle
arrives everything — the held ones and the deferred one sent again — is applied, nothing lost
or doubled."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.hub import held_quota
from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.hub.models import Bundle, Rejection
from app.hub.models_records import HubStudent
from tests.builders.hub import TestSchool
from tests.builders.hub_http import _student, post


def _count(hub: Hub, model: type, *where: object) -> int:
    with hub.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_past_the_held_quota_a_bundle_is_deferred_and_taken_later(
        hub: Hub, school: TestSchool) -> None:
    limit = held_quota.MAX_HELD_BUNDLES
    bundles = [school.bundle(_student()).data for _ in range(limit + 2)]
    for data in bundles[1:limit + 1]:  # bundle 1 is missing: 2 … limit+1 are held
        assert ingest_bundle(hub, data).status == "held"
    deferred = ingest_bundle(hub, bundles[limit + 1])
    assert deferred.status == "deferred" and deferred.reason_key == "hub.held_full"
    assert f"numur {limit + 2} netika saglabāts" in (deferred.reason("lv") or "")
    assert "bundle number 1 has not arrived" in (deferred.reason("en") or "")
    assert _count(hub, Bundle) == limit and _count(hub, Rejection) == 0  # not stored, not refused
    assert ingest_bundle(hub, bundles[0]).status == "accepted"  # the gap closes
    assert _count(hub, Bundle, Bundle.status == "applied") == limit + 1
    assert ingest_bundle(hub, bundles[limit + 1]).status == "accepted"  # sent again later
    assert _count(hub, HubStudent) == limit + 2


def test_the_quota_counts_bytes_too(hub: Hub, school: TestSchool,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    bundles = [school.bundle(_student()).data for _ in range(4)]
    monkeypatch.setattr(held_quota, "MAX_HELD_BYTES", len(bundles[1]) + len(bundles[2]))
    assert [ingest_bundle(hub, d).status for d in bundles[1:]] == ["held", "held", "deferred"]


def test_over_http_deferred_is_429_with_retry_after(server: str, school: TestSchool,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(held_quota, "MAX_HELD_BUNDLES", 1)
    bundles = [school.bundle(_student()).data for _ in range(3)]
    assert post(server, school, bundles[1]).json()["status"] == "held"
    reply = post(server, school, bundles[2])
    assert reply.status_code == 429 and reply.headers["Retry-After"] == "60"
    assert reply.json()["status"] == "deferred" and reply.json()["reason"] == "hub.held_full"
