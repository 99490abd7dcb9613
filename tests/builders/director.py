"""A school director's signing key for hub tests: approvals signed as a school app does.

`sign_approved(records, director)` gives every approved or closed version in `records`
the director's format 3 signature over what the records say (plan, pupil, the digests of the
summary and goals, measures), as `app.services.approvals.signed_content` would, and adds the
key's record; each version's record carries its `text_salt` (the hub keeps it only from a
school whose free texts travel).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.sync.keys import b64url_encode
from app.sync.plan_signature import FORMAT_V1, director_key_fingerprint, sealed_document

APPROVED_AT = "2026-10-01T08:00:00+00:00"
KEY_CREATED = "2026-09-01T08:00:00Z"


@dataclass
class Director:
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    user_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    record_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def public(self) -> bytes:
        return self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return director_key_fingerprint(self.public)

    def key_record(self, revoked_at: str | None = None) -> dict[str, Any]:
        return {"id": self.record_id, "op": "upsert", "changed_at": KEY_CREATED, "data": {
            "user_id": self.user_id, "public_key": b64url_encode(self.public),
            "fingerprint": self.fingerprint, "created_at": KEY_CREATED,
            "revoked_at": revoked_at}}


def signed_document(version_id: str, data: dict[str, Any], student_id: str | None,
                    measures: list[dict[str, Any]], director: Director,
                    approved_at: str = APPROVED_AT,
                    goals: list[str] | None = None,
                    text_salt: str | None = "") -> dict[str, Any]:
    """The signed document: format 3 (`text_salt` "" means the version's own), or format 2
    when `text_salt` is None."""
    full = {
        "format": FORMAT_V1, "plan_id": data["plan_id"], "version": data["number"],
        "student_id": student_id, "semester": "2026/2027-1", "author_id": str(uuid.uuid4()),
        "assessment_id": None, "summary": data.get("summary"), "goals": goals or [],
        "measures": [{"type": m["measure_type_code"], "unit": m["unit"],
                      "minutes": m["planned_minutes"], "cents": m["planned_cents"],
                      "rate_cents": m["rate_cents"], "cost_cents": m["cost_cents"],
                      "provider_id": None, "provider_name": "Ilze Psiholoģe",
                      "subject": None, "starts_on": None, "ends_on": None}
                     for m in measures],
        "responsible_id": None, "review_dates": [], "parent_application": None,
        "risks": [], "approval": {"director_id": director.user_id, "decided_at": approved_at},
    }
    salt = f"text-{version_id}" if text_salt == "" else text_salt
    return sealed_document(full, f"salt-{version_id}", salt)


def sign(data: dict[str, Any], content: bytes, director: Director) -> None:
    """Set the version's signature fields: `director` signs exactly `content`."""
    data.update(signature=b64url_encode(director.key.sign(content)),
                signer_fingerprint=director.fingerprint,
                signed_content=b64url_encode(content))


def sign_approved(records: dict[str, list[dict[str, Any]]], director: Director,
                  approved_at: str = APPROVED_AT, *, with_key: bool = True) -> None:
    """Sign (again) every approved or closed version; `with_key` adds the key's record."""
    students = {r["id"]: r["data"].get("student_id") for r in records.get("support_plan", [])}
    for version in records.get("plan_version", []):
        data = version["data"]
        if data.get("status") not in ("approved", "closed"):
            continue
        measures = [m["data"] for m in records.get("support_measure", [])
                    if m["data"]["version_id"] == version["id"]]
        goals = [g["data"]["text"] for g in sorted(
            (g for g in records.get("plan_goal", []) if g["data"]["version_id"] == version["id"]),
            key=lambda g: g["data"]["sort_order"])]
        doc = signed_document(version["id"], data, students.get(data["plan_id"]), measures,
                              director, approved_at, goals)
        sign(data, rfc8785.dumps(doc), director)
        data["text_salt"] = f"text-{version['id']}"
    if with_key:
        records.setdefault("signing_key", []).append(director.key_record())
