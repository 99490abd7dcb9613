"""The school's side of the sync: its identity, the municipality's trust, bundles, downlinks.

None of these rows is `Syncable` (they describe the sync itself and never travel).
- `SyncIdentity`: the one row naming the school's sync keys (private halves in SecretStore).
- `TrustRecord`: every imported trust document, kept whole; the highest version is current.
- `SyncBundle`: a built school-upload bundle, its exact bytes (never changed) and its state.
- `DownlinkRecord`: each applied hub-downlink bundle (seq + manifest hash, for rollback).
- `MunicipalityDecision`: the municipality's accepted / returned decision on a plan version.
- `SyncConflict`: a decision that could not be applied safely, for a person to resolve.
- `SyncPlanTotal`: each consultation / expense total (per plan, kind and code) as last put
  into a bundle, by its record id and a digest of its data, with its pupil (the unit that
  an incremental build recomputes).
- `SyncTotalSource`: the pupil each consultation / expense was last counted for, so that a
  deleted one still names the pupil whose totals must be recomputed.
- `SyncTotalBasis`: a digest of what the totals also depend on (semester dates, year labels,
  hourly rates, measure type codes); when it differs, every total is recomputed.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, StoredValue, utcnow
from app.models.enums import BundleState, DecisionOutcome


class SyncIdentity(Base):
    __tablename__ = "sync_identity"

    school_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    signing_public: Mapped[str] = mapped_column(String(64))  # base64url Ed25519
    signing_key_id: Mapped[str] = mapped_column(String(16))
    encryption_public: Mapped[str] = mapped_column(String(64))  # base64url X25519
    encryption_key_id: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_attempt_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(Text, default="")
    # the audit trail's head as put into the last bundle built (security finding 7): the
    # next bundle proves the trail still holds it, and check-db checks it is still there
    audit_head_seq: Mapped[int | None]
    audit_head_hash: Mapped[str | None] = mapped_column(String(64))


class TrustRecord(Base):
    __tablename__ = "sync_trust"

    version: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    document: Mapped[bytes] = mapped_column(LargeBinary)
    municipality: Mapped[str] = mapped_column(String(200))
    hub_id: Mapped[str] = mapped_column(String(128))
    hub_signing_public: Mapped[str] = mapped_column(String(64))
    hub_signing_key_id: Mapped[str] = mapped_column(String(16))
    hub_encryption_public: Mapped[str] = mapped_column(String(64))
    previous_signing_public: Mapped[str | None] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(String(500))
    require_names: Mapped[bool] = mapped_column(default=False)
    issued_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncBundle(Base):
    """States (`BundleState`): built → sent → acknowledged | held | rejected | conflict."""

    __tablename__ = "sync_bundle"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the manifest's bundle_id
    seq: Mapped[int] = mapped_column(unique=True)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    prev_manifest_sha256: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    counts: Mapped[str] = mapped_column(Text)  # canonical JSON {entity: n}
    state: Mapped[BundleState] = mapped_column(StoredValue(BundleState, 16),
                                               default=BundleState.BUILT, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(Text, default="")
    receipt_status: Mapped[str | None] = mapped_column(String(16))
    receipt_reason: Mapped[str | None] = mapped_column(Text)
    receipt_received_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]


class DownlinkRecord(Base):
    __tablename__ = "sync_downlink"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    bundle_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    receipts: Mapped[int] = mapped_column(default=0)
    decisions: Mapped[int] = mapped_column(default=0)
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class MunicipalityDecision(Base):
    __tablename__ = "municipality_decision"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the hub's decision_id
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_plan.id"), index=True)
    plan_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_version.id"))
    outcome: Mapped[DecisionOutcome] = mapped_column(StoredValue(DecisionOutcome, 16))
    comment: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime]
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncConflict(IdMixin, Base):
    __tablename__ = "sync_conflict"

    decision_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    plan_id: Mapped[uuid.UUID] = mapped_column(index=True)
    plan_version_id: Mapped[uuid.UUID]
    outcome: Mapped[DecisionOutcome] = mapped_column(StoredValue(DecisionOutcome, 16))
    comment: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(80))  # a message key: why it was not applied
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    resolution: Mapped[str] = mapped_column(String(16), default="")


class SyncPlanTotal(Base):
    __tablename__ = "sync_plan_total"

    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # a `delivery_total` id
    digest: Mapped[str] = mapped_column(String(64))
    student_id: Mapped[uuid.UUID | None] = mapped_column(index=True)  # None: before 0005


class SyncTotalSource(Base):
    __tablename__ = "sync_total_source"

    source_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # consultation / expense
    student_id: Mapped[uuid.UUID]


class SyncTotalBasis(Base):
    __tablename__ = "sync_total_basis"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # always 1
    digest: Mapped[str] = mapped_column(String(64))
