"""A director's private signing key sealed under the director's own password (security
finding 3): whoever holds the database key — and so the key store beside it — still cannot
sign without the director.

The sealed form is `PDK1 | time cost (1) | memory cost KiB (4) | lanes (1) | salt (16) |
nonce (12) | AES-256-GCM ciphertext of the 32 raw key bytes`, the key derived by argon2id
from the password (the same costs as the school's key file); the secret's name is the
associated data, so a sealed key cannot be moved to another user or school unnoticed.
"""

from __future__ import annotations

import os
import struct

from argon2.exceptions import Argon2Error
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.secrets import KDF_DEFAULTS

MAGIC = b"PDK1"
_HEAD = struct.Struct(">4sBIB16s12s")


class KeyNotOpened(Exception):
    """The password does not open the sealed key (it was changed since), or the bytes are
    not a sealed key."""


def _derive(password: str, salt: bytes, time_cost: int, memory_cost: int, lanes: int) -> bytes:
    if not (1 <= time_cost <= 10 and 1 <= lanes <= 16 and 8 * lanes <= memory_cost <= 1 << 20):
        raise KeyNotOpened("costs out of range")
    try:
        return hash_secret_raw(password.encode("utf-8"), salt, time_cost=time_cost,
                               memory_cost=memory_cost, parallelism=lanes, hash_len=32,
                               type=Type.ID)
    except Argon2Error as exc:
        raise KeyNotOpened("argon2") from exc


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC) and len(data) == _HEAD.size + 48


def seal_key(key: Ed25519PrivateKey, password: str, name: str) -> bytes:
    costs = (KDF_DEFAULTS["time_cost"], KDF_DEFAULTS["memory_cost"], KDF_DEFAULTS["parallelism"])
    salt, nonce = os.urandom(16), os.urandom(12)
    aead = AESGCM(_derive(password, salt, *costs))
    return _HEAD.pack(MAGIC, *costs, salt, nonce) + aead.encrypt(
        nonce, key.private_bytes_raw(), name.encode("utf-8"))


def open_key(data: bytes, password: str, name: str) -> Ed25519PrivateKey:
    if not is_sealed(data):
        raise KeyNotOpened("not a sealed key")
    _, time_cost, memory_cost, lanes, salt, nonce = _HEAD.unpack_from(data)
    aead = AESGCM(_derive(password, salt, time_cost, memory_cost, lanes))
    try:
        raw = aead.decrypt(nonce, data[_HEAD.size:], name.encode("utf-8"))
    except InvalidTag as exc:
        raise KeyNotOpened("wrong password") from exc
    return Ed25519PrivateKey.from_private_bytes(raw)
