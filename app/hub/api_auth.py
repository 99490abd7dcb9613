"""Request authentication by the school's Ed25519 key (sync_api.md), with a replay window.

Headers: X-Pumpurs-School, X-Pumpurs-Key, X-Pumpurs-Time (unix seconds), X-Pumpurs-Signature
(base64url Ed25519 over METHOD "\\n" PATH?QUERY "\\n" TIME "\\n" sha256(body) hex). A request
outside ±`REPLAY_WINDOW` seconds of the hub's clock is refused. Within the window a replay
gains nothing: an upload is idempotent by bundle id and a downlink is encrypted to the school.

An upload is checked in two steps: `check_headers` (school, key, time) before the body is
read, `check_signature` (which covers the body's hash) after.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature

from app.hub.hub import Hub
from app.hub.models import School, SchoolKey
from app.sync.keys import b64url_decode, load_verify_key

REPLAY_WINDOW = 300


class Unauthorised(Exception):
    status = 401

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class BadAuthHeader(Unauthorised):
    """A header that is not even well formed (400, not 401)."""

    status = 400


def signed_message(method: str, target: str, timestamp: str, body: bytes) -> bytes:
    digest = hashlib.sha256(body).hexdigest()
    return f"{method}\n{target}\n{timestamp}\n{digest}".encode("ascii")


@dataclass(frozen=True)
class Claimed:
    """What the headers claim, checked against the store before the body is read: the school
    and its key are registered and the key not revoked, the time is within the window."""

    school_id: str
    stamp: str
    signature: str
    signing_public: str


def check_headers(hub: Hub, headers: Mapping[str, str], now: float | None = None) -> Claimed:
    """The request's claimed sender, if the headers alone allow it; `Unauthorised` otherwise.
    Needs no body, so an upload is refused before a byte of it is read."""
    school_id = headers.get("x-pumpurs-school", "")
    key_id = headers.get("x-pumpurs-key", "")
    stamp = headers.get("x-pumpurs-time", "")
    signature = headers.get("x-pumpurs-signature", "")
    if not (school_id and key_id and stamp and signature):
        raise Unauthorised("hub.auth_missing")
    if not (stamp.isascii() and stamp.isdigit()) or len(stamp) > 12:
        raise BadAuthHeader("hub.auth_time_invalid")
    if abs(int(stamp) - (time.time() if now is None else now)) > REPLAY_WINDOW:
        raise Unauthorised("hub.auth_time")
    with hub.store.read() as s:
        school = s.get(School, school_id[:36])
        key = s.get(SchoolKey, (school_id[:36], key_id[:16])) if school else None
    if school is None or key is None:
        raise Unauthorised("hub.auth_unknown")
    if key.revoked_at is not None:
        raise Unauthorised("hub.auth_revoked")
    return Claimed(school.school_id, stamp, signature, key.signing_public)


def check_signature(claimed: Claimed, method: str, target: str, body: bytes) -> str:
    """The school id once the signature over the request and its body holds."""
    try:
        load_verify_key(claimed.signing_public).verify(
            b64url_decode(claimed.signature),
            signed_message(method, target, claimed.stamp, body))
    except (InvalidSignature, ValueError):
        raise Unauthorised("hub.auth_signature") from None
    return claimed.school_id


def authenticate(hub: Hub, headers: Mapping[str, str], method: str, target: str,
                 body: bytes, now: float | None = None) -> str:
    """The school id of a correctly signed, fresh request; `Unauthorised` otherwise."""
    return check_signature(check_headers(hub, headers, now), method, target, body)


def sign_request(signing_key: object, method: str, target: str, body: bytes,
                 school_id: str, key_id: str, now: float | None = None) -> dict[str, str]:
    """The auth headers for a request (used by tests and tools; the school has its own)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.sync.keys import b64url_encode

    assert isinstance(signing_key, Ed25519PrivateKey)
    stamp = str(int(time.time() if now is None else now))
    signature = signing_key.sign(signed_message(method, target, stamp, body))
    return {"X-Pumpurs-School": school_id, "X-Pumpurs-Key": key_id, "X-Pumpurs-Time": stamp,
            "X-Pumpurs-Signature": b64url_encode(signature)}
