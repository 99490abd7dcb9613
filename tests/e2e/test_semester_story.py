"""Issues 5 and 6, "Done when": the demo school enrols on a real hub over HTTP, syncs a
semester, the municipality returns one plan and accepts the others, and the school shows both
decisions. The story runs once per hub backend (tests/e2e/conftest.py); these tests read it."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from app.models import MunicipalityDecision
from app.models.enums import PlanStatus
from app.services.plans.query import get_plan
from app.services.sync.decisions import municipality_decisions
from tests.builders.semester_story import RETURN_COMMENT, Story

pytestmark = pytest.mark.slow  # builds the full demo school


def test_the_fingerprints_read_over_the_phone_agree(story: Story) -> None:
    e = story.enrolment
    assert e.request_fingerprint == e.screen_fingerprint == e.hub_fingerprint_of_school \
        == e.hub_stored_fingerprint
    assert len(e.request_fingerprint.split(" ")) == 8  # groups of four
    assert e.trust.fingerprint == e.hub_fingerprint
    assert (e.trust.url, e.trust.municipality) == (story.hub.url, "Dienvidkurzemes novads")
    assert not e.trust.require_names  # pupils travel under their pseudonymous id


def test_the_semester_goes_up_and_every_bundle_is_acknowledged(story: Story) -> None:
    first = story.first
    assert first.result.built >= 1 and first.result.failed == 0
    assert first.result.uploaded == first.result.built == first.hub_bundles
    assert first.result.downlinks >= 1  # the hub's receipts came back in the same run
    assert first.status.pending_changes == 0 and first.status.unacknowledged_bundles == 0
    assert {b.state for b in first.status.bundles} == {"acknowledged"}
    assert first.status.last_success_at is not None and first.status.last_error == ""
    # every plan of the semester reached the hub, once, with the school's status
    on_hub = {p.plan_id: p.status for p in story.plans_after_first}
    assert len(on_hub) == len(story.plans_after_first) > 0
    assert on_hub == story.school_plans_after_first


def test_runs_with_nothing_changed_build_and_upload_nothing(story: Story) -> None:
    for before, run in ((story.first, story.idle), (story.third, story.last)):
        assert (run.result.built, run.result.uploaded, run.result.failed) == (0, 0, 0)
        assert run.result.downlinks == 0 and run.result.conflicts == 0
        assert run.hub_bundles == before.hub_bundles
        assert [b.seq for b in run.status.bundles] == [b.seq for b in before.status.bundles]
        assert run.status.pending_changes == 0


def test_the_returned_plan_reopens_at_school_with_the_comment(story: Story) -> None:
    second = story.second
    assert second.result.downlinks >= 1 and second.result.conflicts == 0
    assert second.status.open_conflicts == 0
    assert (second.result.built, second.result.uploaded) == (0, 0)
    plan = story.returned_plan
    assert plan.status is PlanStatus.RETURNED
    assert plan.version == story.returned.version_number + 1
    assert plan.decision_comment == RETURN_COMMENT
    assert plan.measures  # the content of the approved version came with it
    assert [(d.version, d.outcome, d.comment) for d in story.returned_decisions] == \
        [(story.returned.version_number, "returned", RETURN_COMMENT)]
    # the reopened plan is a change the municipality must see: the next run sends it
    assert second.status.pending_changes > 0
    assert (story.third.result.built, story.third.result.uploaded) == (1, 1)
    assert story.third.status.pending_changes == 0 and story.third.status.open_conflicts == 0
    end = {p.plan_id: p for p in story.plans_at_end}[story.returned.plan_id]
    assert (end.status, end.version, end.decision) == \
        ("returned", story.returned.version_number + 1, None)


def test_the_accepted_plans_show_their_acceptance_at_school(story: Story) -> None:
    school = story.school
    assert len(story.accepted) >= 10
    for decision in story.accepted:
        plan_id = uuid.UUID(decision.plan_id)
        plan = get_plan(school.store, school.coordinator, plan_id)
        # Accepted plans stay as the director approved them (or as closed at semester end).
        assert plan.status in (PlanStatus.APPROVED, PlanStatus.CLOSED)
        assert plan.version == decision.version_number
        (shown,) = municipality_decisions(school.store, school.coordinator, plan_id)
        assert (shown.outcome, shown.version, shown.comment) == \
            ("accepted", decision.version_number, "")
    with school.store.read() as s:
        kept = dict(s.execute(select(MunicipalityDecision.outcome, func.count())
                              .group_by(MunicipalityDecision.outcome)).all())
    assert kept == {"accepted": len(story.accepted), "returned": 1}
    end = {p.plan_id: p.decision for p in story.plans_at_end}
    assert all(end[d.plan_id] == "accepted" for d in story.accepted)


def test_every_plan_the_hub_counts_as_awaiting_a_decision_can_be_decided(
        story: Story) -> None:
    assert story.refused == ()
