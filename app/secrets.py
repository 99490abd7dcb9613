"""Where the school's secrets live (the database key first): one `SecretStore` over `keyring`.

- `KeyringSecretStore`: the OS keyring (Windows Credential Manager, macOS Keychain, Secret
  Service). The backend is chosen in code, because frozen builds lose keyring's discovery.
  `keyrings.alt` (plaintext files) is never accepted.
- `PassphraseFileSecretStore`: the explicit, announced fallback for a machine
  without a keyring — a file next to the database, sealed with a key derived from a passphrase.
- `choose_secret_store` picks one and says which, in a sentence the caller shows the person.
"""

from __future__ import annotations

import base64
import importlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import keyring
from cryptography.exceptions import InvalidTag
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from keyring.errors import KeyringError, PasswordDeleteError

from app.errors import AppError, DatabaseKeyError
from app.i18n import DEFAULT_LANGUAGE, render
from app.sync.folder_transport import write_atomically
from app.sync.sealing import (
    derive_key,
    kdf_params,
    new_kdf,
    passphrase_problem,
    seal,
    unseal,
)

SERVICE = "Pumpurs"
PASSPHRASE_ENV = "PUMPURS_KEY_PASSPHRASE"
SecretStoreMode = Literal["auto", "keyring", "file"]

# Tried in this order on each platform; the first one that works is used.
_PLATFORM_BACKENDS: dict[str, tuple[str, ...]] = {
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
    "darwin": ("keyring.backends.macOS.Keyring",),
    "linux": ("keyring.backends.SecretService.Keyring", "keyring.backends.kwallet.DBusKeyring"),
}


class SecretStoreError(DatabaseKeyError):
    """The secret store cannot be used (no keyring, no or wrong passphrase, damaged file)."""


class SecretStore(Protocol):
    """Named binary secrets. `description` says, for a person and in no particular language,
    where they are kept: the keyring backend's name or the key file's path."""

    description: str

    def get(self, name: str) -> bytes | None: ...

    def set(self, name: str, value: bytes) -> None: ...

    def delete(self, name: str) -> None: ...


def keyring_usable(backend: KeyringBackend) -> bool:
    """False for keyring's fail/null backends, an empty chainer and any `keyrings.alt`."""
    if isinstance(backend, fail.Keyring):
        return False
    if type(backend).__module__.startswith("keyrings.alt"):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(keyring_usable(b) for b in backend.backends)
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend reports "not available here" by raising from priority
        return False


def platform_backend() -> KeyringBackend:
    """The OS keyring for this platform, chosen in code; keyring's own choice as last resort."""
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    for dotted in _PLATFORM_BACKENDS.get(platform, ()):
        module_name, _, cls_name = dotted.rpartition(".")
        try:
            candidate = getattr(importlib.import_module(module_name), cls_name)()
        except Exception:  # missing platform module (dbus, pywin32…): try the next one
            continue
        if keyring_usable(candidate):
            return candidate
    return keyring.get_keyring()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class KeyringSecretStore:
    """Secrets in the OS keyring under service "Pumpurs", each value base64 text."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self.backend = backend if backend is not None else platform_backend()
        self.description = self.backend_name

    @property
    def backend_name(self) -> str:
        return str(getattr(self.backend, "name", type(self.backend).__name__))

    @property
    def usable(self) -> bool:
        return keyring_usable(self.backend)

    def _failed(self, exc: Exception) -> SecretStoreError:
        return SecretStoreError("store.keyring_failed", backend=self.backend_name, error=exc)

    def get(self, name: str) -> bytes | None:
        try:
            text = self.backend.get_password(SERVICE, name)
        except KeyringError as exc:
            raise self._failed(exc) from exc
        return None if text is None else base64.b64decode(text)

    def set(self, name: str, value: bytes) -> None:
        try:
            self.backend.set_password(SERVICE, name, _b64(value))
        except KeyringError as exc:
            raise self._failed(exc) from exc

    def delete(self, name: str) -> None:
        try:
            self.backend.delete_password(SERVICE, name)
        except PasswordDeleteError:
            pass  # nothing stored under that name
        except KeyringError as exc:
            raise self._failed(exc) from exc


FILE_FORMAT = "pumpurs-secrets-1"
_CHECK_NAME = "passphrase-check"
class PassphraseFileSecretStore:
    """Secrets in a JSON file (mode 0600), each sealed with AES-256-GCM under a key that
    argon2id derives from the passphrase and the file's random salt. The secret's name is
    the associated data, so a sealed value cannot be moved to another name unnoticed."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self.path = Path(path)
        self.description = str(self.path)
        if self.path.exists():
            self._data = self._load()
        else:  # a new key file: its passphrase must be strong enough to protect it
            problem = passphrase_problem(passphrase)
            if problem is not None:
                raise SecretStoreError(problem[0], path=self.path, **problem[1])
            self._data = {"format": FILE_FORMAT, "kdf": new_kdf(), "secrets": {}}
        self._aead = self._derive(passphrase)
        if "check" in self._data:
            self._open(_CHECK_NAME, self._data["check"], wrong_key="store.passphrase_wrong")
        else:
            self._data["check"] = self._seal(_CHECK_NAME, b"pumpurs")

    def _load(self) -> dict[str, Any]:
        """The file's content, or "damaged" for any shape but the one this class writes —
        including KDF parameters a damaged or hostile file could use to hang the start."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FILE_FORMAT \
                    or not isinstance(data.get("secrets"), dict) \
                    or not all(isinstance(v, dict) for v in data["secrets"].values()) \
                    or ("check" in data and not isinstance(data["check"], dict)):
                raise ValueError("not a Pumpurs secrets file")
            kdf_params(data.get("kdf"))
            return dict(data)
        except (OSError, ValueError, TypeError, RecursionError) as exc:
            raise SecretStoreError("store.file_damaged", path=self.path) from exc

    def _derive(self, passphrase: str) -> Any:
        try:
            return derive_key(passphrase, self._data["kdf"])
        except (KeyError, ValueError) as exc:
            raise SecretStoreError("store.file_damaged", path=self.path) from exc

    def _seal(self, name: str, value: bytes) -> dict[str, str]:
        return seal(self._aead, value, name.encode())

    def _open(self, name: str, sealed: dict[str, str], wrong_key: str) -> bytes:
        try:
            return unseal(self._aead, sealed, name.encode())
        except InvalidTag as exc:
            raise SecretStoreError(wrong_key, path=self.path) from exc
        except (TypeError, ValueError) as exc:
            raise SecretStoreError("store.file_damaged", path=self.path) from exc

    def _save(self) -> None:
        """Atomically: write a 0600 temp file beside the target, fsync, then os.replace."""
        text = json.dumps(self._data, indent=1, sort_keys=True)
        write_atomically(self.path, text.encode("utf-8"), 0o600)

    def get(self, name: str) -> bytes | None:
        sealed = self._data["secrets"].get(name)
        return None if sealed is None else self._open(name, sealed, "store.file_damaged")

    def set(self, name: str, value: bytes) -> None:
        self._data["secrets"][name] = self._seal(name, value)
        self._save()

    def delete(self, name: str) -> None:
        if self._data["secrets"].pop(name, None) is not None:
            self._save()


@dataclass(frozen=True)
class SecretStoreChoice:
    """The store to use and the sentence that tells the person which one it is."""

    store: SecretStore
    fallback: bool
    message_key: str
    params: dict[str, Any] = field(default_factory=dict)

    def announcement(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(self.message_key, lang, **self.params)


def choose_secret_store(db_path: Path, mode: SecretStoreMode = "auto",
                        passphrase: str | None = None,
                        backend: KeyringBackend | None = None) -> SecretStoreChoice:
    """The keyring when it works ("auto"/"keyring"), else the passphrase file `<db>.keys`.

    The passphrase comes from the argument or from $PUMPURS_KEY_PASSPHRASE; without one and
    without a keyring this raises a `SecretStoreError` that tells the person what to do.
    """
    if mode not in ("auto", "keyring", "file"):
        raise ValueError(f"unknown secret store mode: {mode!r}")
    if mode != "file":
        ring = KeyringSecretStore(backend)
        if ring.usable:
            return SecretStoreChoice(ring, False, "store.using_keyring",
                                     {"backend": ring.backend_name})
        if mode == "keyring":
            raise SecretStoreError("store.keyring_unavailable", backend=ring.backend_name)
    key_file = Path(str(db_path) + ".keys")
    secret = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV)
    if not secret:
        raise SecretStoreError("store.passphrase_missing", env=PASSPHRASE_ENV, path=key_file)
    store = PassphraseFileSecretStore(key_file, secret)
    if mode == "file":
        message = "store.using_file"
    else:
        message = "store.no_keyring_using_file" if passphrase is None else "store.no_keyring_asked"
    return SecretStoreChoice(store, True, message, {"path": key_file, "env": PASSPHRASE_ENV})


def secret_store_for(db: Path, mode: str, lang: str, ask: Callable[[str], str | None],
                     say: Callable[[str], None]) -> SecretStoreChoice:
    """Choose the key store; ask for the fallback's passphrase when none is set; announce it."""
    try:
        choice = choose_secret_store(db, mode)  # type: ignore[arg-type]
    except AppError as exc:
        if getattr(exc, "key", "") != "store.passphrase_missing":
            raise
        passphrase = ask(render("cli.ask_passphrase", lang, path=f"{db}.keys"))
        if not passphrase:
            raise
        choice = choose_secret_store(db, mode, passphrase)  # type: ignore[arg-type]
    say(choice.announcement(lang))
    return choice
