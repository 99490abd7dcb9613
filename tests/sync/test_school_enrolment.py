"""Keys, the enrolment request and the municipality's trust document, at the school."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import SyncError
from app.models import TrustRecord
from app.secrets import KeyringSecretStore
from app.services.core.store import Store
from app.services.sync.enrolment import enrolment_request, import_trust, trust_info
from app.services.sync.keys import ensure_identity, load_school_keys
from app.sync.enrolment import read_enrolment_request
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.school import SchoolFixture
from tests.builders.school_sync import Enrolled, TestHub, enrolled

__all__ = ["enrolled"]
GROUPS_OF_FOUR = re.compile(r"[A-Z2-7]{4}( [A-Z2-7]{4}){7}")


def _versions(store: Store) -> list[int]:
    with store.read() as s:
        return list(s.scalars(select(TrustRecord.version).order_by(TrustRecord.version)))


def test_the_enrolment_request_names_the_school_and_its_keys(
        store: Store, school: SchoolFixture) -> None:
    ring = MemoryKeyring()
    secrets = KeyringSecretStore(ring)
    made = enrolment_request(store, secrets, school.actors["coordinator"])

    request = read_enrolment_request(made.data)
    assert request.school_id == str(school.school_id) == made.school_id
    assert request.school_name == "Priekules vidusskola"
    assert request.fingerprint == made.fingerprint
    assert GROUPS_OF_FOUR.fullmatch(made.fingerprint)
    assert len(ring.passwords) == 2  # the private halves are in the keyring, not the database
    again = enrolment_request(store, secrets, school.actors["coordinator"])
    assert read_enrolment_request(again.data).key_id == request.key_id  # same keys


def test_keys_missing_from_the_secret_store_are_reported_clearly(
        store: Store, school: SchoolFixture) -> None:
    ensure_identity(store, KeyringSecretStore(MemoryKeyring()), school.actors["coordinator"])
    with store.read() as s, pytest.raises(SyncError) as exc:
        load_school_keys(s, KeyringSecretStore(MemoryKeyring()))
    assert "no jauna" in exc.value.text("lv") and "Enrol the school" in exc.value.text("en")


def test_a_newer_trust_document_replaces_the_old_one_an_older_one_is_refused(
        enrolled: Enrolled) -> None:
    hub, coordinator = enrolled.hub, enrolled.coordinator
    info = import_trust(enrolled.store, coordinator, hub.trust(enrolled.school_id, 3))
    assert info.version == 3 and GROUPS_OF_FOUR.fullmatch(info.fingerprint)

    for old in (2, 3):
        with pytest.raises(SyncError) as exc:
            import_trust(enrolled.store, coordinator, hub.trust(enrolled.school_id, old))
        assert exc.value.kind == "rollback"
    assert _versions(enrolled.store) == [1, 3]
    current = trust_info(enrolled.store)
    assert current is not None and current.version == 3


def test_a_trust_document_for_another_school_or_expired_is_refused(enrolled: Enrolled) -> None:
    hub, coordinator = enrolled.hub, enrolled.coordinator
    with pytest.raises(SyncError):
        import_trust(enrolled.store, coordinator, hub.trust(uuid.uuid4(), 2))
    past = datetime.now(UTC).replace(microsecond=0) - timedelta(days=400)
    with pytest.raises(SyncError) as exc:
        import_trust(enrolled.store, coordinator, hub.trust(
            enrolled.school_id, 2, issued_at=past, expires_at=past + timedelta(days=30)))
    assert exc.value.kind == "expired"
    with pytest.raises(SyncError):
        import_trust(enrolled.store, coordinator, TestHub().trust(enrolled.school_id, 5))
    assert _versions(enrolled.store) == [1]


def test_a_tampered_trust_document_is_refused(enrolled: Enrolled) -> None:
    data = enrolled.hub.trust(enrolled.school_id, 2).replace(b"127.0.0.1:9", b"127.0.0.1:8")
    with pytest.raises(SyncError) as exc:
        import_trust(enrolled.store, enrolled.coordinator, data)
    assert exc.value.kind == "bad_signature"
    assert _versions(enrolled.store) == [1]
