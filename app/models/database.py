"""Create, open and recover the school's database file.

Every refusal happens before SQLite touches the file: a missing file, a plaintext file where
an encrypted one is expected (and the reverse), a key that is not in the SecretStore, or a
wrong key (SQLCipher fails on the first read, before anything is written).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from app.errors import Conflict, DatabaseKeyError, NotFound
from app.models.db import open_engine
from app.models.keys import new_database_key, parse_recovery_key, recovery_key_text, secret_name
from app.models.migrate import upgrade_to_head
from app.secrets import SecretStore

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class CreatedDatabase:
    engine: Engine
    recovery_key: str | None  # shown once to the person; None for a plaintext database


def _header(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER))


def _check_file(path: Path, plaintext: bool) -> None:
    if not path.is_file():
        raise NotFound("store.db_missing", path=path)
    header = _header(path)
    if not header:
        raise DatabaseKeyError("store.db_not_pumpurs", path=path)
    if header == SQLITE_HEADER and not plaintext:
        raise DatabaseKeyError("store.db_is_plaintext", path=path)
    if header != SQLITE_HEADER and plaintext:
        raise DatabaseKeyError("store.db_is_encrypted", path=path)


def remove_database_files(path: Path) -> None:
    """Delete the database file at `path` with its SQLite side files (-wal, -shm, -journal);
    only for a file that was just made (a creation that failed)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _require(secrets: SecretStore | None) -> SecretStore:
    if secrets is None:
        raise ValueError("an encrypted database needs a SecretStore (or plaintext=True)")
    return secrets


def create_school_database(path: Path, secrets: SecretStore | None, *,
                           plaintext: bool = False) -> CreatedDatabase:
    """A new database at `path` with the newest schema. Its random key goes into `secrets`
    and comes back once as recovery-key text. `plaintext=True` (secrets may then be None)
    only when explicitly chosen."""
    path = Path(path)
    if path.exists():
        raise Conflict("store.db_exists", path=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = None if plaintext else new_database_key()
    name = secret_name(path)
    if key is not None:
        _require(secrets).set(name, key)
    engine = None
    try:
        engine = open_engine(path, key)
        upgrade_to_head(engine, path)
    except BaseException:
        if engine is not None:
            engine.dispose()
        remove_database_files(path)  # only the file this call has just made
        if key is not None:
            _require(secrets).delete(name)
        raise
    return CreatedDatabase(engine, None if key is None else recovery_key_text(key))


def open_school_database(path: Path, secrets: SecretStore | None, *,
                         plaintext: bool = False) -> Engine:
    """An engine on the existing database at `path`, migrated to head (backed up first)."""
    path = Path(path)
    _check_file(path, plaintext)
    key = None
    if not plaintext:
        store = _require(secrets)
        key = store.get(secret_name(path))
        if key is None:
            raise DatabaseKeyError("db.key_missing", store=store.description)
    engine = open_engine(path, key)
    try:
        with engine.connect():
            pass  # keys and checks the connection: a wrong key raises here
        upgrade_to_head(engine, path)
    except BaseException:
        engine.dispose()
        raise
    return engine


def recover_database_key(path: Path, secrets: SecretStore, recovery_text: str) -> None:
    """Put the key from a typed recovery key back into `secrets`, once it opens `path`."""
    path = Path(path)
    key = parse_recovery_key(recovery_text)
    _check_file(path, plaintext=False)
    engine = open_engine(path, key)
    try:
        with engine.connect():
            pass
    except DatabaseKeyError as exc:
        raise DatabaseKeyError("store.recovery_key_wrong", path=path) from exc
    finally:
        engine.dispose()
    secrets.set(secret_name(path), key)
