"""Schools on the hub: enrol from a request file, issue trust documents, revoke keys, rotate
the hub's own keys (a new trust version for every school, signed by the old and new key)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound
from app.hub.hub import Hub
from app.hub.keyfile import key_path, read_key_info, require_passphrase, save_keys
from app.hub.models import HubKey, School, SchoolKey, TrustDocumentRow
from app.hub.setup import add_key_rows
from app.sync.enrolment import EnrolmentRequest, read_enrolment_request
from app.sync.keys import fingerprint, generate_encryption_key, generate_signing_key
from app.sync.trust import make_trust_document

log = logging.getLogger("pumpurs.hub")


@dataclass(frozen=True)
class Enrolled:
    school_id: str
    school_name: str
    school_fingerprint: str
    hub_fingerprint: str
    trust_version: int
    trust: bytes
    new_key: bool


def _issue_trust(hub: Hub, s: Session, school: School, previous: bool = False) -> bytes:
    identity = hub.identity(s)
    signing, encryption = hub.signing_key(s), hub.encryption_key(s)
    prev = hub.keys.signing.get(hub.keys.previous_signing or "") if previous else None
    school.trust_version += 1
    data = make_trust_document(
        municipality=identity.municipality, hub_id=identity.hub_id,
        version=school.trust_version, signing_key=signing,
        encryption_public=encryption.public_key(), url=identity.url,
        school_id=school.school_id, require_names=school.require_names,
        previous_signing_key=prev, send_free_text=school.send_free_text,
    )
    s.add(TrustDocumentRow(school_id=school.school_id, version=school.trust_version, data=data))
    return data


def hub_fingerprint(hub: Hub, s: Session) -> str:
    return fingerprint(hub.signing_key(s).public_key(), hub.encryption_key(s).public_key())


def _add_key(s: Session, request: EnrolmentRequest, now: datetime,
             replace_key: bool = False, replacing: frozenset[str] | None = None) -> bool:
    """Register the request's key; other keys of the school are revoked — only when the
    caller said so (`replace_key`): a request with the id of an enrolled school and another
    key may be an impostor's, or a second computer, and must not cut the real school off
    silently. `replacing`: the key ids the person was told would be revoked (the console's
    confirmation); other active keys than those → Conflict, nothing changed. False if the
    key is known."""
    existing = s.get(SchoolKey, (request.school_id, request.key_id))
    if existing is not None:
        if existing.revoked_at is not None:
            raise Conflict("hub.key_revoked_reenrol", key_id=request.key_id)
        return False
    active = s.scalars(select(SchoolKey).where(SchoolKey.school_id == request.school_id,
                                               SchoolKey.revoked_at.is_(None))).all()
    if replacing is not None and {k.key_id for k in active} != replacing:
        raise Conflict("hub.enrol_replace_changed", school_id=request.school_id)
    if active and not replace_key:
        raise Conflict("hub.enrol_would_replace", school_id=request.school_id,
                       old=", ".join(k.fingerprint for k in active), new=request.fingerprint)
    s.execute(update(SchoolKey).where(SchoolKey.school_id == request.school_id,
                                      SchoolKey.revoked_at.is_(None)).values(revoked_at=now))
    s.add(SchoolKey(school_id=request.school_id, key_id=request.key_id,
                    signing_public=request.signing_public,
                    encryption_public=request.encryption_public,
                    fingerprint=request.fingerprint))
    return True


def enrol_school(hub: Hub, request_bytes: bytes, *, require_names: bool = False,
                 replace_key: bool = False, send_free_text: bool = False,
                 replacing: frozenset[str] | None = None) -> Enrolled:
    """Register the school of an enrolment request (or, with `replace_key`, its new key in
    place of the old ones — exactly `replacing`, when given) and issue trust.
    `send_free_text`: the plans' free texts (goals, summaries, comments, failing subjects)
    travel; by default only structured data."""
    request = read_enrolment_request(request_bytes)
    now = datetime.now(UTC)
    with hub.store.write() as s:
        school = s.get(School, request.school_id, with_for_update=True)
        if school is None:
            school = School(school_id=request.school_id, name=request.school_name,
                            registration_number=request.registration_number,
                            municipality=request.municipality, require_names=require_names,
                            send_free_text=send_free_text, trust_version=0, applied_seq=0,
                            downlink_seq=0)
            s.add(school)
        new_key = _add_key(s, request, now, replace_key, replacing)
        s.flush()
        if new_key or school.require_names != require_names or school.trust_version == 0 \
                or school.send_free_text != send_free_text:
            school.require_names = require_names
            school.send_free_text = send_free_text
            trust = _issue_trust(hub, s, school)
        else:
            trust = latest_trust(s, school.school_id)
        log.info("enrolled school %s key %s (trust version %s)", request.school_id,
                 request.key_id, school.trust_version)
        return Enrolled(school.school_id, school.name, request.fingerprint,
                        hub_fingerprint(hub, s), school.trust_version, trust, new_key)


def latest_trust(s: Session, school_id: str) -> bytes:
    data = s.scalar(select(TrustDocumentRow.data).where(TrustDocumentRow.school_id == school_id)
                    .order_by(TrustDocumentRow.version.desc()).limit(1))
    if data is None:
        raise NotFound("hub.school_unknown", school_id=school_id)
    return bytes(data)


def revoke_key(hub: Hub, school_id: str, key_id: str | None = None) -> int:
    """Revoke one key of a school (or all of them); returns how many were revoked."""
    with hub.store.write() as s:
        if s.get(School, school_id) is None:
            raise NotFound("hub.school_unknown", school_id=school_id)
        where = [SchoolKey.school_id == school_id, SchoolKey.revoked_at.is_(None)]
        if key_id:
            where.append(SchoolKey.key_id == key_id)
        count = s.execute(update(SchoolKey).where(*where).values(revoked_at=datetime.now(UTC)))
        log.warning("revoked %s key(s) of school %s", count.rowcount, school_id)  # type: ignore[attr-defined]
        return int(count.rowcount)  # type: ignore[attr-defined]


def rotate_hub_keys(hub: Hub) -> dict[str, bytes]:
    """New hub keys; every school gets a new trust version signed by the old and new key.
    The key file is written encrypted (/2), so the passphrase must be given (checked first:
    without one nothing changes)."""
    was_plain = not read_key_info(hub.keys_dir).encrypted  # a new passphrase: strong enough
    passphrase = require_passphrase(key_path(hub.keys_dir), new=was_plain)
    hub.keys.add_signing(generate_signing_key())
    hub.keys.add_encryption(generate_encryption_key())
    save_keys(hub.keys_dir, hub.keys, passphrase)  # the file first: it keeps the old keys as well
    now = datetime.now(UTC)
    with hub.store.write() as s:
        s.execute(update(HubKey).where(HubKey.retired_at.is_(None)).values(retired_at=now))
        s.add_all(add_key_rows(hub.keys))
        s.flush()
        schools = s.scalars(select(School).order_by(School.school_id).with_for_update()).all()
        issued = {school.school_id: _issue_trust(hub, s, school, previous=True)
                  for school in schools}
    log.info("rotated the hub keys; %s trust documents issued", len(issued))
    return issued
