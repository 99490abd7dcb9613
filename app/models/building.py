"""A new school database is built under a temporary name and moved into place only when it
is complete: a creation killed half-way (a closed window, a power cut, kill -9) leaves no
empty database at the real path — whose recovery key nobody saw — only a `.creating` file
that the next creation removes.

    with database_being_built(path, secrets) as created:   # built at <path>.creating
        fill(created.engine)
    # here the complete database is at `path`, its key stored under `path`'s name
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from app.errors import Conflict
from app.models.database import CreatedDatabase, create_school_database, remove_database_files
from app.models.keys import secret_name
from app.secrets import SecretStore

SUFFIX = ".creating"


def building_path(path: Path) -> Path:
    return Path(path).with_name(f"{Path(path).name}{SUFFIX}")


def _forget(path: Path, secrets: SecretStore | None) -> None:
    remove_database_files(path)
    if secrets is not None:
        secrets.delete(secret_name(path))


def move_into_place(built: Path, path: Path, secrets: SecretStore | None) -> None:
    """The finished file (its engine disposed) to `path`, its key renamed with it."""
    if path.exists():
        raise Conflict("store.db_exists", path=path)
    key = secrets.get(secret_name(built)) if secrets is not None else None
    if secrets is not None and key is not None:
        secrets.set(secret_name(path), key)
    for suffix in ("-wal", "-shm"):  # normally gone once the last connection closed
        side = Path(f"{built}{suffix}")
        if side.exists():
            os.replace(side, f"{path}{suffix}")
    os.replace(built, path)
    if secrets is not None:
        secrets.delete(secret_name(built))


@contextlib.contextmanager
def database_being_built(path: Path, secrets: SecretStore | None, *,
                         plaintext: bool = False) -> Iterator[CreatedDatabase]:
    path = Path(path)
    if path.exists():
        raise Conflict("store.db_exists", path=path)
    built = building_path(path)
    _forget(built, secrets)  # what a creation killed before left behind
    created = create_school_database(built, secrets, plaintext=plaintext)
    try:
        yield created
        created.engine.dispose()
        move_into_place(built, path, secrets)
    except BaseException:
        created.engine.dispose()
        _forget(built, secrets)
        raise
