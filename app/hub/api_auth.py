"""Request authentication by the school's Ed25519 key (sync_api.md), with a replay window.

Headers: X-Pumpurs-School, X-Pumpurs-Key, X-Pumpurs-Time (unix seconds), X-Pumpurs-Signature
(base64url Ed25519 over METHOD "\\n" PATH?QUERY "\\n" TIME "\\n" sha256(body) hex). A request
outside ±`REPLAY_WINDOW` seconds of the hub's clock is refused. Within the window a replay
gains nothing: an upload is idempotent by bundle id and a downlink is encrypted to the school.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping

from cryptography.exceptions import InvalidSignature

from app.hub.hub import Hub
from app.hub.models import School, SchoolKey
from app.sync.keys import b64url_decode, load_verify_key

REPLAY_WINDOW = 300


class Unauthorised(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def signed_message(method: str, target: str, timestamp: str, body: bytes) -> bytes:
    digest = hashlib.sha256(body).hexdigest()
    return f"{method}\n{target}\n{timestamp}\n{digest}".encode("ascii")


def authenticate(hub: Hub, headers: Mapping[str, str], method: str, target: str,
                 body: bytes, now: float | None = None) -> str:
    """The school id of a correctly signed, fresh request; `Unauthorised` otherwise."""
    school_id = headers.get("x-pumpurs-school", "")
    key_id = headers.get("x-pumpurs-key", "")
    stamp = headers.get("x-pumpurs-time", "")
    signature = headers.get("x-pumpurs-signature", "")
    if not (school_id and key_id and stamp and signature):
        raise Unauthorised("hub.auth_missing")
    if not stamp.isdigit() or len(stamp) > 12:
        raise Unauthorised("hub.auth_time")
    if abs(int(stamp) - (time.time() if now is None else now)) > REPLAY_WINDOW:
        raise Unauthorised("hub.auth_time")
    with hub.store.read() as s:
        school = s.get(School, school_id[:36])
        key = s.get(SchoolKey, (school_id[:36], key_id[:16])) if school else None
    if key is None:
        raise Unauthorised("hub.auth_unknown")
    if key.revoked_at is not None:
        raise Unauthorised("hub.auth_revoked")
    try:
        load_verify_key(key.signing_public).verify(
            b64url_decode(signature), signed_message(method, target, stamp, body))
    except (InvalidSignature, ValueError):
        raise Unauthorised("hub.auth_signature") from None
    return school.school_id if school else school_id


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
