"""The hub's ingest under random damage (security findings 1, 11, 14): a real school bundle
with bytes flipped, cut or spliced is always answered with one of the statuses — never an
exception — and nothing but the school's own signed content is ever stored. The number of
cases is PUMPURS_FUZZ_EXAMPLES (200 by default; the closing notes ran more)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.hub.models_records import HubStudent
from app.hub.results import STATUSES
from tests.builders.hub import TestSchool, new_id, upsert

EXAMPLES = int(os.environ.get("PUMPURS_FUZZ_EXAMPLES", "200"))
SENT: set[str] = set()  # every record id the school signed, across the examples
damage = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 1 << 20), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 1 << 20), st.just(0)),
    st.tuples(st.just("splice"), st.integers(0, 1 << 20), st.integers(0, 255)),
)


def _damaged(data: bytes, how: tuple[str, int, int]) -> bytes:
    kind, at, value = how
    at %= len(data)
    if kind == "flip":
        changed = bytearray(data)
        changed[at] ^= value
        return bytes(changed)
    if kind == "cut":
        return data[:at]
    return data[:at] + bytes([value]) * 64 + data[at:]


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=damage)
def test_damaged_bundles_never_raise_and_store_only_signed_content(
        hub: Hub, school: TestSchool, how: tuple[str, int, int]) -> None:
    record_id = new_id()
    SENT.add(record_id)
    built = school.bundle({"student": [upsert(record_id, status="active", grade=4)]},
                          advance=False)
    result = ingest_bundle(hub, _damaged(built.data, how))
    assert result.status in STATUSES
    if result.status == "accepted":  # the damage left the signed content as it was
        school.seq, school.prev = built.manifest["seq"], built.manifest_sha256
    with hub.store.read() as s:
        stored = s.execute(select(HubStudent.id, HubStudent.status, HubStudent.grade)).all()
    assert all(sid in SENT and (status, grade) == ("active", 4)
               for sid, status, grade in stored)
