"""Where the generated data lives in the run's work directory, and how a benchmark opens it.

`bench_generator` writes `small.db` and `large.db` (each with its `.key`) once per run; the
other benchmarks open them (or copies of them, when they change the data).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select

from app.models import User
from app.models.db import open_engine
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.users.auth import actor_of

TODAY = date(2026, 11, 23)  # the generated calendar's "today" (app.demo.calendar.DEMO_TODAY)


def key_path(db: Path) -> Path:
    """Where a generated database's key is kept (hex), next to it: benchmark data only."""
    return db.with_suffix(".key")


def read_key(db: Path) -> bytes:
    return bytes.fromhex(key_path(db).read_text().strip())


def open_school(db: Path) -> Engine:
    return open_engine(db, read_key(db))


def school_db(work: Path, size: str = "large") -> Path:
    path = work / f"{size}.db"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: the generator did not build it")
    return path


def copy_school(work: Path, size: str, name: str) -> Path:
    """A private copy of a generated school (with its key) for a benchmark that changes it."""
    source = school_db(work, size)
    target = work / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    shutil.copyfile(key_path(source), key_path(target))
    return target


def open_store(path: Path) -> Store:
    return Store(open_school(path))


def actor(store: Store, username: str = "koordinators") -> Actor:
    """The signed-in person, as `auth.sign_in` makes them (without the deliberately slow
    password hash: start-up is measured to the main window, not the typing)."""
    with store.read() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise LookupError(username)
        return actor_of(user)


class MemorySecrets:
    """A SecretStore in memory (the OS keyring's part, without a keyring on a headless box)."""

    description = "benchmark memory store"

    def __init__(self, items: dict[str, bytes] | None = None) -> None:
        self.items = dict(items or {})

    def get(self, name: str) -> bytes | None:
        return self.items.get(name)

    def set(self, name: str, value: bytes) -> None:
        self.items[name] = value

    def delete(self, name: str) -> None:
        self.items.pop(name, None)


def school_secrets(path: Path) -> MemorySecrets:
    """A secret store holding the database key of `path`, as the keyring would."""
    from app.models.keys import secret_name

    return MemorySecrets({secret_name(path): read_key(path)})
