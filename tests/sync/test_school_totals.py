"""Delivery totals recomputed only for the pupils touched since the last bundle: a moved or
deleted consultation still reaches the pupil it was counted for, a changed rate or semester
recomputes everything, and a run of several bundles loses no consultation change."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import delete, select, update

from app.models import (
    Consultation,
    MeasureType,
    Semester,
    Student,
    SyncBundle,
    SyncPlanTotal,
)
from app.models.enums import MeasureUnit, SpecialistType
from app.models.sync_state import SyncTotalBasis, SyncTotalSource
from app.services.sync.conflicts import queue_full_resync
from app.services.sync.outbox import build_pending_bundles, pending_changes
from app.services.sync.totals import delivery_totals
from tests.builders.school_sync import Enrolled, enrolled

__all__ = ["enrolled"]

ANNA = "Anna Ēcere"


def _other(enrolled: Enrolled) -> str:
    return next(name for name in enrolled.school.student_ids if name != ANNA)


def _consult(enrolled: Enrolled, student: str, minutes: int = 45,
             held_on: date = date(2026, 10, 1)) -> uuid.UUID:
    school = enrolled.school
    with enrolled.store.write() as s:
        row = Consultation(student_id=school.student_ids[student],
                           staff_id=school.actors["support"].user_id,
                           specialist_type=SpecialistType.PSYCHOLOGIST, held_on=held_on,
                           minutes=minutes)
        s.add(row)
        s.flush()
        return row.id


def _build(enrolled: Enrolled) -> list[dict[str, Any]]:
    """Build what is pending; the delivery_total records of the newest bundle (or [])."""
    built = build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    if not built:
        return []
    with enrolled.store.read() as s:
        row = s.scalar(select(SyncBundle).order_by(SyncBundle.seq.desc()).limit(1))
        assert row is not None
        data = row.data
    _, payload = enrolled.open_upload(data)
    records: list[dict[str, Any]] = payload["records"].get("delivery_total", [])
    return records


def _stored_totals(enrolled: Enrolled) -> dict[uuid.UUID, uuid.UUID | None]:
    with enrolled.store.read() as s:
        return {rid: student for rid, student in
                s.execute(select(SyncPlanTotal.record_id, SyncPlanTotal.student_id))}


def test_a_consultation_moved_to_another_student_then_deleted_updates_both_students(
        enrolled: Enrolled) -> None:
    other = _other(enrolled)
    cid = _consult(enrolled, ANNA)
    (first,) = _build(enrolled)
    assert first["op"] == "upsert" and first["data"]["student_id"] == str(
        enrolled.school.student_ids[ANNA])
    with enrolled.store.write() as s:  # entered for the wrong pupil, corrected
        row = s.get(Consultation, cid)
        assert row is not None
        row.student_id = enrolled.school.student_ids[other]
    moved = {r["op"]: r for r in _build(enrolled)}
    assert moved["delete"]["id"] == first["id"]  # Anna's total vanished
    assert moved["upsert"]["data"]["student_id"] == str(enrolled.school.student_ids[other])
    assert moved["upsert"]["data"]["minutes"] == 45
    with enrolled.store.write() as s:
        s.delete(s.get(Consultation, cid))
    (gone,) = _build(enrolled)
    assert (gone["op"], gone["id"]) == ("delete", moved["upsert"]["id"])
    assert _stored_totals(enrolled) == {}


def test_a_changed_hourly_rate_sends_the_totals_again_without_a_consultation_changing(
        enrolled: Enrolled) -> None:
    _consult(enrolled, ANNA, minutes=90)
    (before,) = _build(enrolled)
    assert before["data"]["value_cents"] == 0  # the fixture's year has no psychologist rate
    with enrolled.store.write() as s:
        s.add(MeasureType(school_year_id=enrolled.school.year_id, code="psy",
                          unit=MeasureUnit.HOURS, name_lv="Psihologs", name_en="Psychologist",
                          specialist_type=SpecialistType.PSYCHOLOGIST, rate_cents=2000))
    (after,) = _build(enrolled)
    assert after["id"] == before["id"] and after["data"]["value_cents"] == 3000
    assert _build(enrolled) == []  # nothing left to send


def test_a_changed_semester_date_moves_a_total_to_the_other_semester(enrolled: Enrolled) -> None:
    _consult(enrolled, ANNA, held_on=date(2026, 10, 1))
    (before,) = _build(enrolled)
    assert before["data"]["semester"] == "2026/2027-1"
    with enrolled.store.write() as s:
        sems = list(s.scalars(select(Semester).where(
            Semester.school_year_id == enrolled.school.year_id).order_by(Semester.number)))
        sems[0].ends_on = date(2026, 9, 30)
        sems[1].starts_on = date(2026, 10, 1)
    moved = {r["op"]: r for r in _build(enrolled)}
    assert moved["delete"]["id"] == before["id"]
    assert moved["upsert"]["data"]["semester"] == "2026/2027-2"


def test_consultations_changed_early_in_a_run_of_bundles_reach_its_last_bundle(
        enrolled: Enrolled) -> None:
    _consult(enrolled, ANNA, minutes=30)
    _build(enrolled)
    _consult(enrolled, ANNA, minutes=15)  # before the other changes: an early outbox seq
    with enrolled.store.write() as s:  # more records than one bundle holds
        for st in s.scalars(select(Student)):
            st.status_changed_on = date(2026, 11, 1)
    built = build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator,
                                  max_records=2)
    assert len(built) >= 3
    counts = [b.counts.get("delivery_total", 0) for b in built]
    assert counts[:-1] == [0] * (len(built) - 1) and counts[-1] == 1
    _, payload = enrolled.open_upload(_last_bundle_data(enrolled))
    (total,) = payload["records"]["delivery_total"]
    assert (total["data"]["sessions"], total["data"]["minutes"]) == (2, 45)
    with enrolled.store.read() as s:
        assert pending_changes(s) == 0


def _last_bundle_data(enrolled: Enrolled) -> bytes:
    with enrolled.store.read() as s:
        row = s.scalar(select(SyncBundle).order_by(SyncBundle.seq.desc()).limit(1))
        assert row is not None
        return row.data


def test_after_the_upgrade_nothing_unchanged_is_resent_and_later_builds_are_incremental(
        enrolled: Enrolled) -> None:
    cid = _consult(enrolled, ANNA)
    _build(enrolled)
    with enrolled.store.write() as s:  # as revision 0005 leaves a database that had totals
        s.execute(delete(SyncTotalBasis))
        s.execute(delete(SyncTotalSource))
        s.execute(update(SyncPlanTotal).values(student_id=None))
    assert _build(enrolled) == []
    assert set(_stored_totals(enrolled).values()) == {enrolled.school.student_ids[ANNA]}
    with enrolled.store.write() as s:
        s.delete(s.get(Consultation, cid))
    assert [r["op"] for r in _build(enrolled)] == ["delete"]


def test_a_full_resync_sends_every_total_again(enrolled: Enrolled) -> None:
    _consult(enrolled, ANNA)
    _consult(enrolled, _other(enrolled))
    assert len(_build(enrolled)) == 2
    queue_full_resync(enrolled.store, enrolled.coordinator)
    resent = _build(enrolled)
    with enrolled.store.read() as s:
        assert {uuid.UUID(r["id"]) for r in resent} == set(delivery_totals(s))
