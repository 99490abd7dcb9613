"""A director's private signing key sealed under the director's own password (security
finding 3): whoever holds the database key — and so the key store beside it — still cannot
sign without the director.

The sealed form is canonical JSON `{"format": "pumpurs-director-key/1", "kdf": {argon2id,
salt, costs}, "key": {"nonce", "ct"}}`: AES-256-GCM under the key argon2id derives from the
password, with the costs and checks of the key files (`app.sync.sealing`); the secret's name
is the associated data, so a sealed key cannot be moved to another user or school unnoticed.
"""

from __future__ import annotations

import json

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.sync.canonical import canonical_bytes
from app.sync.sealing import derive_key, new_kdf, seal, unseal

FORMAT = "pumpurs-director-key/1"
_MAX_SEALED = 1024


class KeyNotOpened(Exception):
    """The password does not open the sealed key (it was changed since), or the bytes are
    not a sealed key."""


def _read(data: bytes) -> dict[str, object] | None:
    if len(data) > _MAX_SEALED or not data.startswith(b"{"):
        return None
    try:
        found = json.loads(data)
    except ValueError:
        return None
    return found if isinstance(found, dict) and found.get("format") == FORMAT else None


def is_sealed(data: bytes) -> bool:
    return _read(data) is not None


def seal_key(key: Ed25519PrivateKey, password: str, name: str) -> bytes:
    kdf = new_kdf()
    sealed = seal(derive_key(password, kdf), key.private_bytes_raw(), name.encode("utf-8"))
    return canonical_bytes({"format": FORMAT, "kdf": kdf, "key": sealed})


def open_key(data: bytes, password: str, name: str) -> Ed25519PrivateKey:
    found = _read(data)
    if found is None:
        raise KeyNotOpened("not a sealed key")
    try:
        raw = unseal(derive_key(password, found.get("kdf")), found.get("key"),
                     name.encode("utf-8"))
        return Ed25519PrivateKey.from_private_bytes(raw)
    except (InvalidTag, ValueError) as exc:
        raise KeyNotOpened("wrong password or damaged") from exc
