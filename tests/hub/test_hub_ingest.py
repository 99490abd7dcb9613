"""Ingest on the hub store itself (SQLite and PostgreSQL): every hub-side failure case of
sync-protocol.md, and the records applied exactly once and in order."""

from __future__ import annotations

import io
import zipfile

from sqlalchemy import func, select

from app.hub.enrolment import enrol_school, revoke_key
from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle, list_quarantined
from app.hub.models import Bundle, Receipt, Rejection
from app.hub.models_records import HubStudent, Record
from app.sync.envelope_zip import pack
from tests.builders.hub import TestSchool, new_id, tombstone, upsert


def _count(hub: Hub, model: type, *where: object) -> int:
    with hub.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _students(hub: Hub) -> set[str]:
    with hub.store.read() as s:
        return set(s.scalars(select(HubStudent.id)))


def _student(sid: str | None = None) -> dict[str, list]:
    return {"student": [upsert(sid or new_id(), status="active", grade=7,
                               first_name="Jānis", last_name="Bērziņš")]}


def test_a_bundle_is_applied_and_kept_byte_for_byte(hub: Hub, school: TestSchool) -> None:
    sid = new_id()
    built = school.bundle(_student(sid))
    result = ingest_bundle(hub, built.data)
    assert (result.status, result.seq, result.applied_seq) == ("accepted", 1, 1)
    assert _students(hub) == {sid}
    with hub.store.read() as s:
        row = s.scalars(select(Bundle)).one()
        stored = s.scalars(select(HubStudent)).one()
    assert bytes(row.data) == built.data and row.status == "applied"
    assert stored.first_name is None and stored.last_name is None  # pseudonymous by default


def test_the_same_bundle_twice_is_stored_once(hub: Hub, school: TestSchool) -> None:
    built = school.bundle(_student())
    assert ingest_bundle(hub, built.data).status == "accepted"
    again = ingest_bundle(hub, built.data)
    assert again.status == "duplicate" and again.applied_seq == 1
    assert _count(hub, Bundle) == 1 and _count(hub, Record) == 1


def test_same_id_other_bytes_is_a_conflict_and_nothing_is_stored(
        hub: Hub, school: TestSchool) -> None:
    first = school.bundle(_student())
    ingest_bundle(hub, first.data)
    other = school.bundle(_student(), seq=1, prev=None, advance=False)
    forged = school.bundle(_student(), seq=2, advance=False)
    from app.sync.envelope import build_bundle

    same_id = build_bundle({"schema_version": 1, "records": _student()}, kind="school-upload",
                           sender_id=school.school_id, signing_key=school.signing,
                           recipient_public=school.trust.hub_encryption_public, seq=2,
                           prev_manifest_sha256=first.manifest_sha256,
                           bundle_id=first.bundle_id)
    result = ingest_bundle(hub, same_id.data)
    assert result.status == "conflict"
    assert "citu saturu" in (result.reason("lv") or "")
    assert _count(hub, Bundle) == 1 and len(_students(hub)) == 1
    assert other.bundle_id != forged.bundle_id


def test_a_gap_is_held_and_applied_when_the_missing_bundle_arrives(
        hub: Hub, school: TestSchool) -> None:
    a, b = new_id(), new_id()
    first = school.bundle(_student(a))
    second = school.bundle({"student": [tombstone(a), *_student(b)["student"]]})
    held = ingest_bundle(hub, second.data)
    assert held.status == "held" and held.applied_seq == 0
    assert "numur 1" in (held.reason("lv") or "")
    assert _students(hub) == set()
    applied = ingest_bundle(hub, first.data)
    assert applied.status == "accepted" and applied.applied_seq == 2
    assert _students(hub) == {b}  # the tombstone of seq 2 came after the upsert of seq 1
    assert _count(hub, Bundle, Bundle.status == "applied") == 2


def test_a_fork_is_quarantined_never_merged(hub: Hub, school: TestSchool) -> None:
    kept = new_id()
    ingest_bundle(hub, school.bundle(_student(kept)).data)
    fork = school.bundle(_student(), seq=1, prev=None, advance=False)  # a restored backup
    result = ingest_bundle(hub, fork.data)
    assert result.status == "quarantined"
    assert "karantīnā" in (result.reason("lv") or "")
    assert _students(hub) == {kept}
    assert [q[1] for q in list_quarantined(hub)] == [1]
    # the chain goes on from the kept bundle
    assert ingest_bundle(hub, school.bundle(_student()).data).status == "accepted"


def test_a_held_bundle_that_does_not_chain_is_quarantined(
        hub: Hub, school: TestSchool) -> None:
    first = school.bundle(_student())
    stray = school.bundle(_student(), seq=2, prev="0" * 64, advance=False)
    assert ingest_bundle(hub, stray.data).status == "held"
    assert ingest_bundle(hub, first.data).status == "accepted"
    assert [q[1] for q in list_quarantined(hub)] == [2]
    assert len(_students(hub)) == 1


def test_unknown_revoked_and_other_school_keys_are_rejected(
        hub: Hub, school: TestSchool) -> None:
    stranger = TestSchool(name="Svešā skola")
    stranger.trust = school.trust
    assert ingest_bundle(hub, stranger.bundle(_student()).data).kind == "unknown_key"
    other = TestSchool(name="Carnikavas pamatskola")
    other.accept_trust(enrol_school(hub, other.request()).trust)
    theirs = other.bundle(_student())
    result = ingest_bundle(hub, theirs.data, school_id=school.school_id)
    assert result.status == "rejected" and result.reason_key == "hub.sender_mismatch"
    revoke_key(hub, school.school_id)
    revoked = ingest_bundle(hub, school.bundle(_student()).data)
    assert revoked.reason_key == "hub.key_revoked"
    assert "atsaukta" in (revoked.reason("lv") or "")
    assert _count(hub, Bundle) == 0 and _students(hub) == set()
    assert _count(hub, Rejection) == 3


def test_flipped_truncated_and_malformed_files_are_rejected(
        hub: Hub, school: TestSchool) -> None:
    data = school.bundle(_student()).data
    for i in (10, len(data) // 2, len(data) - 30):
        flipped = bytearray(data)
        flipped[i] ^= 0x01
        assert ingest_bundle(hub, bytes(flipped)).status == "rejected"
    truncated = ingest_bundle(hub, data[: len(data) // 2])
    assert truncated.status == "rejected" and truncated.kind == "malformed"
    assert "bojāta" in (truncated.reason("lv") or "")
    assert ingest_bundle(hub, b"").status == "rejected"
    assert _count(hub, Bundle) == 0 and _count(hub, Rejection) == 5
    assert ingest_bundle(hub, data).status == "accepted"  # the good one still goes in


def _zip(members: list[tuple[str, bytes]], compress: int = zipfile.ZIP_STORED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()


def test_zip_bomb_and_path_traversal_are_rejected_unread(
        hub: Hub, school: TestSchool) -> None:
    bomb = _zip([("manifest.json", b"{}"), ("manifest.sig", b"x"),
                 ("payload.bin", b"\0" * 50_000_000)], zipfile.ZIP_DEFLATED)
    assert len(bomb) < 100_000
    result = ingest_bundle(hub, bomb)
    assert result.status == "rejected" and result.kind in ("too_large", "bad_member")
    traversal = _zip([("../manifest.json", b"{}"), ("manifest.sig", b"x"),
                      ("payload.bin", b"x")])
    result = ingest_bundle(hub, traversal)
    assert result.status == "rejected" and result.kind == "bad_member"
    assert "..”" in (result.reason("lv") or "") or "ceļu" in (result.reason("lv") or "")
    assert _count(hub, Bundle) == 0


def test_oversized_file_is_refused_before_it_is_read(hub: Hub) -> None:
    from app.sync.limits import MAX_BUNDLE_BYTES

    result = ingest_bundle(hub, b"\0" * (MAX_BUNDLE_BYTES + 1))
    assert result.status == "rejected" and result.kind == "too_large"
    assert _count(hub, Bundle) == 0


def test_a_bundle_for_another_hub_key_is_rejected(hub: Hub, school: TestSchool) -> None:
    from app.sync.keys import generate_encryption_key, public_text

    built = school.bundle(_student(), advance=False)
    from app.sync.envelope import build_bundle

    elsewhere = build_bundle({"schema_version": 1, "records": _student()}, kind="school-upload",
                             sender_id=school.school_id, signing_key=school.signing,
                             recipient_public=public_text(generate_encryption_key().public_key()),
                             seq=1, prev_manifest_sha256=None)
    result = ingest_bundle(hub, elsewhere.data)
    assert result.reason_key == "hub.wrong_recipient"
    assert _count(hub, Receipt, Receipt.status == "rejected") == 1  # the school is told
    assert ingest_bundle(hub, built.data).status == "accepted"


def test_names_are_kept_only_for_schools_enrolled_with_require_names(hub: Hub) -> None:
    named = TestSchool(name="Vārdu skola")
    named.accept_trust(enrol_school(hub, named.request(), require_names=True).trust)
    assert named.trust is not None and named.trust.require_names
    ingest_bundle(hub, named.bundle(_student()).data)
    with hub.store.read() as s:
        row = s.scalars(select(HubStudent)).one()
    assert (row.first_name, row.last_name) == ("Jānis", "Bērziņš")


def test_the_container_must_be_exact(hub: Hub, school: TestSchool) -> None:
    built = school.bundle(_student())
    members = {}
    with zipfile.ZipFile(io.BytesIO(built.data)) as archive:
        for name in archive.namelist():
            members[name] = archive.read(name)
    assert pack(members) == built.data
    appended = built.data + b"\0"
    assert ingest_bundle(hub, appended).status == "rejected"
