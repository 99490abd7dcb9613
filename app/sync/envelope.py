"""Bundles: build one (sign + encrypt), read one (verify before anything else), open its payload.

A bundle file is a ZIP with exactly manifest.json, manifest.sig and payload.bin (see
`envelope_zip`, `envelope_manifest`, `envelope_payload`). Once built and signed it never
changes; `manifest_sha256` is its identity in the chain (`prev_manifest_sha256`).

`read_bundle` checks, in this order: the file size; the ZIP directory (names, order, declared
sizes); the signature line and the sender's key (unknown → refused); the Ed25519 signature
over the exact manifest bytes; only then it parses the manifest (canonical JSON, fields);
then the payload's size and SHA-256; and that the container is exactly its canonical form.
`open_payload` decrypts only what `read_bundle` verified, after the manifest's record count
is within `MAX_PAYLOAD_RECORDS`; the plaintext is bounded while it is decompressed and its
JSON looked at before it is parsed (`envelope_payload`, `json_bounds`).

Every refusal is a `SyncError` whose `kind` is one of `REJECTION_KINDS`.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.errors import SyncError
from app.sync import envelope_payload
from app.sync.canonical import canonical_bytes, parse_canonical
from app.sync.envelope_manifest import (
    FORMAT,
    check_manifest,
    parse_signature_line,
    signature_line,
)
from app.sync.envelope_zip import MANIFEST, PAYLOAD, SIGNATURE, pack, unpack
from app.sync.keys import key_id, load_recipient_key
from app.sync.limits import MAX_BUNDLE_BYTES, MAX_PAYLOAD_PLAIN_BYTES, MAX_PAYLOAD_RECORDS
from app.sync.payload_schema import (
    SCHEMA_VERSION,
    check_payload,
    check_schema_version,
    count_records,
)
from app.sync.values import encode_datetime

REJECTION_KINDS = (
    "too_large", "malformed", "bad_member", "unknown_key", "bad_signature", "payload_mismatch",
    "unsupported_version", "wrong_recipient", "decrypt_failed",
)
TrustedKeys = Callable[[str, str], Ed25519PublicKey | None]
"""(sender_id, key_id) → the sender's trusted Ed25519 public key, or None if not trusted."""


@dataclass(frozen=True)
class BuiltBundle:
    data: bytes
    manifest: dict[str, Any]
    manifest_sha256: str

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature, manifest and payload hash hold; the payload still encrypted."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    manifest_sha256: str
    payload: bytes
    bundle_sha256: str


def build_bundle(
    payload: dict[str, Any], *, kind: str, sender_id: str, signing_key: Ed25519PrivateKey,
    recipient_public: X25519PublicKey | bytes | str, seq: int,
    prev_manifest_sha256: str | None, schema_version: int = SCHEMA_VERSION,
    counts: dict[str, int] | None = None, bundle_id: uuid.UUID | str | None = None,
    created_at: datetime | None = None,
) -> BuiltBundle:
    """Sign and encrypt `payload` into a bundle file for the holder of `recipient_public`."""
    check_payload(kind, payload)
    if payload["schema_version"] != schema_version:
        raise ValueError("payload schema_version differs from schema_version")
    actual_counts = count_records(kind, payload)
    if counts is not None and counts != actual_counts:
        raise ValueError(f"counts {counts} do not match the payload {actual_counts}")
    recipient = (
        recipient_public if isinstance(recipient_public, X25519PublicKey)
        else load_recipient_key(recipient_public)
    )
    manifest: dict[str, Any] = {
        "format": FORMAT, "bundle_id": str(bundle_id or uuid.uuid4()), "kind": kind,
        "sender_id": sender_id, "sender_key_id": key_id(signing_key.public_key()),
        "recipient_key_id": key_id(recipient), "seq": seq,
        "prev_manifest_sha256": prev_manifest_sha256,
        "created_at": encode_datetime(created_at or datetime.now(UTC)),
        "schema_version": schema_version, "counts": actual_counts,
    }
    ciphertext = envelope_payload.seal(payload, recipient, envelope_payload.hpke_info(manifest))
    if len(ciphertext) > MAX_BUNDLE_BYTES - 4096:
        raise SyncError("sync.too_large", kind="too_large", size=len(ciphertext),
                        limit=MAX_BUNDLE_BYTES)
    manifest["payload_sha256"] = hashlib.sha256(ciphertext).hexdigest()
    manifest["payload_size"] = len(ciphertext)
    check_manifest(manifest)
    manifest_bytes = canonical_bytes(manifest)
    sig = signature_line(sender_id, manifest["sender_key_id"], signing_key.sign(manifest_bytes))
    data = pack({MANIFEST: manifest_bytes, SIGNATURE: sig, PAYLOAD: ciphertext})
    return BuiltBundle(data, manifest, hashlib.sha256(manifest_bytes).hexdigest())


def _verify_signature(members: dict[str, bytes], trusted_keys: TrustedKeys) -> tuple[str, str]:
    sender_id, sender_key_id, signature = parse_signature_line(members[SIGNATURE])
    public = trusted_keys(sender_id, sender_key_id)
    if public is None or key_id(public) != sender_key_id:
        raise SyncError("sync.unknown_key", kind="unknown_key", sender=sender_id,
                        key_id=sender_key_id)
    try:
        public.verify(signature, members[MANIFEST])
    except InvalidSignature as exc:
        raise SyncError("sync.bad_signature", kind="bad_signature") from exc
    return sender_id, sender_key_id


def read_bundle(
    data: bytes, *, trusted_keys: TrustedKeys, max_size: int = MAX_BUNDLE_BYTES
) -> VerifiedBundle:
    """Verify a bundle file (see the module docstring for the order); SyncError if refused."""
    members = unpack(data, max_size)
    signer = _verify_signature(members, trusted_keys)
    manifest = check_manifest(parse_canonical(members[MANIFEST]))
    if (manifest["sender_id"], manifest["sender_key_id"]) != signer:
        raise SyncError("sync.signer_mismatch", kind="bad_signature")
    payload = members[PAYLOAD]
    if len(payload) != manifest["payload_size"] or \
            hashlib.sha256(payload).hexdigest() != manifest["payload_sha256"]:
        raise SyncError("sync.payload_hash_mismatch", kind="payload_mismatch")
    return VerifiedBundle(
        manifest, members[MANIFEST], hashlib.sha256(members[MANIFEST]).hexdigest(), payload,
        hashlib.sha256(data).hexdigest(),
    )


def open_payload(
    verified: VerifiedBundle, recipient_private: X25519PrivateKey, *,
    max_plain_size: int = MAX_PAYLOAD_PLAIN_BYTES,
) -> dict[str, Any]:
    """Decrypt and check the payload of a verified bundle with the recipient's private key."""
    manifest = verified.manifest
    mine = key_id(recipient_private.public_key())
    if mine != manifest["recipient_key_id"]:
        raise SyncError("sync.wrong_recipient", kind="wrong_recipient",
                        expected=manifest["recipient_key_id"], actual=mine)
    check_schema_version(manifest["schema_version"])
    records = sum(manifest["counts"].values())
    if records > MAX_PAYLOAD_RECORDS:
        raise SyncError("sync.payload_too_many_records", kind="too_large", count=records,
                        limit=MAX_PAYLOAD_RECORDS)
    info = envelope_payload.hpke_info(manifest)
    payload = envelope_payload.unseal(verified.payload, recipient_private, info, max_plain_size)
    check_payload(manifest["kind"], payload)
    if payload["schema_version"] != manifest["schema_version"] or \
            count_records(manifest["kind"], payload) != manifest["counts"]:
        raise SyncError("sync.payload_counts_mismatch", kind="payload_mismatch")
    return dict(payload)

