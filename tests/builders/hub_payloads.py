"""Bundles a holder of a school's key can send, whatever the school app would write: any
compressed plaintext around a real signature (security finding 1)."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from typing import Any

from app.sync.canonical import canonical_bytes
from app.sync.envelope_manifest import FORMAT, signature_line
from app.sync.envelope_payload import SUITE, hpke_info
from app.sync.envelope_zip import MANIFEST, PAYLOAD, SIGNATURE, pack
from app.sync.keys import key_id, load_recipient_key
from app.sync.values import encode_datetime
from tests.builders.hub import TestSchool


def signed_bundle(school: TestSchool, compressed: bytes, counts: dict[str, int]) -> bytes:
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
