"""Outbox → bundles at the school: order, chain, no doubles, nothing lost, nothing confidential."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.errors import PermissionDenied, SyncError
from app.models import (
    Consultation,
    OutboxChange,
    RiskAssessment,
    Student,
    SyncBundle,
)
from app.models.enums import ConsultationKind, SpecialistType, StudentStatus, SyncState
from app.services.core import audit
from app.services.core.store import Store
from app.services.sync.outbox import build_pending_bundles, pending_changes
from app.sync.canonical import canonical_bytes
from tests.builders.school import SchoolFixture
from tests.builders.school_sync import Enrolled, TestHub, approved_plan, enrol, enrolled

__all__ = ["enrolled"]


def _bundles(store: Store) -> list[SyncBundle]:
    with store.read() as s:
        return list(s.scalars(select(SyncBundle).order_by(SyncBundle.seq)))


def _states(store: Store) -> dict[SyncState, int]:
    with store.read() as s:
        rows = s.execute(select(OutboxChange.state, func.count()).group_by(OutboxChange.state))
        return {state: n for state, n in rows}


def test_first_bundle_carries_the_school_and_pseudonymous_students(enrolled: Enrolled) -> None:
    built = build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)

    assert [b.seq for b in built] == [1]
    manifest, payload = enrolled.open_upload(_bundles(enrolled.store)[0].data)
    assert manifest["prev_manifest_sha256"] is None
    assert manifest["sender_id"] == str(enrolled.school_id)
    records = payload["records"]
    assert len(records["student"]) == 5 and records["school"][0]["data"]["name"]
    anna = next(r for r in records["student"]
                if r["id"] == str(enrolled.school.student_ids["Anna Ēcere"]))
    assert anna["op"] == "upsert"
    assert set(anna["data"]) == {"class_id", "grade", "programme", "status",
                                 "status_changed_on"}
    assert anna["data"]["grade"] == 5
    assert b"Anna" not in canonical_bytes(payload) and b"\xc4\x92cere" not in canonical_bytes(
        payload)
    assert pending_changes_now(enrolled) == 0
    assert SyncState.TO_SEND not in _states(enrolled.store)


def pending_changes_now(env: Enrolled) -> int:
    with env.store.read() as s:
        return pending_changes(s)


def test_names_travel_only_when_the_trust_document_requires_them(
        store: Store, school: SchoolFixture) -> None:
    env = enrol(store, school, TestHub(), require_names=True)
    build_pending_bundles(env.store, env.secrets, env.coordinator)
    _, payload = env.open_upload(_bundles(store)[0].data)
    names = {r["data"]["first_name"] for r in payload["records"]["student"]}
    assert names == {"Anna", "Pēteris", "Laura", "Oskars", "Elīza"}


def test_no_changes_make_no_new_bundle(enrolled: Enrolled) -> None:
    build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    again = build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    assert again == []
    assert len(_bundles(enrolled.store)) == 1


def test_a_record_edited_after_bundling_goes_out_again_in_the_next_bundle(
        enrolled: Enrolled) -> None:
    build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    oskars = enrolled.school.student_ids["Oskars Lūsis"]
    with enrolled.store.write() as s:
        student = s.get(Student, oskars)
        assert student is not None
        student.status = StudentStatus.TRANSFERRED
    assert pending_changes_now(enrolled) == 1

    build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)

    first, second = _bundles(enrolled.store)
    manifest, payload = enrolled.open_upload(second.data)
    assert manifest["seq"] == 2 and manifest["prev_manifest_sha256"] == first.manifest_sha256
    (record,) = payload["records"]["student"]
    assert list(payload["records"]) == ["student"]
    assert (record["id"], record["op"]) == (str(oskars), "upsert")
    assert record["data"] == {"class_id": str(enrolled.school.class_ids["6.b"]), "grade": 6,
                              "programme": "general", "status": "transferred",
                              "status_changed_on": None}
    assert enrolled.open_upload(first.data)[1]["records"]["student"]  # first one unchanged


def test_a_deleted_record_travels_as_a_tombstone(enrolled: Enrolled) -> None:
    student = uuid.uuid4()
    with enrolled.store.write() as s:
        s.add(Student(id=student, first_name="Jānis", last_name="Kļava",
                      class_id=enrolled.school.class_ids["5.a"]))
    build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    with enrolled.store.write() as s:
        row = s.get(Student, student)
        s.delete(row)
    build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)

    _, payload = enrolled.open_upload(_bundles(enrolled.store)[-1].data)
    (tombstone,) = payload["records"]["student"]
    assert tombstone["id"] == str(student) and tombstone["op"] == "delete"
    assert "data" not in tombstone


def test_a_crash_during_the_build_stores_nothing_and_the_next_build_sends_it_all(
        enrolled: Enrolled, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _states(enrolled.store)

    def power_cut(*args: object, **kwargs: object) -> None:
        raise RuntimeError("power cut")

    with monkeypatch.context() as patch:
        patch.setattr(audit, "record", power_cut)
        with pytest.raises(RuntimeError):
            build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)

    assert _bundles(enrolled.store) == []
    assert _states(enrolled.store) == before
    built = build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    assert [b.seq for b in built] == [1]
    _, payload = enrolled.open_upload(_bundles(enrolled.store)[0].data)
    assert len(payload["records"]["student"]) == 5


def test_many_changes_are_split_into_chained_bundles_with_nothing_doubled(
        enrolled: Enrolled) -> None:
    built = build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator,
                                  max_records=3)
    rows = _bundles(enrolled.store)
    assert [b.seq for b in built] == list(range(1, len(rows) + 1)) and len(rows) >= 3
    seen: list[str] = []
    for prev, row in zip([None, *rows], rows, strict=False):
        manifest, payload = enrolled.open_upload(row.data)
        assert manifest["prev_manifest_sha256"] == (prev.manifest_sha256 if prev else None)
        seen += [r["id"] for records in payload["records"].values() for r in records]
    assert len(seen) == len(set(seen))
    assert set(enrolled.school.student_ids.values()) <= {uuid.UUID(i) for i in seen}


def test_values_are_exact_and_consultation_notes_never_leave_the_school(
        enrolled: Enrolled) -> None:
    plan_id, _ = approved_plan(enrolled.store, enrolled.school)
    school = enrolled.school
    anna = school.student_ids["Anna Ēcere"]
    with enrolled.store.write() as s:
        s.add(RiskAssessment(student_id=anna, semester_id=school.current_semester_id,
                             assessed_by_id=school.actors["teacher"].user_id,
                             assessed_on=date(2026, 9, 20), absence_pct=Decimal("12.50"),
                             note="Ģimenē grūtības"))
        for minutes in (45, 30):
            s.add(Consultation(student_id=anna, plan_id=plan_id,
                               staff_id=school.actors["support"].user_id,
                               specialist_type=SpecialistType.PSYCHOLOGIST,
                               held_on=date(2026, 10, 1), minutes=minutes,
                               kind=ConsultationKind.INDIVIDUAL,
                               confidential_notes="SLEPENS: vecāku šķiršanās"))
    build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)

    _, payload = enrolled.open_upload(_bundles(enrolled.store)[0].data)
    plain = canonical_bytes(payload)
    assert b"SLEPENS" not in plain and "Ģimenē".encode() not in plain
    assert "consultation" not in payload["records"]
    (assessment,) = payload["records"]["risk_assessment"]
    assert assessment["data"]["absence_pct"] == "12.50"
    assert assessment["data"]["semester"] == "2026/2027-1"
    assert assessment["data"]["levels"]["learning"] == 3  # absence ≥ 10 %
    (delivery,) = payload["records"]["delivery_total"]
    assert delivery["data"]["plan_id"] == str(plan_id)
    assert (delivery["data"]["kind"], delivery["data"]["code"]) == ("consultation",
                                                                      "psychologist")
    assert (delivery["data"]["sessions"], delivery["data"]["minutes"]) == (2, 75)
    (version,) = payload["records"]["plan_version"]
    assert version["data"]["status"] == "approved" and version["data"]["signature"]


def test_changed_totals_go_out_again_unchanged_ones_do_not(enrolled: Enrolled) -> None:
    plan_id, _ = approved_plan(enrolled.store, enrolled.school)
    school = enrolled.school
    with enrolled.store.write() as s:
        s.add(Consultation(student_id=school.student_ids["Anna Ēcere"], plan_id=plan_id,
                           staff_id=school.actors["support"].user_id,
                           specialist_type=SpecialistType.PSYCHOLOGIST,
                           held_on=date(2026, 10, 1), minutes=40))
    build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    with enrolled.store.write() as s:
        row = s.scalar(select(Consultation))
        assert row is not None
        row.topic = "Mācību motivācija"  # does not change the totals
    assert build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator) == []
    with enrolled.store.write() as s:
        row = s.scalar(select(Consultation))
        assert row is not None
        row.minutes = 60
    build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    _, payload = enrolled.open_upload(_bundles(enrolled.store)[-1].data)
    assert payload["records"]["delivery_total"][0]["data"]["minutes"] == 60
    with enrolled.store.write() as s:
        s.delete(s.scalar(select(Consultation)))
    build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    _, payload = enrolled.open_upload(_bundles(enrolled.store)[-1].data)
    assert [r["op"] for r in payload["records"]["delivery_total"]] == ["delete"]


def test_a_teacher_may_not_build_bundles_and_nothing_is_stored(enrolled: Enrolled) -> None:
    with pytest.raises(PermissionDenied):
        build_pending_bundles(enrolled.store, enrolled.secrets,
                              enrolled.school.actors["teacher"])
    assert _bundles(enrolled.store) == []


def test_without_a_trust_document_nothing_is_built(store: Store, school: SchoolFixture) -> None:
    from app.secrets import KeyringSecretStore
    from app.services.sync.enrolment import enrolment_request
    from tests.builders.memory_keyring import MemoryKeyring

    secrets = KeyringSecretStore(MemoryKeyring())
    enrolment_request(store, secrets, school.actors["coordinator"])
    with pytest.raises(SyncError) as exc:
        build_pending_bundles(store, secrets, school.actors["coordinator"])
    assert "uzticības dokuments" in exc.value.text("lv")
    assert "trust document" in exc.value.text("en")
    assert _bundles(store) == []
