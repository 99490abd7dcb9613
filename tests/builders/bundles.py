"""Keys, payloads and forgeries shared by the sync protocol tests.

`Parties` holds a school, a second school and the municipality hub, each with real keys.
`forge` packs a bundle from a hand-made manifest, signed by any key: what an attacker with a
key (or a buggy peer) could produce, so the reader's checks can be tested one by one.
"""

from __future__ import annotations

import hashlib
import io
import uuid
import warnings
import zipfile
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.sync.canonical import canonical_bytes
from app.sync.envelope import BuiltBundle, build_bundle
from app.sync.envelope_manifest import signature_line
from app.sync.envelope_zip import MANIFEST, PAYLOAD, SIGNATURE, pack
from app.sync.keys import generate_encryption_key, generate_signing_key, key_id

SCHOOL, OTHER_SCHOOL, HUB = "school-5a1", "school-77b", "hub-riga"
STUDENT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
PLAN_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


@dataclass
class Party:
    name: str
    signing: Ed25519PrivateKey = field(default_factory=generate_signing_key)
    encryption: X25519PrivateKey = field(default_factory=generate_encryption_key)

    @property
    def key_id(self) -> str:
        return key_id(self.signing.public_key())


@dataclass
class Parties:
    school: Party = field(default_factory=lambda: Party(SCHOOL))
    other: Party = field(default_factory=lambda: Party(OTHER_SCHOOL))
    hub: Party = field(default_factory=lambda: Party(HUB))

    def trusted(self, sender_id: str, sender_key_id: str) -> Ed25519PublicKey | None:
        """The hub's view: the enrolled schools and itself, each by its own key id only."""
        for party in (self.school, self.other, self.hub):
            if party.name == sender_id and party.key_id == sender_key_id:
                return party.signing.public_key()
        return None


def upload_payload(n_students: int = 2) -> dict[str, Any]:
    students = [
        {"id": str(uuid.UUID(int=i + 1)), "op": "upsert", "changed_at": "2026-01-31T08:15:00Z",
         "data": {"first_name": "Anna", "last_name": "Ēcere", "absence_percent": "12.50",
                  "class": "5.a", "born": "2014-03-02", "risk_points": 7}}
        for i in range(n_students)
    ]
    tombstone = {"id": PLAN_ID, "op": "delete", "changed_at": "2026-02-01T10:00:00.250000Z"}
    return {"schema_version": 1, "records": {"student": students, "support_plan": [tombstone]}}


def downlink_payload() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "receipts": [{
            "bundle_id": STUDENT_ID, "seq": 3, "manifest_sha256": "ab" * 32,
            "status": "applied", "received_at": "2026-02-02T09:00:00Z", "reason": None,
        }],
        "decisions": [{
            "decision_id": str(uuid.UUID(int=99)), "plan_id": PLAN_ID,
            "plan_version_id": STUDENT_ID, "outcome": "returned",
            "comment": "Lūdzu precizēt mērķus un atbildīgos.", "decided_at": "2026-02-03T12:00:00Z",
        }],
    }


def upload(parties: Parties, seq: int = 1, prev: str | None = None, **kw: Any) -> BuiltBundle:
    return build_bundle(
        kw.pop("payload", None) or upload_payload(), kind="school-upload", sender_id=SCHOOL,
        signing_key=parties.school.signing, recipient_public=parties.hub.encryption.public_key(),
        seq=seq, prev_manifest_sha256=prev, **kw,
    )


def forge(manifest_bytes: bytes, signer: Party, payload: bytes, *, sig_sender: str | None = None,
          sig_key_id: str | None = None) -> bytes:
    """A bundle file with these exact manifest bytes, signed by `signer` (any key)."""
    line = signature_line(sig_sender or signer.name, sig_key_id or signer.key_id,
                          signer.signing.sign(manifest_bytes))
    return pack({MANIFEST: manifest_bytes, SIGNATURE: line, PAYLOAD: payload})


def reforge(built: BuiltBundle, signer: Party, **changes: Any) -> bytes:
    """The bundle's manifest with `changes` applied, re-encoded canonically and re-signed."""
    manifest = {**built.manifest, **changes}
    members = members_of(built.data)
    return forge(canonical_bytes(manifest), signer, members[PAYLOAD])


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(entries: list[tuple[str, bytes]], compress: int = zipfile.ZIP_STORED) -> bytes:
    """A ZIP written by the standard library, for containers the protocol must refuse."""
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", compression=compress) as archive:
        warnings.simplefilter("ignore")  # "Duplicate name" is the point of some tests
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compress
            archive.writestr(info, data)
    return out.getvalue()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
