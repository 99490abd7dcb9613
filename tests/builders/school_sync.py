"""A school enrolled with a test hub: real keys, a real trust document, hub-signed downlinks.

`TestHub` plays the municipality with the real protocol (app.sync.trust, app.sync.envelope):
it issues trust documents, opens the school's uploads and signs downlink bundles.
The `enrolled` fixture gives a school database whose sync keys live in an in-memory keyring.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from app.models import PlanGoal, PlanVersion, SupportPlan, SyncIdentity
from app.models.enums import PlanStatus
from app.secrets import KeyringSecretStore
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.sync.enrolment import enrolment_request, import_trust
from app.sync.envelope import build_bundle, open_payload, read_bundle
from app.sync.keys import generate_encryption_key, generate_signing_key, key_id, load_verify_key
from app.sync.trust import make_trust_document
from app.sync.values import encode_datetime
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.school import SchoolFixture

HUB_ID = "hub-dienvidkurzeme"


@dataclass
class TestHub:
    signing: Ed25519PrivateKey = field(default_factory=generate_signing_key)
    encryption: X25519PrivateKey = field(default_factory=generate_encryption_key)
    hub_id: str = HUB_ID
    seq: int = 0
    prev: str | None = None

    __test__ = False  # not a pytest test class

    def trust(self, school_id: uuid.UUID | str, version: int = 1, *,
              require_names: bool = False, url: str = "http://127.0.0.1:9",
              issued_at: datetime | None = None, expires_at: datetime | None = None,
              send_free_text: bool = False) -> bytes:
        return make_trust_document(
            municipality="Dienvidkurzemes novads", hub_id=self.hub_id, version=version,
            signing_key=self.signing, encryption_public=self.encryption.public_key(), url=url,
            school_id=school_id, require_names=require_names, issued_at=issued_at,
            expires_at=expires_at, send_free_text=send_free_text)

    def open_upload(self, data: bytes, school_public: str) -> tuple[dict[str, Any],
                                                                    dict[str, Any]]:
        """(manifest, payload) of a school's upload, verified like the hub does."""
        public = load_verify_key(school_public)

        def trusted(sender: str, kid: str) -> Ed25519PublicKey | None:
            return public if kid == key_id(public) else None

        verified = read_bundle(data, trusted_keys=trusted)
        return verified.manifest, open_payload(verified, self.encryption)

    def downlink(self, school_id: uuid.UUID | str, school_encryption_public: str, *,
                 receipts: list[dict[str, Any]] | None = None,
                 decisions: list[dict[str, Any]] | None = None) -> bytes:
        """The next hub-downlink bundle for the school (seq + 1, chained)."""
        self.seq += 1
        built = build_bundle(
            {"schema_version": 1, "receipts": receipts or [], "decisions": decisions or []},
            kind="hub-downlink", sender_id=self.hub_id, signing_key=self.signing,
            recipient_public=school_encryption_public, seq=self.seq,
            prev_manifest_sha256=self.prev)
        self.prev = built.manifest_sha256
        return built.data


def receipt(manifest: dict[str, Any], sha: str, status: str = "applied",
            at: datetime | None = None, reason: str | None = None) -> dict[str, Any]:
    return {"bundle_id": manifest["bundle_id"], "seq": manifest["seq"], "manifest_sha256": sha,
            "status": status, "received_at": encode_datetime(at or datetime.now(UTC)),
            "reason": reason}


def decision(plan_id: uuid.UUID, version_id: uuid.UUID, outcome: str,
             comment: str | None = None) -> dict[str, Any]:
    return {"decision_id": str(uuid.uuid4()), "plan_id": str(plan_id),
            "plan_version_id": str(version_id), "outcome": outcome, "comment": comment,
            "decided_at": encode_datetime(datetime.now(UTC).replace(microsecond=0))}


@dataclass
class Enrolled:
    store: Store
    school: SchoolFixture
    secrets: KeyringSecretStore
    hub: TestHub
    coordinator: Actor

    @property
    def school_id(self) -> uuid.UUID:
        return self.school.school_id

    def identity(self) -> SyncIdentity:
        with self.store.read() as s:
            row = s.scalar(select(SyncIdentity))
            assert row is not None
            return row

    def downlink(self, **kwargs: Any) -> bytes:
        return self.hub.downlink(self.school_id, self.identity().encryption_public, **kwargs)

    def open_upload(self, data: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
        return self.hub.open_upload(data, self.identity().signing_public)


def enrol(store: Store, school: SchoolFixture, hub: TestHub, **trust: Any) -> Enrolled:
    secrets = KeyringSecretStore(MemoryKeyring())
    coordinator = school.actors["coordinator"]
    enrolment_request(store, secrets, coordinator)
    import_trust(store, coordinator, hub.trust(school.school_id, **trust))
    return Enrolled(store, school, secrets, hub, coordinator)


@pytest.fixture
def enrolled(store: Store, school: SchoolFixture) -> Enrolled:
    return enrol(store, school, TestHub())


def approved_plan(store: Store, school: SchoolFixture,
                  student: str = "Anna Ēcere") -> tuple[uuid.UUID, uuid.UUID]:
    """An APPROVED plan (version 1, signed) for a pupil, made with plain ORM inserts."""
    with store.write() as s:
        plan = SupportPlan(student_id=school.student_ids[student],
                           semester_id=school.current_semester_id,
                           author_id=school.actors["teacher"].user_id,
                           status=PlanStatus.APPROVED, current_version=1)
        s.add(plan)
        s.flush()
        version = PlanVersion(plan_id=plan.id, number=1, status=PlanStatus.APPROVED,
                              summary="Atbalsts matemātikā", signature=b"\x01" * 64,
                              signer_fingerprint="ABCD EFGH",
                              decided_by_id=school.actors["director"].user_id,
                              decided_at=datetime.now(UTC) - timedelta(days=1))
        s.add(version)
        s.flush()
        s.add(PlanGoal(version_id=version.id, sort_order=0, text="Uzlabot sekmes"))
        return plan.id, version.id
