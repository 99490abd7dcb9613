"""The manifest (what a bundle claims) and manifest.sig (who signed it), strictly checked.

manifest.json is canonical JSON with exactly the fields of `FIELDS`. manifest.sig is one
ASCII line, like a minisign signature file, so the verifier can find the key without parsing
the manifest first:

    pumpurs-sig/1 <sender_id> <sender_key_id> <Ed25519 signature, base64url>\n

The signature covers the exact manifest.json bytes. The sender and key id in the line are
only a lookup hint: after the signature holds they must equal the manifest's own fields.
"""

from __future__ import annotations

import re
from typing import Any

from app.errors import SyncError
from app.sync.keys import KEY_ID_PATTERN, b64url_decode, b64url_encode
from app.sync.limits import MAX_BUNDLE_BYTES, MAX_COUNT_KEYS
from app.sync.values import decode_datetime, decode_uuid

FORMAT = "pumpurs-bundle/1"
KINDS = ("school-upload", "hub-downlink")
FIELDS = (
    "format", "bundle_id", "kind", "sender_id", "sender_key_id", "recipient_key_id", "seq",
    "prev_manifest_sha256", "created_at", "schema_version", "payload_sha256", "payload_size",
    "counts",
)
SENDER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
COUNT_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_SEQ = 2**53 - 1
_SIG_LINE = re.compile(
    rb"pumpurs-sig/1 ([A-Za-z0-9][A-Za-z0-9._:-]{0,127}) ([0-9a-f]{16}) ([A-Za-z0-9_-]{86})\n"
)


def signature_line(sender_id: str, sender_key_id: str, signature: bytes) -> bytes:
    line = f"pumpurs-sig/1 {sender_id} {sender_key_id} {b64url_encode(signature)}\n"
    return line.encode("ascii")


def parse_signature_line(data: bytes) -> tuple[str, str, bytes]:
    """(sender_id, key_id, signature) from manifest.sig; SyncError if it is not one exact line."""
    match = _SIG_LINE.fullmatch(data)
    if match is None:
        raise SyncError("sync.bad_signature_file", kind="malformed")
    try:
        signature = b64url_decode(match.group(3).decode("ascii"))
    except ValueError as exc:
        raise SyncError("sync.bad_signature_file", kind="malformed") from exc
    return match.group(1).decode("ascii"), match.group(2).decode("ascii"), signature


def _is_int(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _valid_text(value: Any, check: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        check(value)
    except SyncError:
        return False
    return True


def _field_ok(name: str, value: Any, manifest: dict[str, Any]) -> bool:
    checks: dict[str, Any] = {
        "bundle_id": lambda v: _valid_text(v, decode_uuid),
        "kind": lambda v: v in KINDS,
        "sender_id": lambda v: isinstance(v, str) and SENDER_ID.fullmatch(v) is not None,
        "sender_key_id": lambda v: isinstance(v, str) and KEY_ID_PATTERN.fullmatch(v),
        "recipient_key_id": lambda v: isinstance(v, str) and KEY_ID_PATTERN.fullmatch(v),
        "seq": lambda v: _is_int(v, 1, MAX_SEQ),
        "prev_manifest_sha256": lambda v: (
            v is None if manifest.get("seq") == 1
            else isinstance(v, str) and SHA256_HEX.fullmatch(v) is not None
        ),
        "created_at": lambda v: _valid_text(v, decode_datetime),
        "schema_version": lambda v: _is_int(v, 1, 10_000),
        "payload_sha256": lambda v: isinstance(v, str) and SHA256_HEX.fullmatch(v),
        "payload_size": lambda v: _is_int(v, 0, MAX_BUNDLE_BYTES),
        "counts": lambda v: isinstance(v, dict) and len(v) <= MAX_COUNT_KEYS and all(
            COUNT_NAME.fullmatch(k) and _is_int(n, 0, MAX_SEQ) for k, n in v.items()
        ),
    }
    return bool(checks[name](value))


def check_manifest(manifest: Any) -> dict[str, Any]:
    """The manifest if it has exactly the expected fields with valid values; else SyncError."""
    if not isinstance(manifest, dict):
        raise SyncError("sync.manifest_not_object", kind="malformed")
    if manifest.get("format") != FORMAT:
        shown = str(manifest.get("format"))[:40]
        raise SyncError("sync.unsupported_format", kind="unsupported_version", format=shown)
    for name in manifest:
        if name not in FIELDS:
            raise SyncError("sync.manifest_field_unknown", kind="malformed", field=name[:40])
    for name in FIELDS[1:]:
        if name not in manifest:
            raise SyncError("sync.manifest_field_missing", kind="malformed", field=name)
        if not _field_ok(name, manifest[name], manifest):
            raise SyncError("sync.manifest_field_invalid", kind="malformed", field=name)
    return manifest
