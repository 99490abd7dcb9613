"""app.sync.enrolment and app.sync.trust: the signed files the school and the hub exchange."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from app.errors import SyncError
from app.sync.enrolment import make_enrolment_request, read_enrolment_request
from app.sync.keys import generate_encryption_key, generate_signing_key
from app.sync.trust import TrustDocument, make_trust_document, read_trust_document

NOW = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
SCHOOL = str(uuid.uuid4())


def _request(**overrides: object) -> bytes:
    args: dict = dict(school_id=SCHOOL, school_name="Ādažu vidusskola",
                      registration_number="4313900001", municipality="Ādažu novads",
                      signing_key=generate_signing_key(),
                      encryption_public=generate_encryption_key().public_key())
    args.update(overrides)
    return make_enrolment_request(**args)


def test_enrolment_request_round_trip_and_fingerprint() -> None:
    request = read_enrolment_request(_request())
    assert (request.school_id, request.school_name) == (SCHOOL, "Ādažu vidusskola")
    groups = request.fingerprint.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)


def test_a_changed_request_is_refused_with_a_clear_message() -> None:
    data = _request()
    changed = data.replace("Ādažu vidusskola".encode(), "Ādažu pamatskola".encode())
    with pytest.raises(SyncError) as bad:
        read_enrolment_request(changed)
    assert bad.value.kind == "bad_signature"
    assert "paraksts" in bad.value.text("lv").lower()
    with pytest.raises(SyncError) as garbage:
        read_enrolment_request(b"not json")
    assert "Pieteikuma datne" in garbage.value.text("lv")
    document = json.loads(data)
    document["request"]["format"] = "pumpurs-enrolment/9"
    from app.sync.canonical import canonical_bytes

    with pytest.raises(SyncError) as version:
        read_enrolment_request(canonical_bytes(document))
    assert "pumpurs-enrolment/9" in version.value.text("en")
    with pytest.raises(SyncError) as big:
        read_enrolment_request(b" " * 70_000)
    assert big.value.kind == "too_large"


def _trust(version: int, key: object, previous: object = None, **kw: object) -> bytes:
    args: dict = dict(municipality="Ādažu novads", hub_id="hub-adazi", version=version,
                      signing_key=key, encryption_public=generate_encryption_key().public_key(),
                      url="https://hub.adazi.lv", school_id=SCHOOL,
                      previous_signing_key=previous, issued_at=NOW)
    args.update(kw)
    return make_trust_document(**args)


def _read(data: bytes, current: TrustDocument | None = None, **kw: object) -> TrustDocument:
    return read_trust_document(data, current=current, now=NOW + timedelta(days=1), **kw)


def test_trust_versions_rise_and_rotation_needs_the_old_key() -> None:
    old, new = generate_signing_key(), generate_signing_key()
    v1 = _read(_trust(1, old))
    assert v1.version == 1 and not v1.require_names
    with pytest.raises(SyncError) as rollback:
        _read(_trust(1, old), v1)
    assert rollback.value.kind == "rollback" and "versija 1" in rollback.value.text("lv")
    v2 = _read(_trust(2, new, previous=old), v1)
    assert v2.hub_signing_public != v1.hub_signing_public
    with pytest.raises(SyncError) as unsigned:
        _read(_trust(3, generate_signing_key()), v2)
    assert "nav parakstīts ar pašreizējo" in unsigned.value.text("lv")
    with pytest.raises(SyncError):
        _read(_trust(3, generate_signing_key(), previous=old), v2)  # not the current key


def test_expired_tampered_foreign_and_insecure_documents_are_refused() -> None:
    key = generate_signing_key()
    with pytest.raises(SyncError) as expired:
        read_trust_document(_trust(1, key), current=None, now=NOW + timedelta(days=400))
    assert expired.value.kind == "expired" and "derīgums beidzās" in expired.value.text("lv")
    tampered = _trust(1, key).replace(b"hub.adazi.lv", b"hub.evil0.lv")
    with pytest.raises(SyncError) as bad:
        _read(tampered)
    assert bad.value.kind == "bad_signature"
    with pytest.raises(SyncError) as other:
        _read(_trust(1, key), school_id=str(uuid.uuid4()))
    assert "citai skolai" in other.value.text("lv")
    with pytest.raises(SyncError) as plain_http:
        _trust(1, key, url="http://hub.adazi.lv")
    assert "url" in plain_http.value.text("en")
    assert _read(_trust(1, key, url="http://127.0.0.1:8750")).url == "http://127.0.0.1:8750"


def test_the_free_text_setting_is_written_only_when_on_and_absent_means_off() -> None:
    from app.sync.enrolment import signed_document

    key = generate_signing_key()
    old = _trust(1, key)  # as every document before the setting existed
    assert b"send_free_text" not in old and not _read(old).send_free_text
    on = _trust(2, key, send_free_text=True)
    assert _read(on).send_free_text
    body = json.loads(on)["document"]
    body["send_free_text"] = False  # "false" is never written: refused as a malformed field
    with pytest.raises(SyncError) as bad:
        _read(signed_document("document", body, [key]))
    assert "send_free_text" in bad.value.text("en")
