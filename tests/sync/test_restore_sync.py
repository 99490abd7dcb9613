"""After a restore from a backup the school's chain goes on after the hub's head: a real hub
on loopback (and one reached through a USB folder), a real encrypted database backed up,
synced further, restored and synced again — nothing quarantined as a fork."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import SyncError
from app.hub.downlink import write_downlinks
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.hub.models import Bundle
from app.hub.models import School as HubSchool
from app.hub.setup import init_hub
from app.models import Student, SyncBundle
from app.models.db import open_engine
from app.models.enums import BundleState
from app.secrets import KeyringSecretStore
from app.services.backup import create_backup, restore_backup
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.sync.engine import run_sync
from app.services.sync.enrolment import enrolment_request, import_trust
from app.services.sync.folder import export_to_folder, import_files
from app.services.sync.keys import load_school_keys
from app.sync.http_client import HttpTransport
from tests.builders.backup import DIRECTOR_PW, migrated_school
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.running_hub import Running
from tests.builders.school_sync import approved_plan


def _transport(store: Store, secrets: KeyringSecretStore, url: str) -> HttpTransport:
    with store.read() as s:
        keys = load_school_keys(s, secrets)
    return HttpTransport(url, school_id=keys.sender_id, signing_key=keys.signing)


def _new_pupil(store: Store, class_id: uuid.UUID, name: str) -> None:
    with store.write() as s:
        s.add(Student(id=uuid.uuid4(), first_name=name, last_name="Jaunais",
                      class_id=class_id))


def _hub_chain(running: Running, school_id: str) -> tuple[int, list[tuple[int, str]]]:
    with running.hub.store.read() as s:
        school = s.get(HubSchool, school_id)
        assert school is not None
        rows = s.execute(select(Bundle.seq, Bundle.status).where(Bundle.school_id == school_id)
                         .order_by(Bundle.id)).all()
        return school.applied_seq, [(r.seq, r.status) for r in rows]


def test_a_restored_school_continues_after_the_hubs_head(
        tmp_path: Path, running_hub: Running) -> None:
    made = migrated_school(tmp_path / "skola.db")
    store, fixture = made.store, made.school
    secrets = KeyringSecretStore(MemoryKeyring())
    coordinator = fixture.actors["coordinator"]
    approved_plan(store, fixture)
    import_trust(store, coordinator, _enrol(running_hub, store, secrets, coordinator))
    transport = _transport(store, secrets, running_hub.url)
    try:
        assert run_sync(store, secrets, transport, actor=coordinator).uploaded == 1
        backup = create_backup(store, fixture.actors["director"], made.key, tmp_path).path
        for name in ("Pēc", "Kopijas"):  # two more bundles the backup knows nothing of
            _new_pupil(store, fixture.class_ids["5.a"], name)
            assert run_sync(store, secrets, transport, actor=coordinator).uploaded == 1
        school_id = str(fixture.school_id)
        assert _hub_chain(running_hub, school_id)[0] == 3
        store.close()

        restore_backup(backup, made.db, made.key, username="direktors", password=DIRECTOR_PW)
        restored = Store(open_engine(made.db, made.key))
        try:
            _new_pupil(restored, fixture.class_ids["6.b"], "Atjaunotais")
            result = run_sync(restored, secrets, transport, actor=coordinator)
            assert (result.uploaded, result.failed) == (1, 0)
            applied_seq, chain = _hub_chain(running_hub, school_id)
            assert applied_seq == 4
            assert [status for _, status in chain] == ["applied"] * 4  # no fork quarantined
            with restored.read() as s:
                rows = s.execute(select(SyncBundle.seq, SyncBundle.state, SyncBundle.data)
                                 .order_by(SyncBundle.seq)).all()
            assert [(r.seq, r.state) for r in rows] == [
                (n, BundleState.ACKNOWLEDGED) for n in (1, 2, 3, 4)]
            # 2 and 3 are known only from the hub's receipts; 1 and 4 were built here
            assert [r.data == b"" for r in rows] == [False, True, True, False]
            again = run_sync(restored, secrets, transport, actor=coordinator)
            assert (again.built, again.uploaded) == (0, 0)  # nothing more to send
        finally:
            restored.close()
    finally:
        transport.close()


def _enrol(running: Running, store: Store, secrets: KeyringSecretStore,
           coordinator: Actor) -> bytes:
    request = enrolment_request(store, secrets, coordinator)
    return enrol_school(running.hub, request.data).trust


def test_the_usb_way_waits_for_the_hubs_answers_after_a_restore(tmp_path: Path) -> None:
    hub = init_hub(str(tmp_path / "hub.db"), tmp_path / "hub-keys",
                   municipality="Dienvidkurzemes novads", url="https://hub.example.lv",
                   hub_id="hub-dienvidkurzeme")
    made = migrated_school(tmp_path / "skola.db")
    store, fixture = made.store, made.school
    secrets = KeyringSecretStore(MemoryKeyring())
    coordinator = fixture.actors["coordinator"]
    school_id = str(fixture.school_id)
    approved_plan(store, fixture)
    import_trust(store, coordinator, enrol_school(
        hub, enrolment_request(store, secrets, coordinator).data).trust)
    stick = tmp_path / "USB"

    def round_trip(db: Store) -> list[str]:
        statuses = [ingest_bundle(hub, f.read_bytes()).status
                    for f in export_to_folder(db, secrets, stick, actor=coordinator).files]
        for f in stick.glob("*-up-*.pumpurs"):
            f.unlink()
        answers = write_downlinks(hub, school_id, stick)
        assert all(o.ok for o in import_files(db, secrets, answers, actor=coordinator))
        return statuses

    try:
        assert round_trip(store) == ["accepted"]
        backup = create_backup(store, fixture.actors["director"], made.key, tmp_path).path
        _new_pupil(store, fixture.class_ids["5.a"], "Pēc")
        assert round_trip(store) == ["accepted"]
        store.close()
        restore_backup(backup, made.db, made.key, username="direktors", password=DIRECTOR_PW)
        restored = Store(open_engine(made.db, made.key))
        try:
            with pytest.raises(SyncError) as refused:
                export_to_folder(restored, secrets, stick, actor=coordinator)
            assert "vispirms importējiet pašvaldības jaunākās atbildes" in refused.value.text()
            every_answer = write_downlinks(hub, school_id, stick, after=0)
            assert all(o.ok for o in import_files(restored, secrets, every_answer,
                                                  actor=coordinator))
            _new_pupil(restored, fixture.class_ids["6.b"], "Atjaunotais")
            assert round_trip(restored) == ["accepted"]
            applied_seq, chain = _hub_chain_of(hub, school_id)
            assert applied_seq == 3 and [s for _, s in chain] == ["applied"] * 3
        finally:
            restored.close()
    finally:
        hub.close()


def _hub_chain_of(hub: Hub, school_id: str) -> tuple[int, list[tuple[int, str]]]:
    return _hub_chain(Running(hub, ""), school_id)
