"""A director's Ed25519 signing key: private half in the SecretStore, sealed under the
director's own password (`key_wrap`); public half in the DB.

The sealed key is kept under `director-signing-key:<user id>:<school id>`, so one person's
keys for two schools' databases never mix. A key kept by an older version as its 32 raw bytes
is sealed the first time the director signs with it (the same key, so nothing changes at the
municipality). When the password no longer opens the sealed key (it was changed or reset
since), a new key is made and registered: the municipality sees a new key, as it should.

Its public key is a `SigningKey` row, which check-db (and the municipality) use to
verify every approval. The fingerprint is what is printed on the plan: 160 bits of SHA-256
over the public key, base32, eight groups of four characters.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import School, SigningKey
from app.models.base import utcnow
from app.secrets import SecretStore
from app.services.approvals.key_wrap import KeyNotOpened, is_sealed, open_key, seal_key
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.users import confirm_password
from app.sync.plan_signature import director_key_fingerprint

SECRET_PREFIX = "director-signing-key"


@dataclass(frozen=True)
class KeyInfo:
    id: uuid.UUID
    user_id: uuid.UUID
    fingerprint: str  # "ABCD EFGH …", eight groups of four
    created_at: datetime
    revoked_at: datetime | None = None


def public_key_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_fingerprint(public_key: bytes) -> str:
    return director_key_fingerprint(public_key)


def secret_name(session: Session, user_id: uuid.UUID) -> str:
    school_id = session.scalar(select(School.id).order_by(School.created_at).limit(1))
    if school_id is None:
        raise NotFound("not_found", entity="school")
    return f"{SECRET_PREFIX}:{user_id}:{school_id}"


def key_info(row: SigningKey) -> KeyInfo:
    return KeyInfo(row.id, row.user_id, row.fingerprint, row.created_at, row.revoked_at)


def _stored_key(secrets: SecretStore, name: str,
                password: str) -> tuple[Ed25519PrivateKey | None, bool]:
    """The key the password opens (None when there is none, or it does not open it) and
    whether it was kept unsealed by an older version."""
    raw = secrets.get(name)
    if raw is not None and len(raw) == 32:
        return Ed25519PrivateKey.from_private_bytes(raw), True
    if raw is None or not is_sealed(raw):
        return None, False  # none yet, or not a key: a new one replaces it
    try:
        return open_key(raw, password, name), False
    except KeyNotOpened:
        return None, False  # the password changed since it was sealed


def register_key(session: Session, user_id: uuid.UUID,
                 private: Ed25519PrivateKey) -> SigningKey:
    """Store the public half of `private` as `user_id`'s signing key (the caller audits)."""
    public = public_key_bytes(private)
    row = SigningKey(user_id=user_id, public_key=public, fingerprint=key_fingerprint(public),
                     created_at=utcnow())
    session.add(row)
    session.flush()
    return row


def signing_key(session: Session, secrets: SecretStore, actor: Actor,
                password: str) -> tuple[Ed25519PrivateKey, SigningKey]:
    """The actor's private key, opened with their password (which the caller has confirmed),
    and its registered public key; made on first use.

    A key found in the SecretStore whose public half is not in this database yet (the file
    was restored, say) is registered; a revoked or missing key, or one the password does not
    open, is replaced by a new one. Runs inside the caller's write session; the new secret is
    stored before the commit, so a failed commit leaves a secret that the next call registers.
    """
    name = secret_name(session, actor.user_id)
    private, unsealed = _stored_key(secrets, name, password)
    if private is not None:
        public = public_key_bytes(private)
        row = session.scalar(select(SigningKey).where(SigningKey.public_key == public))
        if row is not None and row.user_id == actor.user_id and row.revoked_at is None:
            if unsealed:
                secrets.set(name, seal_key(private, password, name))
                audit.record(session, actor, "signing_key.seal", "signing_key", row.id,
                             fingerprint=row.fingerprint)
            return private, row
        if row is not None:
            private = None  # revoked, or someone else's: never sign with it
    if private is None:
        private = Ed25519PrivateKey.generate()
    secrets.set(name, seal_key(private, password, name))
    row = register_key(session, actor.user_id, private)
    audit.record(session, actor, "signing_key.create", "signing_key", row.id,
                 fingerprint=row.fingerprint)
    return private, row


def ensure_director_key(store: Store, secrets: SecretStore, actor: Actor,
                        password: str) -> KeyInfo:
    """The director's signing key, made and registered the first time it is needed; the
    director confirms with their password."""
    require(actor, Permission.PLAN_APPROVE)
    confirm_password(store, actor, password, "signing_key")
    with store.write() as s:
        _, row = signing_key(s, secrets, actor, password)
        return key_info(row)


def list_director_keys(store: Store, actor: Actor) -> list[KeyInfo]:
    """Every public signing key registered in this database, oldest first."""
    require(actor, Permission.PLAN_APPROVE)
    with store.read() as s:
        rows = s.scalars(select(SigningKey).order_by(SigningKey.created_at))
        return [key_info(r) for r in rows]
