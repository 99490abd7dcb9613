"""Secrets sealed under a passphrase: argon2id derives a 256-bit key from the passphrase and a
random salt, AES-256-GCM seals each value with a fresh 96-bit nonce and associated data.

Shared by the school's passphrase key file (`app.secrets.PassphraseFileSecretStore`) and the
hub's key file (`app.hub.keyfile`), so both use the same costs and the same checks of a
file's KDF parameters. The parameters used are stored beside the sealed values (a `kdf`
object: name, base64 salt, time_cost, memory_cost, parallelism) and read back from there.
"""

from __future__ import annotations

import base64
import os
from typing import Any

from argon2.exceptions import Argon2Error
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# argon2id cost for new files; the values used are stored in the file and read back from it.
KDF_DEFAULTS = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}

PASSPHRASE_MIN = 10
COMMON_PASSPHRASES = frozenset({
    "1234567890", "0123456789", "12345678910", "qwertyuiop", "asdfghjkl;", "password12",
    "password123", "password1234", "passphrase", "parole1234", "parole12345", "pumpurs123",
    "pumpurs2026", "skola12345", "iloveyou12", "abcdefghij", "abcd123456", "1q2w3e4r5t",
    "administrator", "qwerty1234", "letmein123", "welcome123", "sveiki1234",
})


def passphrase_problem(passphrase: str) -> tuple[str, dict[str, Any]] | None:
    """Why `passphrase` may not protect a new key file (a message key and its parameters),
    or None: at least PASSPHRASE_MIN characters without the spaces around it, more than a
    few different characters, and not one of the passwords tried first."""
    plain = passphrase.strip()
    if len(plain) < PASSPHRASE_MIN:
        return "store.passphrase_short", {"min": PASSPHRASE_MIN}
    if len(set(plain.casefold())) < 4:
        return "store.passphrase_repetitive", {}
    if plain.casefold() in COMMON_PASSPHRASES:
        return "store.passphrase_common", {}
    return None


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def new_kdf() -> dict[str, Any]:
    """The `kdf` object of a new file: argon2id, a random 16-byte salt, today's costs."""
    return {"name": "argon2id", "salt": b64(os.urandom(16)), **KDF_DEFAULTS}


def kdf_params(kdf: object) -> tuple[bytes, int, int, int]:
    """The argon2id salt and costs of a key file, within what this program ever writes
    (up to 10 passes, 1 GiB, 16 lanes): ValueError for anything else."""
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise ValueError("not argon2id")
    salt = base64.b64decode(str(kdf["salt"]), validate=True)
    costs = [kdf.get(k) for k in ("time_cost", "memory_cost", "parallelism")]
    if not all(type(c) is int for c in costs):
        raise ValueError("costs are not whole numbers")
    time_cost, memory_cost, parallelism = (int(c) for c in costs)  # type: ignore[arg-type]
    if not (16 <= len(salt) <= 64 and 1 <= time_cost <= 10 and 1 <= parallelism <= 16
            and 8 * parallelism <= memory_cost <= 1 << 20):
        raise ValueError("KDF parameters out of range")
    return salt, time_cost, memory_cost, parallelism


def derive_key(passphrase: str, kdf: object) -> AESGCM:
    """The AES-256-GCM key argon2id derives from `passphrase` with the file's `kdf` object;
    ValueError when that object is damaged or out of range."""
    try:
        salt, time_cost, memory_cost, parallelism = kdf_params(kdf)
        return AESGCM(hash_secret_raw(
            passphrase.encode("utf-8"), salt, time_cost=time_cost, memory_cost=memory_cost,
            parallelism=parallelism, hash_len=32, type=Type.ID))
    except (KeyError, TypeError, Argon2Error) as exc:
        raise ValueError("KDF parameters unusable") from exc


def seal(aead: AESGCM, value: bytes, aad: bytes) -> dict[str, str]:
    """`value` sealed with a fresh nonce: {"nonce", "ct"} in base64."""
    nonce = os.urandom(12)
    return {"nonce": b64(nonce), "ct": b64(aead.encrypt(nonce, value, aad))}


def unseal(aead: AESGCM, sealed: object, aad: bytes) -> bytes:
    """The value `seal` sealed: `cryptography.exceptions.InvalidTag` for a wrong key (or
    altered bytes), ValueError for something that is not a sealed value at all."""
    try:
        nonce = base64.b64decode(sealed["nonce"], validate=True)  # type: ignore[index]
        ct = base64.b64decode(sealed["ct"], validate=True)  # type: ignore[index]
    except (KeyError, TypeError) as exc:
        raise ValueError("not a sealed value") from exc
    if len(nonce) != 12:
        raise ValueError("not a sealed value")
    return aead.decrypt(nonce, ct, aad)
