"""The open school database as use cases see it: short sessions, all-or-nothing writes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.key_slots import KeySlots
from app.models.database import create_school_database, open_school_database
from app.secrets import SecretStore


class Store:
    """Hands out one short session per use case. `write()` commits everything or nothing.

    `key_slots`: in the per-machine mode, the unlocked key-slot file the database was opened
    with; the account use cases add, re-wrap and remove users' slots in it."""

    def __init__(self, engine: Engine, key_slots: KeySlots | None = None) -> None:
        self.engine = engine
        self.key_slots = key_slots
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @property
    def path(self) -> Path | None:
        """The database file (None for an in-memory database)."""
        name = self.engine.url.database
        return Path(name) if name and name != ":memory:" else None

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, secrets: SecretStore | None, *, plaintext: bool = False) -> Store:
    """The existing school database at `path`, migrated to the newest schema (see
    `app.models.database.open_school_database` for every refusal)."""
    slots = secrets if isinstance(secrets, KeySlots) else None
    return Store(open_school_database(path, secrets, plaintext=plaintext), slots)


def create_store(path: Path, secrets: SecretStore) -> Store:
    """A new encrypted database at `path`, its key in `secrets`, for a throw-away school
    (demo, screenshots): the recovery key is not shown to anyone. A real school is made
    by `app.services.school.creation.create_school`."""
    return Store(create_school_database(path, secrets).engine)
