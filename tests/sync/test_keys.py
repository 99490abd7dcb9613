"""Signing and encryption keys: serialisation, key ids, fingerprints for the phone."""

from __future__ import annotations

import re

import pytest

from app.errors import SyncError
from app.sync.keys import (
    b64url_decode,
    fingerprint,
    generate_encryption_key,
    generate_signing_key,
    key_id,
    load_encryption_key,
    load_recipient_key,
    load_signing_key,
    load_verify_key,
    private_bytes,
    public_bytes,
    public_text,
)


def test_private_keys_survive_raw_bytes_and_still_sign_and_decrypt() -> None:
    signing, encryption = generate_signing_key(), generate_encryption_key()
    raw_s, raw_e = private_bytes(signing), private_bytes(encryption)
    assert len(raw_s) == 32 and len(raw_e) == 32
    again = load_signing_key(raw_s)
    load_verify_key(public_text(signing.public_key())).verify(again.sign(b"x"), b"x")
    assert public_bytes(load_encryption_key(raw_e).public_key()) == public_bytes(
        encryption.public_key()
    )


def test_public_keys_travel_as_base64url_text() -> None:
    public = generate_encryption_key().public_key()
    text = public_text(public)
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", text)
    assert public_bytes(load_recipient_key(text)) == public_bytes(public)


def test_key_id_is_short_stable_and_distinct() -> None:
    a, b = generate_signing_key().public_key(), generate_signing_key().public_key()
    assert re.fullmatch(r"[0-9a-f]{16}", key_id(a))
    assert key_id(a) == key_id(public_bytes(a))
    assert key_id(a) != key_id(b)


def test_fingerprint_is_read_in_groups_of_four() -> None:
    signing, encryption = generate_signing_key(), generate_encryption_key()
    shown = fingerprint(signing.public_key(), encryption.public_key())
    assert re.fullmatch(r"([A-Z2-7]{4} ){7}[A-Z2-7]{4}", shown)
    assert shown == fingerprint(public_bytes(signing.public_key()),
                                public_bytes(encryption.public_key()))
    assert shown != fingerprint(encryption.public_key(), signing.public_key())
    assert fingerprint(signing.public_key()) != shown


@pytest.mark.parametrize("text", ["", "abc", "A" * 44, "A" * 42 + "!", "A" * 42 + "B"])
def test_bad_public_key_text_is_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(SyncError) as exc:
        load_verify_key(text)
    assert exc.value.kind == "bad_key"
    assert exc.value.text("lv").startswith("Atslēga: tā nav derīga Ed25519 atslēga")
    assert "32 bytes" in exc.value.text("en")


def test_base64url_accepts_only_the_canonical_form() -> None:
    assert b64url_decode("AAE") == b"\x00\x01"
    for bad in ("AAF", "AA=E", "AA E", "A"):
        with pytest.raises(ValueError):
            b64url_decode(bad)
