"""Signing in to the per-machine database, which is not open yet: the person's key slot is
unwrapped with their password, the database is opened with the key, and then the normal
sign-in (password check, lock-out, audit) runs inside it.

A wrong password or an unknown user name fails at the slot with the same "auth.failed" as
inside. Those failures cannot be counted towards the lock-out (the database is not open
yet); argon2id makes each guess slow instead.
"""

from __future__ import annotations

from pathlib import Path

from app.key_slots import KeySlots, slots_path
from app.services.core.actor import Actor
from app.services.core.store import Store, open_store
from app.services.users.auth import sign_in
from app.services.users.rules import normalise_username


class MachineSignIn:
    """Call it with user name and password (as the sign-in window does); afterwards
    `store` is the open database and `slots` its unlocked key-slot file."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self.store: Store | None = None
        self.slots: KeySlots | None = None

    def __call__(self, username: str, password: str) -> Actor:
        name = normalise_username(username)
        slots = KeySlots.unlock(slots_path(self.database), name, password)
        store = self.store or open_store(self.database, slots)
        try:
            actor = sign_in(store, name, password)
        except BaseException:
            if store is not self.store:
                store.close()
            raise
        self.store, self.slots = store, slots
        return actor

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
