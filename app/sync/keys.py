"""Keys of the protocol: Ed25519 to sign manifests, X25519 to receive HPKE-encrypted payloads.

- Private keys are kept as their 32 raw bytes (the caller stores them through SecretStore).
- Public keys travel as base64url without padding (43 characters).
- `key_id` names a public key in manifests: the first 16 hex digits of its SHA-256.
  It is a lookup hint only — a signature is always checked with the key itself.
- `fingerprint` is what two people read to each other on the phone at enrolment: 160 bits of
  SHA-256 over the public key(s), base32 (no 0/1/8/9 to confuse), groups of four characters.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from app.errors import SyncError

KEY_ID_LENGTH = 16
KEY_ID_PATTERN = re.compile(r"[0-9a-f]{16}")
_B64URL = re.compile(r"[A-Za-z0-9_-]*")


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Strict base64url without padding: only its alphabet, only the canonical form."""
    if not isinstance(text, str) or not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as exc:
        raise ValueError("not base64url") from exc
    if b64url_encode(data) != text:
        raise ValueError("not canonical base64url")
    return data


def generate_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def generate_encryption_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def private_bytes(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def public_bytes(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_text(key: Ed25519PublicKey | X25519PublicKey) -> str:
    """The public key as base64url text, for manifests, enrolment files and trust documents."""
    return b64url_encode(public_bytes(key))


def _raw32(data: bytes | str, which: str) -> bytes:
    try:
        raw = b64url_decode(data) if isinstance(data, str) else bytes(data)
    except ValueError as exc:
        raise SyncError("sync.bad_key", kind="bad_key", which=which) from exc
    if len(raw) != 32:
        raise SyncError("sync.bad_key", kind="bad_key", which=which)
    return raw


def load_signing_key(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_raw32(raw, "Ed25519"))


def load_encryption_key(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(_raw32(raw, "X25519"))


def load_verify_key(public: bytes | str) -> Ed25519PublicKey:
    """An Ed25519 public key from raw bytes or base64url text."""
    try:
        return Ed25519PublicKey.from_public_bytes(_raw32(public, "Ed25519"))
    except ValueError as exc:
        raise SyncError("sync.bad_key", kind="bad_key", which="Ed25519") from exc


def load_recipient_key(public: bytes | str) -> X25519PublicKey:
    """An X25519 public key from raw bytes or base64url text."""
    return X25519PublicKey.from_public_bytes(_raw32(public, "X25519"))


def key_id(public: bytes | Ed25519PublicKey | X25519PublicKey) -> str:
    raw = public if isinstance(public, bytes) else public_bytes(public)
    return hashlib.sha256(b"pumpurs-key-id/1\n" + raw).hexdigest()[:KEY_ID_LENGTH]


def fingerprint(*public_keys: bytes | Ed25519PublicKey | X25519PublicKey) -> str:
    """'ABCD EFGH …' (8 groups of 4) over one or more public keys, in the order given."""
    if not public_keys:
        raise ValueError("fingerprint of no key")
    digest = hashlib.sha256(b"pumpurs-fingerprint/1\n")
    for public in public_keys:
        digest.update(public if isinstance(public, bytes) else public_bytes(public))
    text = base64.b32encode(digest.digest()[:20]).decode("ascii")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
