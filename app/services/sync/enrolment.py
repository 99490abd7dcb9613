"""Enrolment: the request file the school hands to the municipality, and its trust document.

- `enrolment_request` makes the school's keys if needed and returns the signed request file
  with the fingerprint the coordinator reads over the phone.
- `import_trust` accepts the municipality's trust document only if it is for this school,
  signed by its hub key and newer than the one in use (an older or equal version is refused:
  rollback); it is kept whole, so it can be verified again at every sync.
- `current_trust` re-reads the document in use; an expired one stops the sync with a sentence
  that asks for a new document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import SyncError, SyncErrorKind
from app.models import TrustRecord
from app.secrets import SecretStore
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.sync.keys import (
    ensure_identity,
    identity_row,
    require_sync,
    signing_secret,
    the_school,
)
from app.sync.enrolment import make_enrolment_request
from app.sync.keys import load_recipient_key, load_signing_key
from app.sync.trust import TrustDocument, read_trust_document


@dataclass(frozen=True)
class EnrolmentFile:
    data: bytes
    school_id: str
    fingerprint: str


@dataclass(frozen=True)
class TrustInfo:
    version: int
    municipality: str
    hub_id: str
    url: str
    require_names: bool
    expires_at: datetime
    fingerprint: str  # the hub's keys, groups of four
    send_free_text: bool = False  # the plans' free texts travel to the municipality


def _trust_info(trust: TrustDocument) -> TrustInfo:
    return TrustInfo(trust.version, trust.municipality, trust.hub_id, trust.url,
                     trust.require_names, trust.expires_at, trust.fingerprint,
                     trust.send_free_text)


def enrolment_request(store: Store, secrets: SecretStore, actor: Actor) -> EnrolmentFile:
    identity = ensure_identity(store, secrets, actor)
    with store.read() as s:
        school = the_school(s)
        row = identity_row(s)
        assert row is not None
        raw = secrets.get(signing_secret(row.signing_key_id))
        assert raw is not None  # ensure_identity checked it
        data = make_enrolment_request(
            school_id=row.school_id, school_name=school.name,
            registration_number=school.registration_number or "-",
            municipality=school.municipality or "-", signing_key=load_signing_key(raw),
            encryption_public=load_recipient_key(row.encryption_public),
        )
    return EnrolmentFile(data, str(identity.school_id), identity.fingerprint)


def stored_trust(session: Session) -> TrustRecord | None:
    return session.scalar(select(TrustRecord).order_by(TrustRecord.version.desc()).limit(1))


def current_trust(session: Session, now: datetime | None = None) -> TrustDocument:
    """The trust document in use, verified again; SyncError when there is none or it expired."""
    row = stored_trust(session)
    if row is None:
        raise SyncError("sync_school.no_trust", kind=SyncErrorKind.NOT_ENROLLED)
    return read_trust_document(row.document, current=None, now=now or datetime.now(UTC))


def trust_info(store: Store) -> TrustInfo | None:
    with store.read() as s:
        row = stored_trust(s)
        if row is None:
            return None
        trust = read_trust_document(row.document, current=None, now=row.imported_at)
        return _trust_info(trust)


def import_trust(store: Store, actor: Actor, data: bytes,
                 now: datetime | None = None) -> TrustInfo:
    """Verify and keep the municipality's trust document (see the module docstring)."""
    require_sync(actor)
    moment = now or datetime.now(UTC)
    with store.write() as s:
        identity = identity_row(s)
        if identity is None:
            raise SyncError("sync_school.not_enrolled", kind=SyncErrorKind.NOT_ENROLLED)
        previous = stored_trust(s)
        current = None if previous is None else read_trust_document(
            previous.document, current=None, now=previous.imported_at)
        trust = read_trust_document(data, current=current, now=moment,
                                    school_id=str(identity.school_id))
        s.add(TrustRecord(
            version=trust.version, document=bytes(data), municipality=trust.municipality,
            hub_id=trust.hub_id, hub_signing_public=trust.hub_signing_public,
            hub_signing_key_id=trust.hub_signing_key_id,
            hub_encryption_public=trust.hub_encryption_public,
            previous_signing_public=trust.previous_signing_public, url=trust.url,
            require_names=trust.require_names, issued_at=trust.issued_at,
            expires_at=trust.expires_at, imported_at=moment,
        ))
        s.flush()
        audit.record(s, actor, "sync.trust_imported", "sync_trust", str(trust.version),
                     hub_id=trust.hub_id, version=trust.version, url=trust.url,
                     require_names=trust.require_names,
                     send_free_text=trust.send_free_text)
        return _trust_info(trust)
