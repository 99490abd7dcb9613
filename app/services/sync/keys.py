"""The school's sync keys: an Ed25519 signing key and an X25519 key, made once per school.

The private halves live in the SecretStore under names fixed by their key ids
(`sync-signing:<key id>`, `sync-encryption:<key id>`); the database keeps only the public
halves (`SyncIdentity`). Who may run sync: a person with `Permission.SYNC_RUN` (the
coordinator), or `SYSTEM_ACTOR` — the command line and the background run, which already
hold the database key.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, SyncError, SyncErrorKind
from app.models import School, SyncIdentity
from app.secrets import SecretStore
from app.services.core import audit
from app.services.core.actor import SYSTEM_ACTOR, Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.sync.keys import (
    b64url_decode,
    fingerprint,
    generate_encryption_key,
    generate_signing_key,
    key_id,
    load_encryption_key,
    load_signing_key,
    private_bytes,
    public_text,
)


@dataclass(frozen=True)
class SchoolKeys:
    school_id: uuid.UUID
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @property
    def sender_id(self) -> str:
        return str(self.school_id)

    @property
    def signing_key_id(self) -> str:
        return key_id(self.signing.public_key())


@dataclass(frozen=True)
class IdentityInfo:
    school_id: uuid.UUID
    signing_key_id: str
    encryption_key_id: str
    fingerprint: str  # groups of four, read over the phone


def require_sync(actor: Actor) -> None:
    if actor != SYSTEM_ACTOR:
        require(actor, Permission.SYNC_RUN)


def signing_secret(kid: str) -> str:
    return f"sync-signing:{kid}"


def encryption_secret(kid: str) -> str:
    return f"sync-encryption:{kid}"


def _info(row: SyncIdentity) -> IdentityInfo:
    fp = fingerprint(b64url_decode(row.signing_public), b64url_decode(row.encryption_public))
    return IdentityInfo(row.school_id, row.signing_key_id, row.encryption_key_id, fp)


def the_school(session: Session) -> School:
    school = session.scalar(select(School).order_by(School.created_at).limit(1))
    if school is None:
        raise NotFound("sync_school.no_school")
    return school


def identity_row(session: Session) -> SyncIdentity | None:
    return session.scalar(select(SyncIdentity).limit(1))


def ensure_identity(store: Store, secrets: SecretStore, actor: Actor) -> IdentityInfo:
    """The school's sync identity, making its two keys the first time."""
    require_sync(actor)
    with store.read() as s:
        row = identity_row(s)
        if row is not None:
            load_school_keys(s, secrets)  # the private halves must still be there
            return _info(row)
    signing, encryption = generate_signing_key(), generate_encryption_key()
    sid, eid = key_id(signing.public_key()), key_id(encryption.public_key())
    # Secrets first: a crash before the commit leaves only unused secrets, never a row
    # that names keys which do not exist.
    secrets.set(signing_secret(sid), private_bytes(signing))
    secrets.set(encryption_secret(eid), private_bytes(encryption))
    with store.write() as s:
        if identity_row(s) is not None:  # made meanwhile by another window
            raise SyncError("sync_school.identity_exists", kind=SyncErrorKind.CONFLICT)
        school = the_school(s)
        row = SyncIdentity(
            school_id=school.id, signing_public=public_text(signing.public_key()),
            signing_key_id=sid, encryption_public=public_text(encryption.public_key()),
            encryption_key_id=eid,
        )
        s.add(row)
        s.flush()
        audit.record(s, actor, "sync.keys_created", "sync_identity", school.id,
                     signing_key_id=sid, encryption_key_id=eid)
        return _info(row)


def load_school_keys(session: Session, secrets: SecretStore) -> SchoolKeys:
    """The private keys named by the identity row; SyncError if not enrolled or keys missing."""
    row = identity_row(session)
    if row is None:
        raise SyncError("sync_school.not_enrolled", kind=SyncErrorKind.NOT_ENROLLED)
    signing_raw = secrets.get(signing_secret(row.signing_key_id))
    encryption_raw = secrets.get(encryption_secret(row.encryption_key_id))
    if signing_raw is None or encryption_raw is None:
        raise SyncError("sync_school.keys_missing", kind=SyncErrorKind.KEYS_MISSING,
                        store=secrets.description, key_id=row.signing_key_id)
    keys = SchoolKeys(row.school_id, load_signing_key(signing_raw),
                      load_encryption_key(encryption_raw))
    if keys.signing_key_id != row.signing_key_id or \
            key_id(keys.encryption.public_key()) != row.encryption_key_id:
        raise SyncError("sync_school.keys_missing", kind=SyncErrorKind.KEYS_MISSING,
                        store=secrets.description, key_id=row.signing_key_id)
    return keys
