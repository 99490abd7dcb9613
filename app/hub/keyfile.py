"""The hub's private keys: one JSON file, mode 0600, never in the database, never logged.

`<keys dir>/pumpurs-hub-keys.json` holds every signing and encryption private key the hub has
had (by key id; retired encryption keys still open bundles sealed to them) and which ones are
current, and the secret of the pseudonyms in data for the state. The directory is
`--keys DIR`, else env PUMPURS_HUB_KEYS, else the folder of a SQLite database. A file
readable by group or others is refused (on POSIX systems).
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.errors import AppError, SyncError
from app.hub.db import normalise_url, sqlite_path
from app.sync.keys import (
    b64url_decode,
    b64url_encode,
    key_id,
    load_encryption_key,
    load_signing_key,
    private_bytes,
)

FILE_NAME = "pumpurs-hub-keys.json"
ENV = "PUMPURS_HUB_KEYS"


class HubKeyError(AppError):
    """The hub's key file is missing, unreadable or too widely readable."""


@dataclass
class HubKeys:
    signing: dict[str, Ed25519PrivateKey] = field(default_factory=dict)
    encryption: dict[str, X25519PrivateKey] = field(default_factory=dict)
    current_signing: str = ""
    current_encryption: str = ""
    previous_signing: str | None = None
    pseudonym_secret: bytes = field(default_factory=lambda: os.urandom(32))

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        return self.signing[self.current_signing]

    @property
    def encryption_key(self) -> X25519PrivateKey:
        return self.encryption[self.current_encryption]

    def add_signing(self, key: Ed25519PrivateKey) -> str:
        kid = key_id(key.public_key())
        self.signing[kid] = key
        if self.current_signing:
            self.previous_signing = self.current_signing
        self.current_signing = kid
        return kid

    def add_encryption(self, key: X25519PrivateKey) -> str:
        kid = key_id(key.public_key())
        self.encryption[kid] = key
        self.current_encryption = kid
        return kid

    def __repr__(self) -> str:  # never print private keys
        return f"HubKeys(signing={self.current_signing}, encryption={self.current_encryption})"


def keys_dir(db: str, given: str | Path | None = None) -> Path:
    if given:
        return Path(given)
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    path = sqlite_path(normalise_url(db))
    if path is None:
        raise HubKeyError("hub.keys_dir_needed")
    return path.parent


def key_path(directory: Path) -> Path:
    return directory / FILE_NAME


def save_keys(directory: Path, keys: HubKeys) -> Path:
    """Write the key file atomically with mode 0600 (created so, never widened); a keys
    directory this creates is 0700."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = {
        "format": "pumpurs-hub-keys/1",
        "signing": {k: b64url_encode(private_bytes(v)) for k, v in keys.signing.items()},
        "encryption": {k: b64url_encode(private_bytes(v)) for k, v in keys.encryption.items()},
        "current_signing": keys.current_signing, "current_encryption": keys.current_encryption,
        "previous_signing": keys.previous_signing,
        "pseudonym_secret": b64url_encode(keys.pseudonym_secret),
    }
    target, temp = key_path(directory), directory / (FILE_NAME + ".tmp")
    temp.unlink(missing_ok=True)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temp, target)
    if os.name == "posix" and target.stat().st_mode & 0o077:  # whatever the umask did
        target.chmod(0o600)
    return target


def load_keys(directory: Path) -> HubKeys:
    path = key_path(directory)
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise HubKeyError("hub.keys_too_open", path=str(path), mode=oct(mode & 0o777))
        data = json.loads(path.read_text(encoding="utf-8"))
        keys = HubKeys(
            {k: load_signing_key(b64url_decode(v)) for k, v in data["signing"].items()},
            {k: load_encryption_key(b64url_decode(v)) for k, v in data["encryption"].items()},
            data["current_signing"], data["current_encryption"], data.get("previous_signing"),
            b64url_decode(data["pseudonym_secret"]),
        )
        keys.signing_key, keys.encryption_key  # noqa: B018  (the current keys exist)
    except FileNotFoundError as exc:
        raise HubKeyError("hub.keys_missing", path=str(path)) from exc
    except (OSError, ValueError, KeyError, TypeError, AttributeError, SyncError) as exc:
        raise HubKeyError("hub.keys_unreadable", path=str(path)) from exc
    return keys
