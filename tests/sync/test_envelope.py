"""Bundles that should work: build, read, open; the chain of manifests; the fixed layout."""

from __future__ import annotations

import io
import uuid
import zipfile
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sync.canonical import canonical_bytes
from app.sync.envelope import build_bundle, open_payload, read_bundle
from app.sync.envelope_zip import MEMBERS, pack
from app.sync.keys import key_id, public_text
from tests.builders.bundles import (
    HUB,
    SCHOOL,
    Parties,
    downlink_payload,
    sha256,
    upload,
    upload_payload,
)


@pytest.fixture
def parties() -> Parties:
    return Parties()


def test_upload_round_trip(parties: Parties) -> None:
    built = upload(parties, bundle_id=uuid.UUID(int=5), created_at=datetime(2026, 2, 1, tzinfo=UTC))
    verified = read_bundle(built.data, trusted_keys=parties.trusted)
    assert verified.manifest == built.manifest
    assert verified.manifest_sha256 == built.manifest_sha256 == sha256(verified.manifest_bytes)
    assert verified.bundle_sha256 == sha256(built.data)
    assert open_payload(verified, parties.hub.encryption) == upload_payload()
    manifest = built.manifest
    assert manifest["bundle_id"] == "00000000-0000-0000-0000-000000000005"
    assert manifest["created_at"] == "2026-02-01T00:00:00Z"
    assert manifest["counts"] == {"student": 2, "support_plan": 1}
    assert manifest["sender_key_id"] == parties.school.key_id
    assert manifest["recipient_key_id"] == key_id(parties.hub.encryption.public_key())
    assert verified.manifest_bytes == canonical_bytes(manifest)


def test_downlink_round_trip_with_recipient_key_as_text(parties: Parties) -> None:
    built = build_bundle(
        downlink_payload(), kind="hub-downlink", sender_id=HUB, signing_key=parties.hub.signing,
        recipient_public=public_text(parties.school.encryption.public_key()), seq=4,
        prev_manifest_sha256="cd" * 32, counts={"receipts": 1, "decisions": 1},
    )
    verified = read_bundle(built.data, trusted_keys=parties.trusted)
    assert verified.manifest["kind"] == "hub-downlink"
    assert open_payload(verified, parties.school.encryption) == downlink_payload()


def test_manifests_form_a_chain(parties: Parties) -> None:
    first = upload(parties)
    second = upload(parties, seq=2, prev=first.manifest_sha256)
    manifest = read_bundle(second.data, trusted_keys=parties.trusted).manifest
    assert manifest["seq"] == 2 and manifest["prev_manifest_sha256"] == first.manifest_sha256
    assert first.manifest["prev_manifest_sha256"] is None


def test_the_container_has_the_fixed_layout(parties: Parties) -> None:
    built = upload(parties)
    with zipfile.ZipFile(io.BytesIO(built.data)) as archive:
        assert tuple(archive.namelist()) == MEMBERS
        assert archive.testzip() is None
        infos = archive.infolist()
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        assert {i.compress_type for i in infos} == {zipfile.ZIP_STORED}
        members = {i.filename: archive.read(i) for i in infos}
    assert pack(members) == built.data
    assert members["manifest.sig"].startswith(f"pumpurs-sig/1 {SCHOOL} ".encode())


def test_encryption_is_fresh_each_time_but_the_payload_is_the_same(parties: Parties) -> None:
    same_id = uuid.UUID(int=1)
    one, two = upload(parties, bundle_id=same_id), upload(parties, bundle_id=same_id)
    assert one.manifest["payload_sha256"] != two.manifest["payload_sha256"]
    for built in (one, two):
        verified = read_bundle(built.data, trusted_keys=parties.trusted)
        assert open_payload(verified, parties.hub.encryption) == upload_payload()


def test_wrong_counts_or_schema_version_are_programming_errors(parties: Parties) -> None:
    with pytest.raises(ValueError, match="counts"):
        upload(parties, counts={"student": 5})
    with pytest.raises(ValueError, match="schema_version"):
        upload(parties, schema_version=2)


records = st.lists(
    st.fixed_dictionaries({
        "id": st.uuids().map(str), "op": st.just("upsert"),
        "changed_at": st.just("2026-03-01T12:00:00Z"),
        "data": st.dictionaries(st.text(max_size=8), st.text(max_size=20) | st.integers(0, 10**9),
                                max_size=4),
    }),
    max_size=4, unique_by=lambda r: str(r["id"]),
)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(["student", "expense", "plan_version"]), records))
def test_any_valid_upload_round_trips(parties: Parties, by_entity: dict[str, Any]) -> None:
    payload = {"schema_version": 1, "records": by_entity}
    built = upload(parties, payload=payload)
    verified = read_bundle(built.data, trusted_keys=parties.trusted)
    assert open_payload(verified, parties.hub.encryption) == payload
