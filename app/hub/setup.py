"""`init_hub`: create the store, the hub's identity and its first keys."""

from __future__ import annotations

import uuid
from pathlib import Path

from app.errors import SyncError
from app.hub.db import HubStore, open_engine
from app.hub.hub import Hub
from app.hub.keyfile import (
    HubKeyError,
    HubKeys,
    key_path,
    keys_dir,
    require_passphrase,
    save_keys,
)
from app.hub.migrate import upgrade_to_head
from app.hub.models import HubIdentity, HubKey
from app.sync.enrolment import check_text
from app.sync.envelope_manifest import SENDER_ID
from app.sync.keys import generate_encryption_key, generate_signing_key, public_text
from app.sync.trust import check_url


def add_key_rows(hub_keys: HubKeys) -> list[HubKey]:
    sign, enc = hub_keys.signing_key, hub_keys.encryption_key
    return [
        HubKey(key_id=hub_keys.current_signing, purpose="signing",
               public=public_text(sign.public_key())),
        HubKey(key_id=hub_keys.current_encryption, purpose="encryption",
               public=public_text(enc.public_key())),
    ]


def init_hub(db: str, keys: str | Path | None = None, *, municipality: str, url: str,
             hub_id: str | None = None, plaintext_keys: bool = False) -> Hub:
    """A new hub: schema at head, identity, keys (file 0600, sealed under the passphrase of
    `keyfile.hub_passphrase`; without one nothing is created). Refuses to overwrite keys.
    `plaintext_keys` (tests, development): a key file that is not encrypted."""
    hub_id = hub_id or f"hub-{uuid.uuid4().hex[:12]}"
    if not SENDER_ID.fullmatch(hub_id):
        raise SyncError("sync.trust_field_invalid", kind="malformed", field="hub_id")
    check_text(municipality, "trust", "municipality")
    check_url(url)
    directory = keys_dir(db, keys)
    if key_path(directory).exists():
        raise HubKeyError("hub.keys_exist", path=str(key_path(directory)))
    passphrase = None if plaintext_keys else require_passphrase(key_path(directory), new=True)
    engine = open_engine(db)
    try:
        upgrade_to_head(engine)
        store = HubStore(engine)
        with store.read() as session:
            if session.get(HubIdentity, 1) is not None:
                raise HubKeyError("hub.already_initialised")
        hub_keys = HubKeys()
        hub_keys.add_signing(generate_signing_key())
        hub_keys.add_encryption(generate_encryption_key())
        save_keys(directory, hub_keys, passphrase, plaintext=plaintext_keys)
        with store.write() as session:
            session.add(HubIdentity(id=1, hub_id=hub_id, municipality=municipality, url=url))
            session.add_all(add_key_rows(hub_keys))
    except BaseException:
        engine.dispose()
        raise
    return Hub(store, hub_keys, directory)
