"""A test school with real keys that enrols on a real hub and builds real upload bundles.

`TestSchool.bundle(records)` signs and encrypts the next bundle of its chain (seq + 1, prev
hash chained) with app.sync.envelope.build_bundle, exactly as a school app would.
`semester_records()` is a small semester whose figures the aggregate tests know by heart.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.sync.enrolment import make_enrolment_request
from app.sync.envelope import BuiltBundle, build_bundle
from app.sync.keys import generate_encryption_key, generate_signing_key, key_id
from app.sync.trust import TrustDocument, read_trust_document
from tests.builders.director import Director, sign_approved

SEMESTER = "2026/2027-1"
CHANGED = "2026-10-01T08:00:00Z"


@dataclass
class TestSchool:
    name: str = "Ādažu vidusskola"
    school_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    signing: Ed25519PrivateKey = field(default_factory=generate_signing_key)
    encryption: X25519PrivateKey = field(default_factory=generate_encryption_key)
    trust: TrustDocument | None = None
    seq: int = 0
    prev: str | None = None

    __test__ = False  # not a pytest class

    @property
    def key_id(self) -> str:
        return key_id(self.signing.public_key())

    def request(self) -> bytes:
        return make_enrolment_request(
            school_id=self.school_id, school_name=self.name, registration_number="4313900001",
            municipality="Ādažu novads", signing_key=self.signing,
            encryption_public=self.encryption.public_key())

    def accept_trust(self, data: bytes) -> TrustDocument:
        self.trust = read_trust_document(data, current=self.trust, now=datetime.now(UTC),
                                         school_id=self.school_id)
        return self.trust

    def new_keys(self) -> None:
        self.signing, self.encryption = generate_signing_key(), generate_encryption_key()

    def bundle(self, records: dict[str, list[dict[str, Any]]] | None = None, *,
               seq: int | None = None, prev: str | None = "chain",
               advance: bool = True) -> BuiltBundle:
        assert self.trust is not None, "enrol first"
        number = seq if seq is not None else self.seq + 1
        built = build_bundle(
            {"schema_version": 1, "records": records or {}}, kind="school-upload",
            sender_id=self.school_id, signing_key=self.signing,
            recipient_public=self.trust.hub_encryption_public, seq=number,
            prev_manifest_sha256=self.prev if prev == "chain" else prev,
        )
        if advance:
            self.seq, self.prev = number, built.manifest_sha256
        return built


def upsert(record_id: str, **data: Any) -> dict[str, Any]:
    return {"id": record_id, "op": "upsert", "changed_at": CHANGED, "data": data}


def tombstone(record_id: str) -> dict[str, Any]:
    return {"id": record_id, "op": "delete", "changed_at": CHANGED}


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Semester:
    """What `semester_records` sent, to check the aggregates against."""

    records: dict[str, list[dict[str, Any]]]
    plan_ids: list[str]
    student_ids: list[str]


def semester_records(names: bool = True, director: Director | None = None) -> Semester:
    """3 pupils: two at risk (learning; learning + family), one not; 3 plans (2 approved,
    1 draft; the approved ones signed by `director`, a new one if None); psychologist 90 min
    planned at 2 200 c/h in each approved plan, 60 + 45 min delivered; a 50 € transport
    compensation planned in one plan, 30 € spent."""
    students = [new_id() for _ in range(3)]
    assessments = [new_id() for _ in range(3)]
    plans = [new_id() for _ in range(3)]
    versions = [new_id() for _ in range(3)]
    levels = [{"learning": 2, "social_health": 0, "economic": 0, "family": 0},
              {"learning": 1, "social_health": 0, "economic": 0, "family": 3},
              {"learning": 0, "social_health": 0, "economic": 0, "family": 0}]
    person = {"first_name": "Anna", "last_name": "Ēcere", "personal_code": "010110-12345"}
    records: dict[str, list[dict[str, Any]]] = {
        "student": [upsert(sid, status="active", grade=5, programme="general",
                           **(person if names else {})) for sid in students],
        "risk_assessment": [
            upsert(aid, student_id=sid, semester=SEMESTER, assessed_on="2026-10-01",
                   created_at=CHANGED, absence_pct="12.50", unjustified_lessons=3,
                   failing_marks=1, conduct_incidents=0, levels=lv)
            for aid, sid, lv in zip(assessments, students, levels, strict=True)],
        "risk_finding": [upsert(new_id(), assessment_id=assessments[0], category="learning",
                                sign_code="low_marks", severity=2)],
        "support_plan": [
            upsert(pid, student_id=sid, semester=SEMESTER, status=status, current_version=1,
                   assessment_id=aid)
            for pid, sid, aid, status in zip(plans, students, assessments,
                                             ("approved", "approved", "draft"), strict=True)],
        "plan_version": [
            upsert(vid, plan_id=pid, number=1, status=status, summary="Atbalsts",
                   signature=None, signer_fingerprint=None)
            for vid, pid, status in zip(versions, plans, ("approved", "approved", "draft"),
                                        strict=True)],
        "support_measure": [
            *[upsert(new_id(), version_id=vid, measure_type_code="consult_psychologist",
                     unit="hours", specialist_type="psychologist", planned_minutes=90,
                     planned_cents=0, rate_cents=2200, cost_cents=3300) for vid in versions],
            upsert(new_id(), version_id=versions[0], measure_type_code="comp_transport",
                   unit="euro", specialist_type=None, planned_minutes=0, planned_cents=5000,
                   rate_cents=0, cost_cents=5000)],
        "delivery_total": [
            upsert(new_id(), student_id=students[0], plan_id=plans[0], semester=SEMESTER,
                   kind="consultation", code="psychologist", sessions=2, minutes=60,
                   cents=0, value_cents=2200),
            upsert(new_id(), student_id=students[1], plan_id=plans[1], semester=SEMESTER,
                   kind="consultation", code="psychologist", sessions=1, minutes=45,
                   cents=0, value_cents=1650),
            upsert(new_id(), student_id=students[0], plan_id=plans[0], semester=SEMESTER,
                   kind="expense", code="comp_transport", sessions=1, minutes=0,
                   cents=3000, value_cents=3000)],
    }
    sign_approved(records, director or Director())
    return Semester(records, plans, students)
