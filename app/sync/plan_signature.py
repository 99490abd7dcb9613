"""The part of a director's approval the municipality can verify (shared by school and hub).

A director signs RFC 8785 JSON of a plan version (`app.services.approvals.signed_content`).
Format 1 (the first approvals) holds the parent's name, the assessors' notes on each risk
sign and the providers' names: free text that never leaves the school, so the hub could
never verify it. Format 2 seals them: the signed document carries everything else and
`private_sha256`, the SHA-256 of canonical JSON of those texts and a random salt the school
keeps (so a guess of a name cannot be checked against the hash). The school sends the exact
signed bytes of format 2 with the version (`signed_content`); the hub verifies the signature
over them with the director's public key and compares them with the records it shows.

Format 3 (every approval from issue 20 on) also seals the free texts that travel only when the
municipality's trust document asks for them (`send_free_text`): the summary and each goal are
replaced by `summary_sha256` and `goals_sha256`, each the SHA-256 of canonical JSON of the
text with a second salt, `text_salt`, that the version keeps too. So the signed bytes the
school sends hold no free text, and the hub verifies the signature whether the texts travel
or not; when they travel, the school sends `text_salt` beside them and the hub checks each
text against its digest (`text_digest`). The second salt is disclosed only with the texts
it covers; the first (the names) never leaves the school.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

FORMAT_V1 = "pumpurs-plan-version/1"
FORMAT = "pumpurs-plan-version/2"
FORMAT_V3 = "pumpurs-plan-version/3"
HUB_FORMATS = (FORMAT, FORMAT_V3)  # what the hub can verify


def director_key_fingerprint(public_key: bytes) -> str:
    """'ABCD EFGH …' (eight groups of four) of a director's raw Ed25519 public key."""
    digest = hashlib.sha256(b"pumpurs-director-key/1\n" + public_key).digest()[:20]
    text = base64.b32encode(digest).decode("ascii")
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def _private(full: dict[str, Any], salt: str) -> dict[str, Any]:
    application = full.get("parent_application") or {}
    return {"salt": salt, "applicant": application.get("applicant"),
            "notes": [r.get("note") for r in full.get("risks") or []],
            "providers": [m.get("provider_name") for m in full.get("measures") or []]}


def text_digest(salt: str, text: Any) -> str:
    """The SHA-256 (hex) that stands for one free text in a format 3 document."""
    return hashlib.sha256(rfc8785.dumps({"salt": salt, "text": text})).hexdigest()


def sealed_document(full: dict[str, Any], salt: str,
                    text_salt: str | None = None) -> dict[str, Any]:
    """The format 2 document of `full` (a format 1 shaped dict): the private texts replaced
    by the hash of them with `salt`; with `text_salt`, format 3: the summary and the goals
    replaced by their digests too."""
    sealed = dict(full, format=FORMAT)
    if text_salt is not None:
        sealed["format"] = FORMAT_V3
        del sealed["summary"], sealed["goals"]
        sealed["summary_sha256"] = text_digest(text_salt, full.get("summary"))
        sealed["goals_sha256"] = [text_digest(text_salt, g) for g in full.get("goals") or []]
    application = full.get("parent_application")
    if application is not None:
        sealed["parent_application"] = {k: v for k, v in application.items()
                                        if k != "applicant"}
    sealed["risks"] = [{k: v for k, v in r.items() if k != "note"}
                       for r in full.get("risks") or []]
    sealed["measures"] = [{k: v for k, v in m.items() if k != "provider_name"}
                          for m in full.get("measures") or []]
    sealed["private_sha256"] = hashlib.sha256(
        rfc8785.dumps(_private(full, salt))).hexdigest()
    return sealed


def verify_signature(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True only if `signature` is `public_key`'s Ed25519 signature of exactly `message`."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
