"""Finding 15: the rejection log was unbounded (20,324 rows from one school). Each sender
keeps its newest rejections; the older ones fold into one summary line with their count and
bytes — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.hub.models import Rejection
from tests.builders.hub import TestSchool, new_id, upsert


def _rows(hub: Hub, school_id: str | None) -> list[Rejection]:
    with hub.store.read() as s:
        return list(s.scalars(select(Rejection).where(Rejection.school_id == school_id)
                              .order_by(Rejection.id)))


def test_a_school_sending_garbage_keeps_its_newest_rejections_and_a_summary(
        hub: Hub, school: TestSchool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.hub.rejection_log.KEPT", 3)
    good = school.bundle({"student": [upsert(new_id())]}).data
    sizes = []
    for i in range(6):  # six damaged copies of a signed bundle: each one a rejection
        bad = bytearray(good)
        bad[len(bad) // 2 + i] ^= 0x01
        assert ingest_bundle(hub, bytes(bad), school_id=school.school_id).status == "rejected"
        sizes.append(len(bad))
    rows = _rows(hub, school.school_id)
    summary = [r for r in rows if r.kind == "summarised"]
    assert len(rows) == 4 and len(summary) == 1
    assert summary[0].reason.startswith("3 older rejections folded") and \
        summary[0].size == sum(sizes[:3])
    for i in range(2):
        bad = bytearray(good)
        bad[10 + i] ^= 0x01
        ingest_bundle(hub, bytes(bad), school_id=school.school_id)
    rows = _rows(hub, school.school_id)
    [summary] = [r for r in rows if r.kind == "summarised"]
    assert len(rows) == 4 and summary.reason.startswith("5 older rejections folded")
    assert ingest_bundle(hub, good, school_id=school.school_id).status == "accepted"
