"""`Hub`: the store, the identity and the current keys, opened once per process.

The database says which keys are current (the `hub_key` rows without `retired_at`); the key
file holds the private parts of every key the hub has had. So a crash between writing the key
file and committing a rotation leaves the hub on its old keys, consistent.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.hub.db import HubStore, open_engine
from app.hub.keyfile import HubKeyError, HubKeys, keys_dir, load_keys
from app.hub.migrate import require_head, upgrade_to_head
from app.hub.models import HubIdentity, HubKey


class HubNotInitialised(AppError):
    """The database has no hub identity yet: run `pumpurs-hub init`."""


@dataclass(frozen=True)
class Identity:
    hub_id: str
    municipality: str
    url: str


@dataclass
class Hub:
    store: HubStore
    keys: HubKeys
    keys_dir: Path

    def identity(self, session: Session) -> Identity:
        row = session.get(HubIdentity, 1)
        if row is None:
            raise HubNotInitialised("hub.not_initialised")
        return Identity(row.hub_id, row.municipality, row.url)

    def _current(self, session: Session, purpose: str) -> str:
        kid = session.scalar(
            select(HubKey.key_id).where(HubKey.purpose == purpose, HubKey.retired_at.is_(None))
            .order_by(HubKey.created_at.desc()).limit(1)
        )
        if kid is None:
            raise HubNotInitialised("hub.not_initialised")
        return kid

    def signing_key(self, session: Session) -> Ed25519PrivateKey:
        kid = self._current(session, "signing")
        if kid not in self.keys.signing:
            raise HubKeyError("hub.key_not_in_file", key_id=kid, path=str(self.keys_dir))
        return self.keys.signing[kid]

    def encryption_key(self, session: Session) -> X25519PrivateKey:
        kid = self._current(session, "encryption")
        if kid not in self.keys.encryption:
            raise HubKeyError("hub.key_not_in_file", key_id=kid, path=str(self.keys_dir))
        return self.keys.encryption[kid]

    def close(self) -> None:
        self.store.dispose()


def open_hub(db: str, keys: str | Path | None = None, *, migrate: bool = True) -> Hub:
    """Open an initialised hub: migrate its store to head and load its private keys. With
    `migrate=False` (the service's workers) the store must already be at head
    (`pumpurs-hub migrate`): a worker never changes the schema."""
    directory = keys_dir(db, keys)
    engine = open_engine(db)
    try:
        if migrate:
            upgrade_to_head(engine)
        else:
            require_head(engine)
        hub = Hub(HubStore(engine), load_keys(directory), directory)
        with hub.store.read() as session:
            hub.identity(session)
    except BaseException:
        engine.dispose()
        raise
    return hub
