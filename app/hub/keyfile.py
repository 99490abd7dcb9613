"""The hub's private keys: one JSON file, mode 0600, never in the database, never logged.

`<keys dir>/pumpurs-hub-keys.json` holds every signing and encryption private key the hub has
had (by key id; retired encryption keys still open bundles sealed to them) and which ones are
current, and the secret of the pseudonyms in data for the state. The directory is
`--keys DIR`, else env PUMPURS_HUB_KEYS, else the folder of a SQLite database. A file
readable by group or others is refused (on POSIX systems).

Format `pumpurs-hub-keys/2` (what the hub writes): the private parts sealed with AES-256-GCM
under a key argon2id derives from a passphrase (`app.sync.sealing`, the same costs and checks
as the school's passphrase key file). The key ids, which are current, and the KDF parameters
stay readable (`read_key_info`, `pumpurs-hub keys show`) and are the sealed part's associated
data, so they cannot be changed unnoticed. The passphrase comes from the systemd credential
`pumpurs-hub-passphrase` ($CREDENTIALS_DIRECTORY, `LoadCredential=`), else the file named by
PUMPURS_HUB_PASSPHRASE_FILE, else PUMPURS_HUB_PASSPHRASE (`hub_passphrase`).

Format `pumpurs-hub-keys/1` (plaintext) still loads, with a warning in the log;
`pumpurs-hub keys encrypt` rewrites it as /2. Only `pumpurs-hub init --plaintext-keys` (tests,
development) writes a new /1 file.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
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
from app.sync.sealing import derive_key, new_kdf, passphrase_problem, seal, unseal

FILE_NAME = "pumpurs-hub-keys.json"
ENV = "PUMPURS_HUB_KEYS"
FORMAT_PLAIN = "pumpurs-hub-keys/1"
FORMAT_SEALED = "pumpurs-hub-keys/2"
CREDENTIAL = "pumpurs-hub-passphrase"
"""The systemd credential's name (`LoadCredential=pumpurs-hub-passphrase:/etc/…`)."""
PASSPHRASE_FILE_ENV = "PUMPURS_HUB_PASSPHRASE_FILE"
PASSPHRASE_ENV = "PUMPURS_HUB_PASSPHRASE"
MAX_PASSPHRASE_BYTES = 4096

log = logging.getLogger(__name__)


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


def keys_dir(db: str | None, given: str | Path | None = None) -> Path:
    if given:
        return Path(given)
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    path = sqlite_path(normalise_url(db)) if db else None
    if path is None:
        raise HubKeyError("hub.keys_dir_needed")
    return path.parent


def key_path(directory: Path) -> Path:
    return directory / FILE_NAME


def _passphrase_sources() -> dict[str, str]:
    return {"credential": CREDENTIAL, "file_env": PASSPHRASE_FILE_ENV, "env": PASSPHRASE_ENV}


def _read_passphrase_file(path: Path) -> str:
    """A passphrase file's text without the line ending after it."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_PASSPHRASE_BYTES + 1)
        text = data.decode("utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise HubKeyError("hub.passphrase_file_unreadable", path=str(path)) from exc
    if not text or len(data) > MAX_PASSPHRASE_BYTES:
        raise HubKeyError("hub.passphrase_file_unreadable", path=str(path))
    return text


def hub_passphrase() -> str | None:
    """The key file's passphrase: the systemd credential, else the file named by
    PUMPURS_HUB_PASSPHRASE_FILE, else PUMPURS_HUB_PASSPHRASE; None when none is given."""
    credentials = os.environ.get("CREDENTIALS_DIRECTORY")
    if credentials and (Path(credentials) / CREDENTIAL).is_file():
        return _read_passphrase_file(Path(credentials) / CREDENTIAL)
    named = os.environ.get(PASSPHRASE_FILE_ENV)
    if named:
        return _read_passphrase_file(Path(named))
    return os.environ.get(PASSPHRASE_ENV) or None


def require_passphrase(path: Path, *, new: bool = False) -> str:
    """`hub_passphrase()`, or a HubKeyError naming the three ways to give one. `new`: the
    passphrase is to protect a new file, so it must be strong enough (as the school's)."""
    passphrase = hub_passphrase()
    if passphrase is None:
        raise HubKeyError("hub.passphrase_missing", path=str(path), **_passphrase_sources())
    problem = passphrase_problem(passphrase) if new else None
    if problem is not None:
        raise HubKeyError(problem[0], path=str(path), **problem[1])
    return passphrase


def _aad(header: dict[str, object]) -> bytes:
    """The associated data of the sealed part: every other field of the file."""
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")


def _file_content(keys: HubKeys, passphrase: str | None) -> dict[str, object]:
    secret = {
        "signing": {k: b64url_encode(private_bytes(v)) for k, v in keys.signing.items()},
        "encryption": {k: b64url_encode(private_bytes(v)) for k, v in keys.encryption.items()},
        "pseudonym_secret": b64url_encode(keys.pseudonym_secret),
    }
    current = {"current_signing": keys.current_signing,
               "current_encryption": keys.current_encryption,
               "previous_signing": keys.previous_signing}
    if passphrase is None:
        return {"format": FORMAT_PLAIN, **secret, **current}
    header: dict[str, object] = {
        "format": FORMAT_SEALED, "kdf": new_kdf(), "signing": list(keys.signing),
        "encryption": list(keys.encryption), **current,
    }
    aead = derive_key(passphrase, header["kdf"])
    sealed = seal(aead, json.dumps(secret).encode("ascii"), _aad(header))
    return {**header, "sealed": sealed}


def save_keys(directory: Path, keys: HubKeys, passphrase: str | None = None, *,
              plaintext: bool = False) -> Path:
    """Write the key file atomically with mode 0600 (created so, never widened); a keys
    directory this creates is 0700. Sealed (/2) under `passphrase`, else `hub_passphrase()`
    (none: a HubKeyError, nothing written); plaintext (/1) only when asked for."""
    target = key_path(directory)
    if not plaintext and passphrase is None:
        passphrase = require_passphrase(target)
    data = _file_content(keys, None if plaintext else passphrase)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = directory / (FILE_NAME + ".tmp")
    temp.unlink(missing_ok=True)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if os.name == "posix" and target.stat().st_mode & 0o077:  # whatever the umask did
        target.chmod(0o600)
    return target


@dataclass(frozen=True)
class KeyFileInfo:
    """What the key file says without its passphrase."""

    path: Path
    format: str
    signing: list[str]
    encryption: list[str]
    current_signing: str
    current_encryption: str
    previous_signing: str | None

    @property
    def encrypted(self) -> bool:
        return self.format == FORMAT_SEALED


def _read(path: Path) -> dict[str, object]:
    """The key file's JSON (mode checked), or a HubKeyError that names the file."""
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise HubKeyError("hub.keys_too_open", path=str(path), mode=oct(mode & 0o777))
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") not in (FORMAT_PLAIN,
                                                                    FORMAT_SEALED):
            raise ValueError("not a hub key file")
        return data
    except FileNotFoundError as exc:
        raise HubKeyError("hub.keys_missing", path=str(path)) from exc
    except (OSError, ValueError, RecursionError) as exc:
        raise HubKeyError("hub.keys_unreadable", path=str(path)) from exc


def _ids(value: object) -> list[str]:
    if isinstance(value, dict):
        value = list(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("key ids")
    return list(value)


def read_key_info(directory: Path) -> KeyFileInfo:
    """Which keys the file holds and which are current; needs no passphrase."""
    path = key_path(directory)
    data = _read(path)
    try:
        previous = data.get("previous_signing")
        return KeyFileInfo(path, str(data["format"]), _ids(data["signing"]),
                           _ids(data["encryption"]), str(data["current_signing"]),
                           str(data["current_encryption"]),
                           None if previous is None else str(previous))
    except (KeyError, ValueError) as exc:
        raise HubKeyError("hub.keys_unreadable", path=str(path)) from exc


def _unseal(path: Path, data: dict[str, object], passphrase: str | None) -> dict[str, object]:
    """The private part of a /2 file (the sealed JSON object)."""
    if passphrase is None:
        passphrase = require_passphrase(path)
    header = {k: v for k, v in data.items() if k != "sealed"}
    try:
        aead = derive_key(passphrase, header.get("kdf"))
        secret = json.loads(unseal(aead, data.get("sealed"), _aad(header)))
    except InvalidTag as exc:
        raise HubKeyError("hub.passphrase_wrong", path=str(path), **_passphrase_sources()) \
            from exc
    if not isinstance(secret, dict) or _ids(secret.get("signing")) != _ids(header["signing"]) \
            or _ids(secret.get("encryption")) != _ids(header["encryption"]):
        raise ValueError("the sealed keys are not the ones listed")
    return {**header, **secret}


def load_keys(directory: Path, passphrase: str | None = None) -> HubKeys:
    """The hub's keys from its file: a /2 file opened with `passphrase`, else
    `hub_passphrase()`; a /1 file as it is, with a warning in the log."""
    path = key_path(directory)
    data = _read(path)
    try:
        if data["format"] == FORMAT_SEALED:
            data = _unseal(path, data, passphrase)
        else:
            log.warning("the hub's key file %s is not encrypted (format %s): run "
                        "`pumpurs-hub keys encrypt` with the passphrase set", path, FORMAT_PLAIN)
        signing, encryption = data["signing"], data["encryption"]
        if not isinstance(signing, dict) or not isinstance(encryption, dict):
            raise ValueError("no keys")
        keys = HubKeys(
            {k: load_signing_key(b64url_decode(v)) for k, v in signing.items()},
            {k: load_encryption_key(b64url_decode(v)) for k, v in encryption.items()},
            str(data["current_signing"]), str(data["current_encryption"]),
            data.get("previous_signing"),  # type: ignore[arg-type]
            b64url_decode(str(data["pseudonym_secret"])),
        )
        keys.signing_key, keys.encryption_key  # noqa: B018  (the current keys exist)
        if any(key_id(v.public_key()) != k for k, v in keys.signing.items()) \
                or any(key_id(v.public_key()) != k for k, v in keys.encryption.items()):
            raise ValueError("a key id is not its key's")
    except (OSError, ValueError, KeyError, TypeError, AttributeError, SyncError) as exc:
        raise HubKeyError("hub.keys_unreadable", path=str(path)) from exc
    return keys


def encrypt_key_file(directory: Path) -> bool:
    """Rewrite a plaintext (/1) key file as /2, atomically, under the passphrase given (which
    must be strong enough); False when it was already encrypted (left as it is)."""
    path = key_path(directory)
    if read_key_info(directory).encrypted:
        return False
    passphrase = require_passphrase(path, new=True)
    keys = load_keys(directory)
    save_keys(directory, keys, passphrase)
    load_keys(directory, passphrase)  # it opens again before anyone relies on it
    log.info("the hub's key file %s is now encrypted (%s)", path, FORMAT_SEALED)
    return True
