"""A school key holder cannot make the hub parse a payload that would exhaust its memory:
the records a manifest declares, the decompressed size, the JSON's depth, strings and number
of values are all bounded before the payload is parsed (security finding 1)."""

from __future__ import annotations

import zlib
from typing import Any

from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.sync.limits import (
    MAX_JSON_DEPTH,
    MAX_JSON_STRING_BYTES,
    MAX_JSON_VALUES,
    MAX_PAYLOAD_PLAIN_BYTES,
    MAX_PAYLOAD_RECORDS,
)
from tests.builders.hub import TestSchool, new_id, upsert
from tests.builders.hub_payloads import signed_bundle


def _rejected(hub: Hub, data: bytes, reason: str) -> None:
    result = ingest_bundle(hub, data)
    assert result.status == "rejected", result
    assert result.reason_key == reason and result.kind == "too_large"


def _one_student(**data: Any) -> dict[str, list[dict[str, Any]]]:
    return {"student": [upsert(new_id(), status="active", grade=3, **data)]}


def test_too_deep_json_is_refused_before_parsing(hub: Hub, school: TestSchool) -> None:
    nested: Any = 0
    for _ in range(MAX_JSON_DEPTH + 1):
        nested = [nested]
    _rejected(hub, school.bundle(_one_student(notes=nested)).data, "sync.payload_too_deep")


def test_a_string_over_the_limit_is_refused(hub: Hub, school: TestSchool) -> None:
    text = "a" * (MAX_JSON_STRING_BYTES + 1)
    _rejected(hub, school.bundle(_one_student(notes=text)).data, "sync.payload_string_too_long")


def test_too_many_values_are_refused_before_parsing(hub: Hub, school: TestSchool) -> None:
    # [0,0,0,…] is two bytes a value and compresses to almost nothing
    many = [0] * MAX_JSON_VALUES
    built = school.bundle(_one_student(notes=many))
    assert len(built.data) < 64 * 1024
    _rejected(hub, built.data, "sync.payload_too_many_values")


def test_decompression_stops_at_the_plaintext_limit(hub: Hub, school: TestSchool) -> None:
    deflater = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    parts = [deflater.compress(b'{"records":{},"schema_version":1}')]
    parts += [deflater.compress(chunk) for _ in range(MAX_PAYLOAD_PLAIN_BYTES // len(chunk) + 1)]
    data = signed_bundle(school, b"".join(parts) + deflater.flush(), {})
    _rejected(hub, data, "sync.payload_too_large")


def test_a_manifest_declaring_too_many_records_is_refused_before_decrypting(
        hub: Hub, school: TestSchool) -> None:
    compressed = zlib.compress(b'{"records":{},"schema_version":1}')
    data = signed_bundle(school, compressed, {"student": MAX_PAYLOAD_RECORDS + 1})
    _rejected(hub, data, "sync.payload_too_many_records")


def test_an_ordinary_bundle_still_goes_through(hub: Hub, school: TestSchool) -> None:
    records = [upsert(new_id(), status="active", grade=3) for _ in range(5000)]
    assert ingest_bundle(hub, school.bundle({"student": records}).data).status == "accepted"
