"""Well-formed files that must still be refused: wrong signer, bad manifest, swapped payload,
wrong recipient, unknown schema — each with its kind and a clear message."""

from __future__ import annotations

import dataclasses
import json
import uuid

import pytest

from app.errors import SyncError
from app.sync.canonical import canonical_bytes
from app.sync.envelope import BuiltBundle, VerifiedBundle, open_payload, read_bundle
from app.sync.envelope_zip import MANIFEST, PAYLOAD, SIGNATURE, pack
from app.sync.keys import key_id
from tests.builders.bundles import (
    SCHOOL,
    Parties,
    Party,
    forge,
    members_of,
    reforge,
    upload,
    upload_payload,
)


@pytest.fixture
def parties() -> Parties:
    return Parties()


@pytest.fixture
def built(parties: Parties) -> BuiltBundle:
    return upload(parties)


def refused(parties: Parties, data: bytes, kind: str) -> SyncError:
    with pytest.raises(SyncError) as exc:
        read_bundle(data, trusted_keys=parties.trusted)
    assert exc.value.kind == kind, exc.value.text("en")
    return exc.value


def test_signed_by_an_unknown_key_claiming_to_be_the_school(
    parties: Parties, built: BuiltBundle
) -> None:
    intruder = Party(SCHOOL)
    error = refused(parties, reforge(built, intruder), "unknown_key")
    assert SCHOOL in error.text("lv") and intruder.key_id in error.text("en")
    assert "nav starp uzticamajām atslēgām" in error.text("lv")


def test_signed_by_another_key_but_naming_the_school_key(
    parties: Parties, built: BuiltBundle
) -> None:
    members = members_of(built.data)
    data = forge(members[MANIFEST], Party(SCHOOL), members[PAYLOAD],
                 sig_key_id=parties.school.key_id)
    error = refused(parties, data, "bad_signature")
    assert "parakstīts ar citu atslēgu" in error.text("lv")


def test_another_enrolled_school_cannot_send_in_this_schools_name(
    parties: Parties, built: BuiltBundle
) -> None:
    error = refused(parties, reforge(built, parties.other), "bad_signature")
    assert error.key == "sync.signer_mismatch"


def test_an_unknown_sender(parties: Parties, built: BuiltBundle) -> None:
    stranger = Party("school-000")
    error = refused(parties, reforge(built, stranger, sender_id="school-000",
                                     sender_key_id=stranger.key_id), "unknown_key")
    assert "school-000" in error.text("en")


def test_a_manifest_that_is_valid_json_but_not_canonical(
    parties: Parties, built: BuiltBundle
) -> None:
    pretty = json.dumps(built.manifest, indent=2).encode()
    data = forge(pretty, parties.school, members_of(built.data)[PAYLOAD])
    error = refused(parties, data, "malformed")
    assert error.key == "sync.not_canonical" and "RFC 8785" in error.text("lv")


def test_a_manifest_with_a_float(parties: Parties, built: BuiltBundle) -> None:
    text = canonical_bytes(built.manifest).replace(b'"seq":1', b'"seq":1.0')
    data = forge(text, parties.school, members_of(built.data)[PAYLOAD])
    assert refused(parties, data, "malformed").key == "sync.float_in_input"


@pytest.mark.parametrize(
    ("changes", "kind", "key", "field"),
    [
        ({"format": "pumpurs-bundle/2"}, "unsupported_version", "sync.unsupported_format",
         "pumpurs-bundle/2"),
        ({"seq": 0}, "malformed", "sync.manifest_field_invalid", "seq"),
        ({"seq": True}, "malformed", "sync.manifest_field_invalid", "seq"),
        ({"seq": 2}, "malformed", "sync.manifest_field_invalid", "prev_manifest_sha256"),
        ({"kind": "gossip"}, "malformed", "sync.manifest_field_invalid", "kind"),
        ({"bundle_id": "not-a-uuid"}, "malformed", "sync.manifest_field_invalid", "bundle_id"),
        ({"created_at": "2026-01-01"}, "malformed", "sync.manifest_field_invalid", "created_at"),
        ({"counts": {"Student": 1}}, "malformed", "sync.manifest_field_invalid", "counts"),
        ({"payload_size": -1}, "malformed", "sync.manifest_field_invalid", "payload_size"),
        ({"extra": 1}, "malformed", "sync.manifest_field_unknown", "extra"),
    ],
)
def test_manifest_fields_are_checked_after_the_signature(
    parties: Parties, built: BuiltBundle, changes: dict[str, object], kind: str, key: str,
    field: str,
) -> None:
    error = refused(parties, reforge(built, parties.school, **changes), kind)
    assert error.key == key
    assert f"“{field}”" in error.text("lv") and f"“{field}”" in error.text("en")


def test_a_missing_manifest_field(parties: Parties, built: BuiltBundle) -> None:
    manifest = {k: v for k, v in built.manifest.items() if k != "counts"}
    data = forge(canonical_bytes(manifest), parties.school, members_of(built.data)[PAYLOAD])
    error = refused(parties, data, "malformed")
    assert error.text("lv") == "Sūtījuma manifests: trūkst lauka “counts”. Sūtījums noraidīts."


def test_a_payload_swapped_from_another_bundle(parties: Parties, built: BuiltBundle) -> None:
    other = upload(parties)
    members = members_of(built.data)
    members[PAYLOAD] = members_of(other.data)[PAYLOAD]
    error = refused(parties, pack(members), "payload_mismatch")
    assert "payload.bin" in error.text("en")


def test_a_damaged_signature_line(parties: Parties, built: BuiltBundle) -> None:
    members = members_of(built.data)
    members[SIGNATURE] = members[SIGNATURE].replace(b"pumpurs-sig/1", b"pumpurs-sig/2")
    assert refused(parties, pack(members), "malformed").key == "sync.bad_signature_file"


def test_the_wrong_recipient_cannot_open_the_payload(parties: Parties, built: BuiltBundle) -> None:
    verified = read_bundle(built.data, trusted_keys=parties.trusted)
    with pytest.raises(SyncError) as exc:
        open_payload(verified, parties.other.encryption)
    assert exc.value.kind == "wrong_recipient"
    assert key_id(parties.other.encryption.public_key()) in exc.value.text("lv")


def test_a_payload_moved_into_another_bundle_does_not_decrypt(parties: Parties) -> None:
    """HPKE info binds the ciphertext to its bundle id, seq and sender."""
    one, two = upload(parties, seq=1), upload(parties, seq=2, prev="ab" * 32)
    verified = read_bundle(one.data, trusted_keys=parties.trusted)
    moved = dataclasses.replace(verified, payload=read_bundle(
        two.data, trusted_keys=parties.trusted).payload)
    with pytest.raises(SyncError) as exc:
        open_payload(moved, parties.hub.encryption)
    assert exc.value.kind == "decrypt_failed" and "atšifrēt" in exc.value.text("lv")


def test_a_decompression_bomb_inside_the_payload_is_stopped(parties: Parties) -> None:
    payload = upload_payload()
    payload["records"]["student"][0]["data"]["notes"] = "a" * 2_000_000
    verified = read_bundle(upload(parties, payload=payload).data, trusted_keys=parties.trusted)
    assert len(verified.payload) < 20_000
    with pytest.raises(SyncError) as exc:
        open_payload(verified, parties.hub.encryption, max_plain_size=100_000)
    assert exc.value.kind == "too_large" and "100000 B" in exc.value.text("en")


def opened(parties: Parties, data: bytes) -> SyncError:
    verified: VerifiedBundle = read_bundle(data, trusted_keys=parties.trusted)
    with pytest.raises(SyncError) as exc:
        open_payload(verified, parties.hub.encryption)
    return exc.value


def test_an_unknown_schema_version_is_refused_before_decrypting(
    parties: Parties, built: BuiltBundle
) -> None:
    error = opened(parties, reforge(built, parties.school, schema_version=7))
    assert error.kind == "unsupported_version"
    assert "7" in error.text("lv") and "Atjauniniet programmu" in error.text("lv")


def test_counts_that_do_not_match_the_payload(parties: Parties, built: BuiltBundle) -> None:
    error = opened(parties, reforge(built, parties.school, counts={"student": 2}))
    assert error.kind == "payload_mismatch" and "ierakstu skaits" in error.text("lv")


def test_a_bundle_id_change_is_caught_by_signature_or_decryption(
    parties: Parties, built: BuiltBundle
) -> None:
    error = opened(parties, reforge(built, parties.school, bundle_id=str(uuid.uuid4())))
    assert error.kind == "decrypt_failed"
