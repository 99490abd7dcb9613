"""The per-machine database key: one key file next to the database, one slot per app user.

In the per-machine installation mode (several Windows accounts share one PC) the database
key is not in any account's credential store. It is wrapped once per Pumpurs user, like
LUKS key slots: AES-256-GCM under a key that argon2id derives from that user's sign-in
password and the slot's own salt. Whoever signs in with a school account opens the database,
whatever Windows account they are in; the recovery key (the database key itself) still
opens it as the last resort.

The file `<database>.slots` (JSON, format "pumpurs-key-slots-1") holds
- `slots`: user name → {kdf, nonce, ct}; the user name is the associated data, so a slot
  cannot be moved to another name unnoticed;
- `check`: a constant sealed under the database key (a recovery key is checked against it);
- `secrets`: the other secrets a key store holds (the director's signing key, the hub's
  keys), sealed under a key derived from the database key, each under its name.

`KeySlots` is the unlocked file: the database key in memory, and a `SecretStore`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from argon2.exceptions import Argon2Error
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import AuthenticationFailed, Conflict, DatabaseKeyError
from app.models.keys import secret_name
from app.secrets import SecretStoreError
from app.sync.folder_transport import write_atomically
from app.sync.sealing import KDF_DEFAULTS, kdf_params, seal, unseal
from app.sync.sealing import b64 as _b64

SLOTS_SUFFIX = ".slots"
SLOTS_FORMAT = "pumpurs-key-slots-1"
FILE_MODE = 0o660  # every account of the machine's group reads and writes it (POSIX)
_CHECK = b"pumpurs-key-slots"
_DUMMY_SALT = b"pumpurs-no-such-slot"


def slots_path(database: Path) -> Path:
    return Path(f"{database}{SLOTS_SUFFIX}")


def has_key_slots(database: Path) -> bool:
    """True when the database is opened with a user's key slot (per-machine mode)."""
    return slots_path(database).is_file()


def _derive(password: str, kdf: object) -> bytes:
    salt, time_cost, memory_cost, parallelism = kdf_params(kdf)
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=time_cost,
                           memory_cost=memory_cost, parallelism=parallelism, hash_len=32,
                           type=Type.ID)


def _secrets_key(db_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"pumpurs key slots: secrets").derive(db_key)


def _seal(key: bytes, value: bytes, aad: bytes) -> dict[str, str]:
    return seal(AESGCM(key), value, aad)


def _unseal(key: bytes, sealed: object, aad: bytes) -> bytes:
    """The plaintext; InvalidTag for the wrong key, ValueError if damaged."""
    return unseal(AESGCM(key), sealed, aad)


def _slot_aad(username: str) -> bytes:
    return f"slot:{username}".encode()


class KeySlots:
    """An unlocked key-slot file. Made by `create`, `unlock` (a user's password) or
    `unlock_with_key` (the recovery key); every change is written to disk at once."""

    def __init__(self, path: Path, db_key: bytes, data: dict[str, Any],
                 kdf: dict[str, int] | None = None) -> None:
        self.path = Path(path)
        self.description = str(self.path)
        self.database = self.path.with_name(self.path.name[:-len(SLOTS_SUFFIX)])
        self._key = db_key
        self._data = data
        self._kdf = dict(kdf or KDF_DEFAULTS)

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, db_key: bytes, username: str, password: str, *,
               kdf: dict[str, int] | None = None) -> KeySlots:
        """A new file with one slot (the first administrator's); Conflict if it exists."""
        if Path(path).exists():
            raise Conflict("store.slots_exist", path=path)
        data: dict[str, Any] = {"format": SLOTS_FORMAT, "slots": {}, "secrets": {},
                                "check": _seal(_secrets_key(db_key), _CHECK, b"check")}
        slots = cls(path, db_key, data, kdf)
        slots.put(username, password)
        return slots

    @classmethod
    def unlock(cls, path: Path, username: str, password: str) -> KeySlots:
        """The file opened with `username`'s password. An unknown user name and a wrong
        password get the same "auth.failed" and take the same time."""
        data = _load(Path(path))
        slot = data["slots"].get(username)
        if not isinstance(slot, dict):
            _derive(password, {"name": "argon2id", "salt": _b64(_DUMMY_SALT), **KDF_DEFAULTS})
            raise AuthenticationFailed("auth.failed")
        try:
            key = _unseal(_derive(password, slot.get("kdf")), slot, _slot_aad(username))
        except InvalidTag as exc:
            raise AuthenticationFailed("auth.failed") from exc
        except (KeyError, TypeError, ValueError, Argon2Error) as exc:
            raise SecretStoreError("store.file_damaged", path=path) from exc
        slots = cls(path, key, data)
        slots._verify_key()
        return slots

    @classmethod
    def unlock_with_key(cls, path: Path, db_key: bytes) -> KeySlots:
        """The file opened with the database key itself (from the recovery key)."""
        slots = cls(path, db_key, _load(Path(path)))
        slots._verify_key()
        return slots

    def _verify_key(self) -> None:
        try:
            if _unseal(_secrets_key(self._key), self._data["check"], b"check") == _CHECK:
                return
        except InvalidTag as exc:
            raise DatabaseKeyError("store.recovery_key_wrong", path=self.database) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise SecretStoreError("store.file_damaged", path=self.path) from exc
        raise SecretStoreError("store.file_damaged", path=self.path)

    # -- slots ----------------------------------------------------------------------------
    @property
    def db_key(self) -> bytes:
        return self._key

    def usernames(self) -> tuple[str, ...]:
        return tuple(sorted(self._data["slots"]))

    def put(self, username: str, password: str) -> None:
        """Add `username`'s slot, or wrap the key anew under a changed password."""
        kdf = {"name": "argon2id", "salt": _b64(os.urandom(16)), **self._kdf}
        slot = {"kdf": kdf, **_seal(_derive(password, kdf), self._key, _slot_aad(username))}
        self._data["slots"][username] = slot
        self._save()

    def remove(self, username: str) -> None:
        """Take `username`'s slot out (a deactivated account); nothing if there is none."""
        if self._data["slots"].pop(username, None) is not None:
            self._save()

    # -- SecretStore ----------------------------------------------------------------------
    def get(self, name: str) -> bytes | None:
        if name == secret_name(self.database):
            return self._key
        sealed = self._data["secrets"].get(name)
        if sealed is None:
            return None
        try:
            return _unseal(_secrets_key(self._key), sealed, name.encode())
        except (InvalidTag, KeyError, TypeError, ValueError) as exc:
            raise SecretStoreError("store.file_damaged", path=self.path) from exc

    def set(self, name: str, value: bytes) -> None:
        if name == secret_name(self.database):
            if value != self._key:
                raise ValueError("the database key of a key-slot file cannot change")
            return
        self._data["secrets"][name] = _seal(_secrets_key(self._key), value, name.encode())
        self._save()

    def delete(self, name: str) -> None:
        if self._data["secrets"].pop(name, None) is not None:
            self._save()

    def _save(self) -> None:
        """Atomically: a temp file beside the target, fsync, then os.replace."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self._data, indent=1, sort_keys=True)
        write_atomically(self.path, text.encode("utf-8"), FILE_MODE)


def _load(path: Path) -> dict[str, Any]:
    """The file's content, or "store.file_damaged" for any other shape (a slot's KDF
    parameters are checked when it is used)."""
    if not path.is_file():
        raise DatabaseKeyError("store.slots_missing", path=path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != SLOTS_FORMAT \
                or not isinstance(data.get("slots"), dict) \
                or not isinstance(data.get("secrets"), dict) \
                or not isinstance(data.get("check"), dict):
            raise ValueError("not a Pumpurs key-slot file")
        return dict(data)
    except (OSError, ValueError, RecursionError) as exc:
        raise SecretStoreError("store.file_damaged", path=path) from exc


class MemorySecretStore:
    """Secrets in a dict: where a new per-machine database's key waits while the file is
    built, before its key-slot file exists."""

    description = "memory"

    def __init__(self) -> None:
        self._values: dict[str, bytes] = {}

    def get(self, name: str) -> bytes | None:
        return self._values.get(name)

    def set(self, name: str, value: bytes) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)
