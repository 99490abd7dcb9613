"""The hub's own tables (its own MetaData, never the school app's): identity, keys, schools,
trust documents, bundles, receipts, decisions, downlinks and the log of rejections.

Exactly-once and order rest on constraints, not on checks alone: `hub_bundle.bundle_id` is
UNIQUE (two identical uploads at the same moment make one row), and so is
(`school_id`, `chain_seq`) — `chain_seq` is the seq of a bundle in the school's chain (applied
or held) and NULL for a quarantined fork, so a fork never takes a place in the chain.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.hub.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SCHOOL_ID = String(36)


class HubBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}


class HubIdentity(HubBase):
    """One row: who this hub is and where schools reach it."""

    __tablename__ = "hub_identity"
    id: Mapped[int] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(128))
    municipality: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HubKey(HubBase):
    """A public key of the hub; its private part is in the key file, never here."""

    __tablename__ = "hub_key"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16))  # signing | encryption
    public: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[datetime | None]


class School(HubBase):
    __tablename__ = "hub_school"
    school_id: Mapped[str] = mapped_column(SCHOOL_ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    registration_number: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(200))
    require_names: Mapped[bool] = mapped_column(Boolean, default=False)
    # the plans' free texts travel (its trust document's `send_free_text`; revision 0008)
    send_free_text: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    applied_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    applied_manifest_sha256: Mapped[str | None] = mapped_column(String(64))
    downlink_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    downlink_manifest_sha256: Mapped[str | None] = mapped_column(String(64))
    trust_version: Mapped[int] = mapped_column(Integer, default=0)


class SchoolKey(HubBase):
    __tablename__ = "hub_school_key"
    school_id: Mapped[str] = mapped_column(SCHOOL_ID, primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    signing_public: Mapped[str] = mapped_column(String(64))
    encryption_public: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
    # the last upload signed with this key (each computer enrols its own key: per device)
    last_upload_at: Mapped[datetime | None]


class TrustDocumentRow(HubBase):
    __tablename__ = "hub_trust_document"
    school_id: Mapped[str] = mapped_column(SCHOOL_ID, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)


class Bundle(HubBase):
    """A stored upload: its exact bytes and their SHA-256 never change once written."""

    __tablename__ = "hub_bundle"
    __table_args__ = (UniqueConstraint("school_id", "chain_seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    school_id: Mapped[str] = mapped_column(SCHOOL_ID, index=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    chain_seq: Mapped[int | None] = mapped_column(BigInteger)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    prev_manifest_sha256: Mapped[str | None] = mapped_column(String(64))
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16))  # applied | held | quarantined
    reason: Mapped[str | None] = mapped_column(String(100))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    applied_at: Mapped[datetime | None]


class Receipt(HubBase):
    """What the hub tells a school about one of its bundles; sent in the next downlink."""

    __tablename__ = "hub_receipt"
    __table_args__ = (Index("ix_hub_receipt_pending", "school_id", "downlink_seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    school_id: Mapped[str] = mapped_column(SCHOOL_ID)
    bundle_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    downlink_seq: Mapped[int | None] = mapped_column(BigInteger)


class Decision(HubBase):
    """The coordinator's decision on one plan version; one per version."""

    __tablename__ = "hub_decision"
    __table_args__ = (Index("ix_hub_decision_pending", "school_id", "downlink_seq"),)
    decision_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    school_id: Mapped[str] = mapped_column(SCHOOL_ID)
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    plan_version_id: Mapped[str] = mapped_column(String(36), unique=True)
    outcome: Mapped[str] = mapped_column(String(16))  # accepted | returned
    comment: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(80))  # a console user; NULL: CLI
    downlink_seq: Mapped[int | None] = mapped_column(BigInteger)


class Downlink(HubBase):
    __tablename__ = "hub_downlink"
    school_id: Mapped[str] = mapped_column(SCHOOL_ID, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Rejection(HubBase):
    """The log of refused uploads (nothing of them is stored but this line)."""

    __tablename__ = "hub_rejection"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    school_id: Mapped[str | None] = mapped_column(String(128))
    bundle_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(32))
    reason_key: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64))
