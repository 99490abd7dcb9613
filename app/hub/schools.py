"""What the hub knows of its schools, for the console's schools pages (the CLI's `enrol`,
`revoke` and `quarantine` act on the same rows through `enrolment` and `ingest`).

Per school: when its last upload arrived and was applied, its last downlink, its chain
heads, held bundles (ahead of a missing one) and quarantined ones (forks), versions whose
director signature does not verify, and its keys with the last upload each signed (the hub
has no devices: each computer enrols its own key, so "per device" is per key).
`preview_enrolment` reads an uploaded request and says what enrolling it would do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.hub.hub import Hub
from app.hub.models import Bundle, Downlink, Rejection, School, SchoolKey, TrustDocumentRow
from app.hub.models_records import HubSignatureCheck
from app.sync.enrolment import EnrolmentRequest, read_enrolment_request


@dataclass(frozen=True)
class SchoolSummary:
    school_id: str
    name: str
    registration_number: str
    enrolled_at: datetime
    applied_seq: int
    downlink_seq: int
    trust_version: int
    last_received: datetime | None
    last_applied: datetime | None
    last_downlink: datetime | None
    held: int
    quarantined: int
    unverified: int
    active_keys: int


@dataclass(frozen=True)
class KeyRow:
    key_id: str
    fingerprint: str
    created_at: datetime
    revoked_at: datetime | None
    last_upload_at: datetime | None = None


@dataclass(frozen=True)
class BundleRow:
    seq: int
    bundle_id: str
    status: str
    reason: str | None
    received_at: datetime
    size: int


@dataclass(frozen=True)
class SchoolDetail:
    summary: SchoolSummary
    require_names: bool
    keys: list[KeyRow]
    kept_aside: list[BundleRow]  # held and quarantined bundles
    rejections: list[tuple[datetime, str]]


@dataclass(frozen=True)
class EnrolmentPreview:
    request: EnrolmentRequest
    enrolled_name: str | None  # the school already enrolled under this id, if any
    known_key: bool  # the request's key is already registered (nothing changes)
    revoked_key: bool  # the request's key was revoked: it cannot be enrolled again
    replaced: list[KeyRow]  # the active keys enrolling this request would revoke


def _summaries(s: Session, school_id: str | None = None) -> list[SchoolSummary]:
    bundles = (select(Bundle.school_id, func.max(Bundle.received_at).label("received"),
                      func.max(Bundle.applied_at).label("applied"),
                      func.count().filter(Bundle.status == "held").label("held"),
                      func.count().filter(Bundle.status == "quarantined").label("forks"))
               .group_by(Bundle.school_id).subquery())
    downlinks = (select(Downlink.school_id, func.max(Downlink.created_at).label("made"))
                 .group_by(Downlink.school_id).subquery())
    failing = (select(HubSignatureCheck.school_id, func.count().label("n"))
               .where(HubSignatureCheck.verified.is_(False))
               .group_by(HubSignatureCheck.school_id).subquery())
    keys = (select(SchoolKey.school_id, func.count().label("n"))
            .where(SchoolKey.revoked_at.is_(None)).group_by(SchoolKey.school_id).subquery())
    query = (select(School, bundles.c.received, bundles.c.applied, bundles.c.held,
                    bundles.c.forks, downlinks.c.made, failing.c.n, keys.c.n)
             .outerjoin(bundles, bundles.c.school_id == School.school_id)
             .outerjoin(downlinks, downlinks.c.school_id == School.school_id)
             .outerjoin(failing, failing.c.school_id == School.school_id)
             .outerjoin(keys, keys.c.school_id == School.school_id)
             .order_by(School.name, School.school_id))
    if school_id is not None:
        query = query.where(School.school_id == school_id)
    return [SchoolSummary(school.school_id, school.name, school.registration_number,
                          school.enrolled_at, school.applied_seq, school.downlink_seq,
                          school.trust_version, received, applied, made, held or 0,
                          forks or 0, unverified or 0, active or 0)
            for school, received, applied, held, forks, made, unverified, active
            in s.execute(query)]


def list_schools(hub: Hub) -> list[SchoolSummary]:
    with hub.store.read() as s:
        return _summaries(s)


def _keys(s: Session, school_id: str) -> list[KeyRow]:
    return [KeyRow(k.key_id, k.fingerprint, k.created_at, k.revoked_at, k.last_upload_at)
            for k in s.scalars(
        select(SchoolKey).where(SchoolKey.school_id == school_id)
        .order_by(SchoolKey.created_at.desc(), SchoolKey.key_id))]


def read_school(hub: Hub, school_id: str) -> SchoolDetail:
    with hub.store.read() as s:
        found = _summaries(s, school_id)
        school = s.get(School, school_id)
        if not found or school is None:
            raise NotFound("hub.school_unknown", school_id=school_id)
        aside = [BundleRow(int(b.seq), b.bundle_id, b.status, b.reason, b.received_at, b.size)
                 for b in s.execute(
                     select(Bundle.seq, Bundle.bundle_id, Bundle.status, Bundle.reason,
                            Bundle.received_at, Bundle.size)
                     .where(Bundle.school_id == school_id,
                            Bundle.status.in_(("held", "quarantined")))
                     .order_by(Bundle.seq, Bundle.id).limit(200))]
        rejections = [(r.received_at, r.reason) for r in s.execute(
            select(Rejection.received_at, Rejection.reason)
            .where(Rejection.school_id == school_id)
            .order_by(Rejection.id.desc()).limit(20))]
        return SchoolDetail(found[0], school.require_names, _keys(s, school_id), aside,
                            rejections)


def trust_document(hub: Hub, school_id: str) -> tuple[int, bytes]:
    """The school's newest trust document (version, bytes), as `enrol --out` writes it."""
    with hub.store.read() as s:
        row = s.execute(select(TrustDocumentRow.version, TrustDocumentRow.data)
                        .where(TrustDocumentRow.school_id == school_id)
                        .order_by(TrustDocumentRow.version.desc()).limit(1)).first()
    if row is None:
        raise NotFound("hub.school_unknown", school_id=school_id)
    return int(row[0]), bytes(row[1])


def preview_enrolment(hub: Hub, request_bytes: bytes) -> EnrolmentPreview:
    """Read (and check) an enrolment request; say what `enrol_school` would do with it."""
    request = read_enrolment_request(request_bytes)
    with hub.store.read() as s:
        school = s.get(School, request.school_id)
        own = s.get(SchoolKey, (request.school_id, request.key_id))
        active = [k for k in _keys(s, request.school_id)
                  if k.revoked_at is None and k.key_id != request.key_id]
    return EnrolmentPreview(request, school.name if school else None, own is not None,
                            own is not None and own.revoked_at is not None,
                            active if own is None else [])
