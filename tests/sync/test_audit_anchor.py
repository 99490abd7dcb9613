"""Security finding 7: a school's audit trail cut short, or rewritten with every later hash
recomputed, still makes a sound chain — but its head travels in every bundle, so the real
hub on loopback records it (`pumpurs-hub audit-anchors`), and check-db finds the head last
sent gone or changed. An honest school shows nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import delete, select

from app.hub.audit_anchor import AuditAnchor, audit_findings
from app.hub.enrolment import enrol_school
from app.models import AuditEntry, SyncIdentity
from app.secrets import KeyringSecretStore
from app.services.checks.integrity import check_database
from app.services.core.audit import GENESIS, _entry_hash
from app.services.core.store import Store
from app.services.school.calendar import school_info
from app.services.school.settings import save_school_settings
from app.services.sync.engine import run_sync
from app.services.sync.enrolment import enrolment_request, import_trust
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.running_hub import Running, _transport
from tests.builders.school import SchoolFixture


def _enrolled(store: Store, school: SchoolFixture, hub: Running) -> KeyringSecretStore:
    secrets = KeyringSecretStore(MemoryKeyring())
    coordinator = school.actors["coordinator"]
    request = enrolment_request(store, secrets, coordinator)
    import_trust(store, coordinator, enrol_school(hub.hub, request.data).trust)
    return secrets


def _edit_and_sync(store: Store, school: SchoolFixture, secrets: KeyringSecretStore,
                   hub: Running, minutes: int) -> None:
    info = school_info(store)
    save_school_settings(store, school.actors["admin"], info.name, info.registration_number,
                         info.municipality, minutes)
    transport = _transport(store, secrets, hub.url)
    try:
        result = run_sync(store, secrets, transport, actor=school.actors["coordinator"])
    finally:
        transport.close()
    assert result.uploaded >= 1 and result.failed == 0


def _kinds(hub: Running) -> list[str]:
    with hub.hub.store.read() as s:
        return [f.kind for f in audit_findings(s)]


def _anchor_finding(store: Store) -> str:
    report = check_database(store)
    (finding,) = [f for f in report.findings if f.check == "audit_anchor"]
    return finding.key


def _sent_head(store: Store) -> int:
    with store.read() as s:
        seq = s.scalars(select(SyncIdentity)).one().audit_head_seq
    assert seq is not None and seq > 2
    return seq


def test_an_honest_school_shows_nothing(store: Store, school: SchoolFixture,
                                        running_hub: Running) -> None:
    secrets = _enrolled(store, school, running_hub)
    _edit_and_sync(store, school, secrets, running_hub, 11)
    _edit_and_sync(store, school, secrets, running_hub, 12)
    assert _kinds(running_hub) == []
    with running_hub.hub.store.read() as s:
        kept = s.get(AuditAnchor, str(school_info(store).id))
        assert kept is not None and kept.head_seq == _sent_head(store)
    assert _anchor_finding(store) == "integrity.audit_anchor_ok"


def test_entries_removed_after_the_head_sent_show_at_hub_and_in_check_db(
        store: Store, school: SchoolFixture, running_hub: Running) -> None:
    secrets = _enrolled(store, school, running_hub)
    _edit_and_sync(store, school, secrets, running_hub, 11)
    head = _sent_head(store)
    with store.write() as s:  # the last entries, the one sent among them, removed
        s.execute(delete(AuditEntry).where(AuditEntry.seq >= head - 1))
    assert _anchor_finding(store) == "integrity.audit_anchor_gone"
    _edit_and_sync(store, school, secrets, running_hub, 12)
    assert _kinds(running_hub) == ["shortened"]


def test_a_rewritten_history_shows_at_hub_and_in_check_db(
        store: Store, school: SchoolFixture, running_hub: Running) -> None:
    secrets = _enrolled(store, school, running_hub)
    _edit_and_sync(store, school, secrets, running_hub, 11)
    with store.write() as s:  # an entry changed and every later hash recomputed
        prev = GENESIS
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
            if e.seq == 2:
                e.details = '{"covered":"up"}'
            e.prev_hash = prev
            e.hash = _entry_hash(prev, e.at, e.user_id, e.action, e.entity, e.entity_id,
                                 e.student_id, e.details, seq=e.seq, username=e.username,
                                 hash_format=e.hash_format)
            prev = e.hash
    chain = [f for f in check_database(store).findings if f.check == "audit_chain"]
    assert [f.key for f in chain] == ["integrity.audit_ok"]  # a sound chain ...
    assert _anchor_finding(store) == "integrity.audit_anchor_changed"  # ... not the one sent
    _edit_and_sync(store, school, secrets, running_hub, 12)
    assert _kinds(running_hub) == ["rewritten"]


def test_the_hub_lists_the_findings(store: Store, school: SchoolFixture,
                                    running_hub: Running, tmp_path: Path) -> None:
    secrets = _enrolled(store, school, running_hub)
    _edit_and_sync(store, school, secrets, running_hub, 11)
    with store.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq >= _sent_head(store) - 1))
    _edit_and_sync(store, school, secrets, running_hub, 12)
    listed = subprocess.run(  # the running_hub fixture's store and keys
        [sys.executable, "-m", "app.hub.cli", "audit-anchors", "--db",
         str(tmp_path / "hub.db"), "--keys", str(tmp_path / "hub-keys")],
        capture_output=True, text=True, check=False)
    assert listed.returncode == 0, listed.stderr
    assert "Skolu audita žurnāli, kas neatbilst iepriekš saņemtajam: 1." in listed.stdout
    assert "audita žurnāls ir īsāks nekā iepriekš" in listed.stdout
