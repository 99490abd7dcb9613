"""The schools' records on the hub, keyed by (school_id, record id).

`hub_record` keeps every record exactly as applied (its JSON, or a tombstone), whatever its
entity. The other tables are typed projections of the entities the aggregates read (see
`app.hub.apply` for the fields); a tombstone deletes the projected row. Pupils are
pseudonymous: names and personal codes are stored only for schools enrolled with
`require_names`.

Every join between them is on (school_id, id): the indexes for the joins start with
school_id, so SQLite picks them even without table statistics (with a plain `version_id`
index it preferred the primary key's school_id prefix and read every measure of a school
for every plan — 7 s instead of 0.1 s for a semester report).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.hub.models import SCHOOL_ID, HubBase

ID = String(36)


class Record(HubBase):
    __tablename__ = "hub_record"
    school_id: Mapped[str] = mapped_column(SCHOOL_ID, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, primary_key=True)
    data: Mapped[str | None] = mapped_column(Text)  # canonical JSON; NULL for a tombstone
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_at: Mapped[datetime]
    bundle_seq: Mapped[int] = mapped_column(BigInteger)


class _Row:
    school_id: Mapped[str] = mapped_column(SCHOOL_ID, primary_key=True)
    id: Mapped[str] = mapped_column(ID, primary_key=True)


class HubStudent(_Row, HubBase):
    __tablename__ = "hub_student"
    status: Mapped[str | None] = mapped_column(String(20))
    grade: Mapped[int | None] = mapped_column(Integer)
    programme: Mapped[str | None] = mapped_column(String(20))
    first_name: Mapped[str | None] = mapped_column(String(80))
    last_name: Mapped[str | None] = mapped_column(String(80))
    personal_code: Mapped[str | None] = mapped_column(String(12))


class HubAssessment(_Row, HubBase):
    __tablename__ = "hub_assessment"
    student_id: Mapped[str | None] = mapped_column(ID, index=True)
    semester: Mapped[str | None] = mapped_column(String(12), index=True)
    assessed_on: Mapped[date | None]
    created_at: Mapped[datetime | None]
    absence_pct: Mapped[str | None] = mapped_column(String(32))
    unjustified_lessons: Mapped[int] = mapped_column(Integer, default=0)
    failing_marks: Mapped[int] = mapped_column(Integer, default=0)
    conduct_incidents: Mapped[int] = mapped_column(Integer, default=0)
    level_learning: Mapped[int | None] = mapped_column(Integer)
    level_social_health: Mapped[int | None] = mapped_column(Integer)
    level_economic: Mapped[int | None] = mapped_column(Integer)
    level_family: Mapped[int | None] = mapped_column(Integer)


class HubFinding(_Row, HubBase):
    __tablename__ = "hub_finding"
    __table_args__ = (Index("ix_hub_finding_school_assessment", "school_id", "assessment_id"),)
    assessment_id: Mapped[str | None] = mapped_column(ID)
    category: Mapped[str | None] = mapped_column(String(20))
    sign_code: Mapped[str | None] = mapped_column(String(60))
    severity: Mapped[int] = mapped_column(Integer, default=0)


class HubPlan(_Row, HubBase):
    __tablename__ = "hub_plan"
    # the console's queue counts every plan by its current version: read from this index
    # alone (no row lookups), then the version from the next one
    __table_args__ = (Index("ix_hub_plan_queue", "school_id", "id", "current_version",
                            "semester"),)
    student_id: Mapped[str | None] = mapped_column(ID, index=True)
    semester: Mapped[str | None] = mapped_column(String(12), index=True)
    status: Mapped[str | None] = mapped_column(String(20))
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    assessment_id: Mapped[str | None] = mapped_column(ID)


class HubPlanVersion(_Row, HubBase):
    __tablename__ = "hub_plan_version"
    # a plan's versions; also covers the queue's "current version and its status" lookup
    __table_args__ = (Index("ix_hub_plan_version_current", "school_id", "plan_id", "number",
                            "status", "id"),)
    plan_id: Mapped[str | None] = mapped_column(ID)
    number: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str | None] = mapped_column(String(20))
    submitted_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    decision_comment: Mapped[str | None] = mapped_column(Text)
    signature: Mapped[str | None] = mapped_column(String(200))
    signer_fingerprint: Mapped[str | None] = mapped_column(String(80))
    summary: Mapped[str | None] = mapped_column(Text)


class HubMeasure(_Row, HubBase):
    __tablename__ = "hub_measure"
    __table_args__ = (Index("ix_hub_measure_school_version", "school_id", "version_id"),)
    version_id: Mapped[str | None] = mapped_column(ID)
    measure_type_code: Mapped[str | None] = mapped_column(String(60))
    unit: Mapped[str | None] = mapped_column(String(10))
    specialist_type: Mapped[str | None] = mapped_column(String(40))
    planned_minutes: Mapped[int] = mapped_column(BigInteger, default=0)
    planned_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    rate_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    cost_cents: Mapped[int] = mapped_column(BigInteger, default=0)


class HubDelivery(_Row, HubBase):
    """Consultation and expense totals per pupil, semester and specialist or measure type."""

    __tablename__ = "hub_delivery"
    student_id: Mapped[str | None] = mapped_column(ID)
    plan_id: Mapped[str | None] = mapped_column(ID)
    semester: Mapped[str | None] = mapped_column(String(12), index=True)
    kind: Mapped[str | None] = mapped_column(String(20))  # consultation | expense
    code: Mapped[str | None] = mapped_column(String(60))
    sessions: Mapped[int] = mapped_column(BigInteger, default=0)
    minutes: Mapped[int] = mapped_column(BigInteger, default=0)
    cents: Mapped[int] = mapped_column(BigInteger, default=0)
    value_cents: Mapped[int] = mapped_column(BigInteger, default=0)


class HubDirectorKey(HubBase):
    """A school director's public signing key as the hub first received it (in a bundle
    signed by the school): never replaced, so a signature by a key put in its place later
    does not verify; a revocation is kept, the earliest one."""

    __tablename__ = "hub_director_key"
    school_id: Mapped[str] = mapped_column(SCHOOL_ID, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(80), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519, base64url
    user_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    bundle_seq: Mapped[int] = mapped_column(BigInteger)


class HubSignatureCheck(HubBase):
    """The hub's check of one approved version's director signature, made at ingest:
    verified, or the message key of why not (`app.hub.signature_check`)."""

    __tablename__ = "hub_signature_check"
    school_id: Mapped[str] = mapped_column(SCHOOL_ID, primary_key=True)
    version_id: Mapped[str] = mapped_column(ID, primary_key=True)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(String(60))
    checked_at: Mapped[datetime]
