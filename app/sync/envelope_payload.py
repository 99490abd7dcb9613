"""payload.bin: canonical JSON, zlib-compressed, then HPKE-encrypted to the recipient.

HPKE (RFC 9180) base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM — the suite
`cryptography` has offered since 47.0.0. The HPKE `info` binds the ciphertext to its bundle
(format, bundle id, kind, sender, keys, seq, schema version), so a payload moved into another
bundle cannot be opened.
"""

from __future__ import annotations

import zlib
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from app.errors import SyncError
from app.sync.canonical import canonical_bytes, parse_canonical
from app.sync.json_bounds import check_json_bounds
from app.sync.limits import MAX_JSON_DEPTH, MAX_JSON_STRING_BYTES, MAX_JSON_VALUES

SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_128_GCM)
_BOUND_FIELDS = (
    "format", "bundle_id", "kind", "sender_id", "sender_key_id", "recipient_key_id", "seq",
    "schema_version",
)


def hpke_info(manifest: dict[str, Any]) -> bytes:
    bound = {name: manifest[name] for name in _BOUND_FIELDS}
    return b"pumpurs-payload/1\n" + canonical_bytes(bound)


def seal(payload: dict[str, Any], recipient: X25519PublicKey, info: bytes) -> bytes:
    return SUITE.encrypt(zlib.compress(canonical_bytes(payload), 9), recipient, info=info)


def unseal(ciphertext: bytes, recipient: X25519PrivateKey, info: bytes, max_plain: int) -> Any:
    """Decrypt, decompress (never beyond `max_plain` bytes), look at the JSON's bounds
    (`json_bounds`: depth, string sizes, values) and only then parse the canonical JSON."""
    try:
        compressed = SUITE.decrypt(ciphertext, recipient, info=info)
    except Exception as exc:  # InvalidTag, or ValueError for a too-short ciphertext
        raise SyncError("sync.decrypt_failed", kind="decrypt_failed") from exc
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(compressed, max_plain + 1)
    except zlib.error as exc:
        raise SyncError("sync.payload_damaged", kind="malformed") from exc
    if len(plain) > max_plain:
        raise SyncError("sync.payload_too_large", kind="too_large", limit=max_plain)
    if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
        raise SyncError("sync.payload_damaged", kind="malformed")
    del compressed
    check_json_bounds(plain, max_depth=MAX_JSON_DEPTH, max_string=MAX_JSON_STRING_BYTES,
                      max_values=MAX_JSON_VALUES)
    return parse_canonical(plain)
