"""A school key holder cannot make the hub parse a payload that would exhaust its memory:
the records a manifest declares, the decompressed size, the JSON's depth, strings and number
of values are all bounded before the payload is parsed (security finding 1)."""

from __future__ import annotations

import hashlib
import uuid
import zlib
from datetime import UTC, datetime
from typing import Any

from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.sync.canonical import canonical_bytes
from app.sync.envelope_manifest import FORMAT, signature_line
from app.sync.envelope_payload import SUITE, hpke_info
from app.sync.envelope_zip import MANIFEST, PAYLOAD, SIGNATURE, pack
from app.sync.keys import key_id, load_recipient_key
from app.sync.limits import (
    MAX_JSON_DEPTH,
    MAX_JSON_STRING_BYTES,
    MAX_JSON_VALUES,
    MAX_PAYLOAD_PLAIN_BYTES,
    MAX_PAYLOAD_RECORDS,
)
from app.sync.values import encode_datetime
from tests.builders.hub import TestSchool, new_id, upsert


def _signed(school: TestSchool, compressed: bytes, counts: dict[str, int]) -> bytes:
    """A bundle signed by the school's real key around any compressed plaintext: what a
    holder of the key can send, whatever the school app would write."""
    assert school.trust is not None
    recipient = load_recipient_key(school.trust.hub_encryption_public)
    manifest: dict[str, Any] = {
        "format": FORMAT, "bundle_id": str(uuid.uuid4()), "kind": "school-upload",
        "sender_id": school.school_id, "sender_key_id": school.key_id,
        "recipient_key_id": key_id(recipient), "seq": 1, "prev_manifest_sha256": None,
        "created_at": encode_datetime(datetime.now(UTC)), "schema_version": 1,
        "counts": counts,
    }
    ciphertext = SUITE.encrypt(compressed, recipient, info=hpke_info(manifest))
    manifest["payload_sha256"] = hashlib.sha256(ciphertext).hexdigest()
    manifest["payload_size"] = len(ciphertext)
    manifest_bytes = canonical_bytes(manifest)
    line = signature_line(school.school_id, school.key_id, school.signing.sign(manifest_bytes))
    return pack({MANIFEST: manifest_bytes, SIGNATURE: line, PAYLOAD: ciphertext})


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
    data = _signed(school, b"".join(parts) + deflater.flush(), {})
    _rejected(hub, data, "sync.payload_too_large")


def test_a_manifest_declaring_too_many_records_is_refused_before_decrypting(
        hub: Hub, school: TestSchool) -> None:
    compressed = zlib.compress(b'{"records":{},"schema_version":1}')
    data = _signed(school, compressed, {"student": MAX_PAYLOAD_RECORDS + 1})
    _rejected(hub, data, "sync.payload_too_many_records")


def test_an_ordinary_bundle_still_goes_through(hub: Hub, school: TestSchool) -> None:
    records = [upsert(new_id(), status="active", grade=3) for _ in range(5000)]
    assert ingest_bundle(hub, school.bundle({"student": records}).data).status == "accepted"
