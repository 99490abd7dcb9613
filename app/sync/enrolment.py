"""The enrolment request: a school asks the municipality hub to trust its keys.

The file is canonical JSON (RFC 8785), signed by the school's own signing key:

    {"request": {"format": "pumpurs-enrolment/1", "school_id": "<uuid>", "school_name": "…",
                 "registration_number": "…", "municipality": "…",
                 "signing_public": "<base64url Ed25519>", "encryption_public": "<X25519>",
                 "key_id": "<key id of signing_public>", "created_at": "<UTC Z>"},
     "signature": "<base64url Ed25519 over canonical_bytes(request)>"}

The self-signature proves the sender holds the private signing key; it does not prove who the
sender is — that is what the fingerprint, read over the phone, is for.
`signed_document` / `read_signed_document` are shared with `app.sync.trust`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from app.errors import SyncError
from app.sync.canonical import canonical_bytes, parse_canonical
from app.sync.keys import (
    b64url_decode,
    b64url_encode,
    fingerprint,
    key_id,
    load_recipient_key,
    load_verify_key,
    public_text,
)
from app.sync.values import decode_datetime, decode_uuid, encode_datetime

ENROLMENT_FORMAT = "pumpurs-enrolment/1"
MAX_DOCUMENT_BYTES = 64 * 1024
MAX_NAME = 200
_TEXT_FIELDS = ("school_name", "registration_number", "municipality")
_FIELDS = (
    "format", "school_id", *_TEXT_FIELDS, "signing_public", "encryption_public", "key_id",
    "created_at",
)


@dataclass(frozen=True)
class EnrolmentRequest:
    school_id: str
    school_name: str
    registration_number: str
    municipality: str
    signing_public: str
    encryption_public: str
    key_id: str
    created_at: datetime

    @property
    def fingerprint(self) -> str:
        """Read over the phone at enrolment: both public keys, groups of four characters."""
        return fingerprint(
            b64url_decode(self.signing_public), b64url_decode(self.encryption_public)
        )


def signed_document(
    body_name: str, body: dict[str, Any], signers: list[Ed25519PrivateKey]
) -> bytes:
    """Canonical bytes of {body_name: body, "signature"/"signatures": …} signed by `signers`.

    An enrolment request ("request") carries one "signature"; a trust document a list.
    """
    body_bytes = canonical_bytes(body)
    if body_name == "request":
        signature = b64url_encode(signers[0].sign(body_bytes))
        return canonical_bytes({"request": body, "signature": signature})
    signatures = [
        {"key_id": key_id(k.public_key()), "signature": b64url_encode(k.sign(body_bytes))}
        for k in signers
    ]
    return canonical_bytes({body_name: body, "signatures": signatures})


def read_signed_document(data: bytes, which: str, outer: tuple[str, ...]) -> dict[str, Any]:
    """The outer object of a signed file (`which` = "enrolment" or "trust"), strictly parsed."""
    if not isinstance(data, (bytes, bytearray)) or len(data) > MAX_DOCUMENT_BYTES:
        raise SyncError(f"sync.{which}_too_large", kind="too_large", limit=MAX_DOCUMENT_BYTES)
    try:
        document = parse_canonical(bytes(data))
    except SyncError as exc:
        raise SyncError(f"sync.{which}_not_readable", kind="malformed") from exc
    if not isinstance(document, dict) or set(document) != set(outer) \
            or not isinstance(document[outer[0]], dict):
        raise SyncError(f"sync.{which}_not_readable", kind="malformed")
    return document


def verify_signature(public: Ed25519PublicKey, signature: Any, body: dict[str, Any]) -> bool:
    try:
        public.verify(b64url_decode(signature), canonical_bytes(body))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def check_text(value: Any, which: str, field: str, limit: int = MAX_NAME) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > limit \
            or any(ord(c) < 32 for c in value):
        raise SyncError(f"sync.{which}_field_invalid", kind="malformed", field=field)
    return value


def _invalid(field: str) -> SyncError:
    return SyncError("sync.enrolment_field_invalid", kind="malformed", field=field)


def _check_request(body: dict[str, Any]) -> EnrolmentRequest:
    if body.get("format") != ENROLMENT_FORMAT:
        raise SyncError("sync.enrolment_format", kind="unsupported_version",
                        format=str(body.get("format"))[:40])
    if set(body) != set(_FIELDS):
        raise _invalid(sorted(set(body) ^ set(_FIELDS))[0][:40])
    try:
        decode_uuid(body["school_id"])
    except SyncError as exc:
        raise _invalid("school_id") from exc
    for name in _TEXT_FIELDS:
        check_text(body[name], "enrolment", name)
    loads = (("signing_public", load_verify_key), ("encryption_public", load_recipient_key))
    for name, load in loads:
        try:
            load(body[name])
        except (SyncError, ValueError) as exc:
            raise _invalid(name) from exc
    if body["key_id"] != key_id(b64url_decode(body["signing_public"])):
        raise _invalid("key_id")
    try:
        created = decode_datetime(body["created_at"])
    except SyncError as exc:
        raise _invalid("created_at") from exc
    return EnrolmentRequest(
        body["school_id"], body["school_name"], body["registration_number"], body["municipality"],
        body["signing_public"], body["encryption_public"], body["key_id"], created,
    )


def make_enrolment_request(
    *, school_id: uuid.UUID | str, school_name: str, registration_number: str,
    municipality: str, signing_key: Ed25519PrivateKey, encryption_public: X25519PublicKey | str,
    created_at: datetime | None = None,
) -> bytes:
    """The signed enrolment request file the school hands to the municipality."""
    signing_public = public_text(signing_key.public_key())
    body: dict[str, Any] = {
        "format": ENROLMENT_FORMAT, "school_id": str(uuid.UUID(str(school_id))),
        "school_name": school_name, "registration_number": registration_number,
        "municipality": municipality, "signing_public": signing_public,
        "encryption_public": (
            encryption_public if isinstance(encryption_public, str)
            else public_text(encryption_public)
        ),
        "key_id": key_id(signing_key.public_key()),
        "created_at": encode_datetime(created_at or datetime.now(UTC)),
    }
    _check_request(body)
    return signed_document("request", body, [signing_key])


def read_enrolment_request(data: bytes) -> EnrolmentRequest:
    """The request, if the file is well-formed and signed by the key it carries; else SyncError."""
    document = read_signed_document(data, "enrolment", ("request", "signature"))
    request = _check_request(document["request"])
    if not verify_signature(
        load_verify_key(request.signing_public), document["signature"], document["request"]
    ):
        raise SyncError("sync.enrolment_bad_signature", kind="bad_signature")
    return request
