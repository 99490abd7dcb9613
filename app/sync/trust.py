"""The trust document: the municipality hub tells one school which hub keys and URL to trust.

Canonical JSON, signed by the hub's signing key (TUF-like):

    {"document": {"format": "pumpurs-trust/1", "municipality": "…", "hub_id": "…",
                  "version": 3, "issued_at": "<UTC Z>", "expires_at": "<UTC Z>",
                  "hub_signing_public": "…", "hub_signing_key_id": "…",
                  "hub_encryption_public": "…", "hub_encryption_key_id": "…",
                  "url": "https://…", "school_id": "<uuid>", "require_names": false,
                  "previous_signing_public": null | "…",
                  "send_free_text": true},  (optional: only when true)
     "signatures": [{"key_id": "…", "signature": "<base64url Ed25519 over the document>"}]}

`read_trust_document(data, current=…, now=…)` accepts a document only if it is signed by its
own hub signing key; if `current` is given, its version is higher (no rollback), it is for the
same school and hub, and a new signing key is also signed by the current one (rotation). A
school that missed a rotation re-enrols. The first document is trusted on first use, after the
fingerprints were compared over the phone.

`send_free_text` (issue 20, data minimisation) says whether the plans' free texts — goals,
summaries, the director's comments and the failing subjects' names — travel to the
municipality. It is written only when true, so a document that says nothing (every older
one) means: the texts stay at school, and an older school app, which refuses fields it
does not know, still reads every document that keeps the texts at school.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from app.errors import SyncError
from app.sync.enrolment import check_text, read_signed_document, signed_document, verify_signature
from app.sync.envelope_manifest import SENDER_ID
from app.sync.keys import (
    b64url_decode,
    fingerprint,
    key_id,
    load_recipient_key,
    load_verify_key,
    public_text,
)
from app.sync.values import decode_datetime, decode_uuid, encode_datetime

TRUST_FORMAT = "pumpurs-trust/1"
DEFAULT_VALIDITY = timedelta(days=365)
_FIELDS = (
    "format", "municipality", "hub_id", "version", "issued_at", "expires_at",
    "hub_signing_public", "hub_signing_key_id", "hub_encryption_public",
    "hub_encryption_key_id", "url", "school_id", "require_names", "previous_signing_public",
)
_OPTIONAL = ("send_free_text",)
_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class TrustDocument:
    municipality: str
    hub_id: str
    version: int
    issued_at: datetime
    expires_at: datetime
    hub_signing_public: str
    hub_signing_key_id: str
    hub_encryption_public: str
    hub_encryption_key_id: str
    url: str
    school_id: str
    require_names: bool
    previous_signing_public: str | None
    raw: bytes
    send_free_text: bool = False

    @property
    def fingerprint(self) -> str:
        return fingerprint(
            b64url_decode(self.hub_signing_public), b64url_decode(self.hub_encryption_public)
        )


def _invalid(field: str) -> SyncError:
    return SyncError("sync.trust_field_invalid", kind="malformed", field=field)


def check_url(url: Any) -> None:
    parts = urlsplit(url) if isinstance(url, str) and len(url) <= 500 else None
    if parts is None or not parts.hostname:
        raise _invalid("url")
    if not (parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in _LOCAL_HOSTS)):
        raise _invalid("url")


def _check_keys(body: dict[str, Any]) -> None:
    loads = (
        ("hub_signing_public", "hub_signing_key_id", load_verify_key),
        ("hub_encryption_public", "hub_encryption_key_id", load_recipient_key),
    )
    for public, kid, load in loads:
        try:
            load(body[public])
        except (SyncError, ValueError) as exc:
            raise _invalid(public) from exc
        if body[kid] != key_id(b64url_decode(body[public])):
            raise _invalid(kid)
    previous = body["previous_signing_public"]
    if previous is not None:
        try:
            load_verify_key(previous)
        except SyncError as exc:
            raise _invalid("previous_signing_public") from exc


def _parse(body: dict[str, Any], raw: bytes) -> TrustDocument:
    if body.get("format") != TRUST_FORMAT:
        raise SyncError("sync.trust_format", kind="unsupported_version",
                        format=str(body.get("format"))[:40])
    odd = (set(body) - set(_OPTIONAL)) ^ set(_FIELDS)
    if odd:
        raise _invalid(sorted(odd)[0][:40])
    if body.get("send_free_text", True) is not True:  # written only when true
        raise _invalid("send_free_text")
    check_text(body["municipality"], "trust", "municipality")
    if not isinstance(body["hub_id"], str) or not SENDER_ID.fullmatch(body["hub_id"]):
        raise _invalid("hub_id")
    version = body["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _invalid("version")
    times = {}
    for name in ("issued_at", "expires_at"):
        try:
            times[name] = decode_datetime(body[name])
        except SyncError as exc:
            raise _invalid(name) from exc
    try:
        decode_uuid(body["school_id"])
    except SyncError as exc:
        raise _invalid("school_id") from exc
    if not isinstance(body["require_names"], bool):
        raise _invalid("require_names")
    check_url(body["url"])
    _check_keys(body)
    return TrustDocument(
        body["municipality"], body["hub_id"], version, times["issued_at"], times["expires_at"],
        body["hub_signing_public"], body["hub_signing_key_id"], body["hub_encryption_public"],
        body["hub_encryption_key_id"], body["url"], body["school_id"], body["require_names"],
        body["previous_signing_public"], raw, "send_free_text" in body,
    )


def make_trust_document(
    *, municipality: str, hub_id: str, version: int, signing_key: Ed25519PrivateKey,
    encryption_public: X25519PublicKey | str, url: str, school_id: uuid.UUID | str,
    require_names: bool = False, previous_signing_key: Ed25519PrivateKey | None = None,
    issued_at: datetime | None = None, expires_at: datetime | None = None,
    send_free_text: bool = False,
) -> bytes:
    """The signed trust document for one school (also signed by the previous key on rotation)."""
    issued = issued_at or datetime.now(UTC).replace(microsecond=0)
    encryption = (
        encryption_public if isinstance(encryption_public, str) else public_text(encryption_public)
    )
    body: dict[str, Any] = {
        "format": TRUST_FORMAT, "municipality": municipality, "hub_id": hub_id,
        "version": version, "issued_at": encode_datetime(issued),
        "expires_at": encode_datetime(expires_at or issued + DEFAULT_VALIDITY),
        "hub_signing_public": public_text(signing_key.public_key()),
        "hub_signing_key_id": key_id(signing_key.public_key()),
        "hub_encryption_public": encryption,
        "hub_encryption_key_id": key_id(b64url_decode(encryption)),
        "url": url, "school_id": str(uuid.UUID(str(school_id))), "require_names": require_names,
        "previous_signing_public": (
            public_text(previous_signing_key.public_key()) if previous_signing_key else None
        ),
    }
    if send_free_text:
        body["send_free_text"] = True
    _parse(body, b"")
    signers = [signing_key] + ([previous_signing_key] if previous_signing_key else [])
    return signed_document("document", body, signers)


def _signed_by(document: dict[str, Any], public: str) -> bool:
    wanted = key_id(b64url_decode(public))
    signatures = document["signatures"]
    if not isinstance(signatures, list) or len(signatures) > 4:
        return False
    return any(
        isinstance(entry, dict) and set(entry) == {"key_id", "signature"}
        and entry["key_id"] == wanted
        and verify_signature(load_verify_key(public), entry["signature"], document["document"])
        for entry in signatures
    )


def _check_against(trust: TrustDocument, current: TrustDocument, document: dict[str, Any]) -> None:
    if trust.school_id != current.school_id or trust.hub_id != current.hub_id:
        raise SyncError("sync.trust_other_party", kind="unknown_key", hub_id=trust.hub_id)
    if trust.version <= current.version:
        raise SyncError("sync.trust_rollback", kind="rollback", version=trust.version,
                        current=current.version)
    if trust.hub_signing_public != current.hub_signing_public and (
        trust.previous_signing_public != current.hub_signing_public
        or not _signed_by(document, current.hub_signing_public)
    ):
        raise SyncError("sync.trust_rotation_unsigned", kind="bad_signature")


def read_trust_document(
    data: bytes, *, current: TrustDocument | None, now: datetime,
    school_id: str | None = None,
) -> TrustDocument:
    """The verified trust document; SyncError for a bad signature, rollback, expiry, rotation."""
    document = read_signed_document(data, "trust", ("document", "signatures"))
    trust = _parse(document["document"], bytes(data))
    if not _signed_by(document, trust.hub_signing_public):
        raise SyncError("sync.trust_bad_signature", kind="bad_signature")
    if school_id is not None and trust.school_id != school_id:
        raise SyncError("sync.trust_wrong_school", kind="unknown_key", school_id=trust.school_id)
    if current is not None:
        _check_against(trust, current, document)
    if trust.expires_at <= now or trust.expires_at <= trust.issued_at:
        raise SyncError("sync.trust_expired", kind="expired",
                        expires_at=encode_datetime(trust.expires_at))
    return trust
