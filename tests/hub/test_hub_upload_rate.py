"""Uploads are rate limited per school over real HTTP: past the burst the hub answers 429
with Retry-After, and another school is not affected (security finding 1)."""

from __future__ import annotations

import pytest

from app.errors import SyncError, SyncErrorKind
from app.hub.api import create_app
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.upload_rate import UploadRate
from app.sync.http_client import HttpTransport
from tests.builders.hub import TestSchool, new_id, upsert
from tests.builders.hub_http import post
from tests.builders.hub_serve import serve


def _bundle(school: TestSchool) -> bytes:
    return school.bundle({"student": [upsert(new_id(), status="active", grade=3)]}).data


def test_uploads_past_the_burst_get_429_with_retry_after(hub: Hub, school: TestSchool) -> None:
    other = TestSchool(name="Carnikavas pamatskola")
    other.accept_trust(enrol_school(hub, other.request()).trust)
    rate = UploadRate(burst=2, per_second=1 / 3600)  # one new upload an hour
    with serve(create_app(hub=hub, upload_rate=rate)) as url:
        assert [post(url, school, _bundle(school)).status_code for _ in range(2)] == [200, 200]
        refused = post(url, school, _bundle(school))
        assert refused.status_code == 429
        assert 3000 <= int(refused.headers["Retry-After"]) <= 3600
        assert refused.json()["reason"] == "hub.rate_limited"
        assert "Mēģiniet vēlreiz" in refused.json()["message"]
        assert post(url, other, _bundle(other)).status_code == 200


def test_the_bucket_refills_with_time() -> None:
    now = [0.0]
    rate = UploadRate(burst=1, per_second=0.5, clock=lambda: now[0])
    assert rate.take("a") == 0
    assert rate.take("a") == 2.0
    now[0] = 2.0
    assert rate.take("a") == 0


def test_the_school_client_keeps_a_rate_limited_bundle_for_later(
        hub: Hub, school: TestSchool) -> None:
    """The school's own HTTP transport takes 429 as passing (kind network: sent later), not
    as a rejection that would stop its chain."""
    rate = UploadRate(burst=1, per_second=1 / 3600)
    with serve(create_app(hub=hub, upload_rate=rate)) as url:
        transport = HttpTransport(url, school_id=school.school_id, signing_key=school.signing,
                                  sleep=lambda _s: None)
        try:
            assert transport.upload(_bundle(school), seq=1).status == "accepted"
            with pytest.raises(SyncError) as busy:
                transport.upload(_bundle(school), seq=2)
        finally:
            transport.close()
    assert busy.value.kind is SyncErrorKind.NETWORK and busy.value.key == "sync_school.hub_busy"
    assert "hub.rate_limited" in busy.value.text("lv") and "vēlāk" in busy.value.text("lv")
