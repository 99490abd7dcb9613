"""The hub's replies at the school: receipts, rollback, gaps, tampering, decisions, conflicts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import NotFound, SyncError
from app.models import (
    AuditEntry,
    DownlinkRecord,
    MunicipalityDecision,
    OutboxChange,
    PlanVersion,
    SupportPlan,
    SyncBundle,
    SyncConflict,
)
from app.models.enums import PlanStatus, SyncState
from app.services.core.store import Store
from app.services.plans.versions import amend_approved_plan
from app.services.sync.apply import apply_downlink
from app.services.sync.conflicts import list_conflicts, resolve_conflict
from app.services.sync.decisions import municipality_decisions
from app.services.sync.folder import import_files
from app.services.sync.outbox import build_pending_bundles
from tests.builders.school_sync import (
    Enrolled,
    TestHub,
    approved_plan,
    decision,
    enrolled,
    receipt,
)

__all__ = ["enrolled"]


def _first_bundle(env: Enrolled) -> SyncBundle:
    build_pending_bundles(env.store, env.secrets, env.coordinator)
    with env.store.read() as s:
        row = s.scalar(select(SyncBundle).order_by(SyncBundle.seq))
        assert row is not None
        return row


def _snapshot(store: Store) -> tuple[object, ...]:
    """Everything a downlink could change, to prove a refused one changed nothing."""
    with store.read() as s:
        return (
            [(b.seq, b.state, b.receipt_status) for b in s.scalars(select(SyncBundle))],
            sorted((o.seq, o.state) for o in s.scalars(select(OutboxChange))),
            s.scalar(select(func.count()).select_from(DownlinkRecord)),
            s.scalar(select(func.count()).select_from(MunicipalityDecision)),
            s.scalar(select(func.count()).select_from(SyncConflict)),
            [(p.status, p.current_version) for p in s.scalars(select(SupportPlan))],
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )


def _apply(env: Enrolled, data: bytes) -> object:
    return apply_downlink(env.store, env.secrets, env.coordinator, data)


def test_a_receipt_acknowledges_the_bundle_and_its_records(enrolled: Enrolled) -> None:
    bundle = _first_bundle(enrolled)
    manifest, _ = enrolled.open_upload(bundle.data)
    result = _apply(enrolled, enrolled.downlink(
        receipts=[receipt(manifest, bundle.manifest_sha256)]))

    assert result.receipts == 1  # type: ignore[attr-defined]
    with enrolled.store.read() as s:
        row = s.get(SyncBundle, bundle.id)
        assert row is not None and row.state == "acknowledged" and row.acknowledged_at
        states = set(s.scalars(select(OutboxChange.state).where(
            OutboxChange.bundle_id == bundle.id)))
    assert states == {SyncState.ACKNOWLEDGED}


def test_the_same_downlink_again_changes_nothing_and_an_older_one_is_refused(
        enrolled: Enrolled) -> None:
    bundle = _first_bundle(enrolled)
    manifest, _ = enrolled.open_upload(bundle.data)
    first = enrolled.downlink(receipts=[receipt(manifest, bundle.manifest_sha256)])
    _apply(enrolled, first)
    _apply(enrolled, enrolled.downlink())
    before = _snapshot(enrolled.store)

    again = apply_downlink(enrolled.store, enrolled.secrets, enrolled.coordinator, first)
    assert again.status == "already_applied"
    replay_hub = TestHub(signing=enrolled.hub.signing, encryption=enrolled.hub.encryption)
    other_first = replay_hub.downlink(enrolled.school_id, enrolled.identity().encryption_public)
    with pytest.raises(SyncError) as exc:
        _apply(enrolled, other_first)
    assert exc.value.kind == "rollback"
    assert "vecāka" in exc.value.text("lv") and "older" in exc.value.text("en")
    assert _snapshot(enrolled.store) == before


def test_downlinks_out_of_order_are_applied_in_seq_order(enrolled: Enrolled,
                                                          tmp_path: Path) -> None:
    plan_id, version_id = approved_plan(enrolled.store, enrolled.school)
    bundle = _first_bundle(enrolled)
    manifest, _ = enrolled.open_upload(bundle.data)
    one = enrolled.downlink(receipts=[receipt(manifest, bundle.manifest_sha256, "held")])
    two = enrolled.downlink(receipts=[receipt(manifest, bundle.manifest_sha256)],
                            decisions=[decision(plan_id, version_id, "accepted")])
    with pytest.raises(SyncError) as exc:
        _apply(enrolled, two)
    assert exc.value.kind == "gap" and "Nr. 1" in exc.value.text("lv")

    paths = []
    for name, data in (("b.pumpurs", two), ("a.pumpurs", one)):
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    outcomes = import_files(enrolled.store, enrolled.secrets, paths, actor=enrolled.coordinator)
    assert [(o.seq, o.ok) for o in outcomes] == [(1, True), (2, True)]
    with enrolled.store.read() as s:
        row = s.get(SyncBundle, bundle.id)
        assert row is not None and row.state == "acknowledged"
        assert s.scalar(select(func.count()).select_from(MunicipalityDecision)) == 1


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


@pytest.mark.parametrize("damage", ["flip_manifest", "flip_payload", "flip_end", "truncate"])
def test_tampered_or_truncated_downlinks_are_refused_and_nothing_is_applied(
        enrolled: Enrolled, damage: str) -> None:
    plan_id, version_id = approved_plan(enrolled.store, enrolled.school)
    bundle = _first_bundle(enrolled)
    manifest, _ = enrolled.open_upload(bundle.data)
    good = enrolled.downlink(receipts=[receipt(manifest, bundle.manifest_sha256)],
                             decisions=[decision(plan_id, version_id, "returned", "Par maz")])
    bad = {
        "flip_manifest": _flip(good, good.index(b'"bundle_id"') + 20),
        "flip_payload": _flip(good, len(good) // 2),
        "flip_end": _flip(good, len(good) - 30),
        "truncate": good[: len(good) * 2 // 3],
    }[damage]
    before = _snapshot(enrolled.store)

    with pytest.raises(SyncError) as exc:
        _apply(enrolled, bad)

    assert exc.value.text("lv").endswith(".") and exc.value.text("en").endswith(".")
    assert _snapshot(enrolled.store) == before
    _apply(enrolled, good)  # the genuine file still applies afterwards


def test_an_oversized_file_is_refused_before_it_is_read(enrolled: Enrolled,
                                                         tmp_path: Path) -> None:
    big = tmp_path / "huge-down-000001.pumpurs"
    with big.open("wb") as fh:
        fh.truncate(40 * 1024 * 1024)  # sparse: no memory or disk needed
    before = _snapshot(enrolled.store)
    (outcome,) = import_files(enrolled.store, enrolled.secrets, [big],
                              actor=enrolled.coordinator)
    assert outcome.error is not None and outcome.error.kind == "too_large"
    assert "B" in outcome.error.text("en")
    assert _snapshot(enrolled.store) == before


def test_a_downlink_signed_by_another_key_is_refused(enrolled: Enrolled) -> None:
    impostor = TestHub()
    data = impostor.downlink(enrolled.school_id, enrolled.identity().encryption_public)
    before = _snapshot(enrolled.store)
    with pytest.raises(SyncError) as exc:
        _apply(enrolled, data)
    assert exc.value.kind == "unknown_key"
    assert _snapshot(enrolled.store) == before


def test_a_receipt_older_than_one_already_seen_is_refused(enrolled: Enrolled) -> None:
    bundle = _first_bundle(enrolled)
    manifest, _ = enrolled.open_upload(bundle.data)
    now = datetime.now(UTC).replace(microsecond=0)
    _apply(enrolled, enrolled.downlink(
        receipts=[receipt(manifest, bundle.manifest_sha256, "held", at=now)]))
    before = _snapshot(enrolled.store)
    stale = enrolled.downlink(receipts=[
        receipt(manifest, bundle.manifest_sha256, "rejected", at=now - timedelta(hours=1))])
    with pytest.raises(SyncError) as exc:
        _apply(enrolled, stale)
    assert exc.value.kind == "rollback" and "Nr. 1" in exc.value.text("lv")
    assert _snapshot(enrolled.store) == before


def test_an_accepted_plan_stays_approved_and_the_acceptance_is_recorded(
        enrolled: Enrolled) -> None:
    plan_id, version_id = approved_plan(enrolled.store, enrolled.school)
    _first_bundle(enrolled)
    result = _apply(enrolled, enrolled.downlink(
        decisions=[decision(plan_id, version_id, "accepted")]))
    assert result.decisions == 1  # type: ignore[attr-defined]
    with enrolled.store.read() as s:
        plan = s.get(SupportPlan, plan_id)
        assert plan is not None and plan.status is PlanStatus.APPROVED
        (row,) = s.scalars(select(MunicipalityDecision))
        assert row.outcome == "accepted" and row.plan_version_id == version_id
    (shown,) = municipality_decisions(enrolled.store, enrolled.school.actors["teacher"], plan_id)
    assert (shown.version, shown.outcome) == (1, "accepted")
    with pytest.raises(NotFound):  # a teacher of another class does not see the plan
        municipality_decisions(enrolled.store, enrolled.school.actors["teacher2"], plan_id)


def test_a_returned_plan_reopens_with_the_comment_and_keeps_the_signed_version(
        enrolled: Enrolled) -> None:
    plan_id, version_id = approved_plan(enrolled.store, enrolled.school)
    _first_bundle(enrolled)
    comment = "Lūdzu precizēt mērķus un pievienot logopēda nodarbības."
    _apply(enrolled, enrolled.downlink(decisions=[
        decision(plan_id, version_id, "returned", comment)]))
    with enrolled.store.read() as s:
        plan = s.get(SupportPlan, plan_id)
        assert plan is not None
        assert plan.status is PlanStatus.RETURNED and plan.current_version == 2
        old = s.get(PlanVersion, version_id)
        assert old is not None and old.status is PlanStatus.APPROVED
        assert old.signature == b"\x01" * 64
        new = s.scalar(select(PlanVersion).where(PlanVersion.plan_id == plan_id,
                                                 PlanVersion.number == 2))
        assert new is not None and new.status is PlanStatus.RETURNED
        assert new.decision_comment == comment
        assert [g.text for g in new.goals] == ["Uzlabot sekmes"]
    # the new version travels back with the next bundle
    built = build_pending_bundles(enrolled.store, enrolled.secrets, enrolled.coordinator)
    assert len(built) == 1 and built[0].counts.get("plan_version") == 1


def test_a_decision_on_a_plan_changed_meanwhile_becomes_a_conflict(enrolled: Enrolled) -> None:
    plan_id, version_id = approved_plan(enrolled.store, enrolled.school)
    _first_bundle(enrolled)
    amend_approved_plan(enrolled.store, enrolled.school.actors["teacher"], plan_id)
    before_plan = _snapshot(enrolled.store)[5]

    result = _apply(enrolled, enrolled.downlink(decisions=[
        decision(plan_id, version_id, "returned", "Trūkst vecāku iesnieguma.")]))

    assert result.conflicts == 1  # type: ignore[attr-defined]
    assert _snapshot(enrolled.store)[5] == before_plan  # the school's plan is untouched
    (conflict,) = list_conflicts(enrolled.store, enrolled.coordinator)
    assert conflict.student_name == "Anna Ēcere" and conflict.version == 1
    assert conflict.reason_key == "sync_school.conflict_newer_version"
    assert conflict.comment == "Trūkst vecāku iesnieguma."
    resolved = resolve_conflict(enrolled.store, enrolled.coordinator, conflict.id)
    assert resolved.resolved_at is not None
    assert list_conflicts(enrolled.store, enrolled.coordinator) == []
    with enrolled.store.read() as s:
        assert s.scalar(select(MunicipalityDecision.outcome)) == "returned"
        plan = s.get(SupportPlan, plan_id)
        assert plan is not None and plan.status is PlanStatus.DRAFT


def test_a_municipality_return_names_the_municipality_and_its_date_not_the_syncer(
        enrolled: Enrolled) -> None:
    """Issue 17 #10: the plan and the trail say who decided (the municipality) and when."""
    from app.services.history.student_history import audit_trail, student_history
    from app.services.plans.query import get_plan

    plan_id, version_id = approved_plan(enrolled.store, enrolled.school)
    _first_bundle(enrolled)
    returned = decision(plan_id, version_id, "returned", "Trūkst vecāku iesnieguma.")
    returned["decided_at"] = "2026-11-27T10:15:00Z"
    _apply(enrolled, enrolled.downlink(decisions=[returned]))

    view = get_plan(enrolled.store, enrolled.school.actors["teacher"], plan_id)
    assert view.returned_by_municipality
    assert view.decided_by_name == "Dienvidkurzemes novads"
    assert view.decided_at == datetime(2026, 11, 27, 10, 15, tzinfo=UTC)
    assert view.decision_comment == "Trūkst vecāku iesnieguma."
    history = student_history(enrolled.store, enrolled.school.actors["teacher"], view.student_id)
    entry = next(e for e in history if e.action == "sync.plan_returned")
    assert entry.user_id is None and entry.who == "Pašvaldība (Dienvidkurzemes novads)"
    assert entry.what == ("Pašvaldība (Dienvidkurzemes novads) atgrieza atbalsta plānu "
                          "labošanai (27.11.2026).")
    [english] = [e for e in audit_trail(enrolled.store, enrolled.school.actors["director"],
                                        action="sync.plan_returned", lang="en")]
    assert english.who == "Municipality (Dienvidkurzemes novads)"
    assert "returned the support plan" in english.what
