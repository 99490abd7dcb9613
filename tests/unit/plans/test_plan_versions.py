"""Changing an approved plan: version n+1 as a draft copy, version n unchanged and still
verifying; the plan services work on the new version; the differences between versions."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from app.errors import AppError, Conflict, NotFound, PermissionDenied
from app.models import PlanVersion, SupportPlan
from app.models.enums import PlanStatus
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan, read_plan_for_approval
from app.services.checks.integrity import check_database
from app.services.plans.lifecycle import (
    MeasureInput,
    PlanDraftInput,
    get_plan,
    list_plans,
    plan_delivery,
    save_plan_draft,
    submit_plan,
)
from app.services.plans.versions import (
    ChangeKind,
    amend_approved_plan,
    diff_versions,
    latest_approved_version,
)
from app.services.plans.versions_diff import Minutes, Money
from tests.builders.approvals import stored_version, submitted_plan, verifies
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import SEM, db_state, expect_refused
from tests.builders.school import TEST_PASSWORD, SchoolFixture


def approved_plan(school: SchoolFixture, cat: CatalogueFixture,
                  secrets: KeyringSecretStore) -> uuid.UUID:
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    return plan_id


def changed_draft(school: SchoolFixture, cat: CatalogueFixture) -> PlanDraftInput:
    """Version 1's content with: one goal replaced, psychologist 1,5 h → 3 h, meals dropped,
    transport tickets added, the coordinator responsible, one review date moved."""
    return PlanDraftInput(
        goals=("Uzlabot sekmes matemātikā līdz 5 ballēm.", "Piedalīties pulciņā."),
        measures=(
            MeasureInput(cat.measure("consult_psychologist"), planned_minutes=180,
                         provider_id=school.actors["support"].user_id),
            MeasureInput(cat.measure("transport_tickets"), planned_cents=4500),
        ),
        responsible_id=school.actors["coordinator"].user_id,
        review_dates=(date(2026, 10, 15), date(2026, 12, 17)),
        summary="Atbalsts mācībās un transports.",
    )


def test_amending_an_approved_plan_makes_a_draft_copy_and_keeps_the_approved_version(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = approved_plan(school, cat, secrets)
    before = get_plan(school.store, school.actors["teacher"], plan_id)
    v1 = stored_version(school, plan_id, 1)

    amended = amend_approved_plan(school.store, school.actors["teacher"], plan_id)

    assert (amended.version, amended.status) == (2, PlanStatus.DRAFT)
    assert amended.goals == before.goals and amended.review_dates == before.review_dates
    assert [(m.code, m.planned_minutes, m.planned_cents, m.cost_cents)
            for m in amended.measures] == [(m.code, m.planned_minutes, m.planned_cents,
                                            m.cost_cents) for m in before.measures]
    assert amended.responsible_id == before.responsible_id
    assert amended.signer_fingerprint is None and amended.decided_at is None
    with school.store.read() as s:
        in_force = latest_approved_version(s, plan_id)
        assert in_force is not None and in_force.number == 1
    kept = stored_version(school, plan_id, 1)
    assert (kept.status, kept.signature, kept.decided_at) == (PlanStatus.APPROVED,
                                                              v1.signature, v1.decided_at)
    assert verifies(school, plan_id, 1)


def test_the_new_version_is_edited_submitted_and_approved_while_the_old_one_stays(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    teacher, director = school.actors["teacher"], school.actors["director"]
    plan_id = approved_plan(school, cat, secrets)
    amend_approved_plan(school.store, teacher, plan_id)

    saved = save_plan_draft(school.store, teacher, plan_id, changed_draft(school, cat))
    assert saved.version == 2 and saved.total_cost_cents == 6600 + 4500
    [summary] = list_plans(school.store, teacher, school.semester_ids[SEM])
    assert (summary.version, summary.total_cost_cents) == (2, 6600 + 4500)
    hours = plan_delivery(school.store, teacher, plan_id).hours
    assert [h.planned_minutes for h in hours] == [180]
    v1_view = stored_version(school, plan_id, 1)
    with school.store.read() as s:
        v1 = s.scalars(select(PlanVersion).where(PlanVersion.id == v1_view.id)).one()
        assert [g.text for g in v1.goals][1] == "Apmeklēt visas stundas."
        assert sorted(m.planned_minutes for m in v1.measures) == [0, 90]
    assert verifies(school, plan_id, 1)

    assert submit_plan(school.store, teacher, plan_id).status is PlanStatus.SUBMITTED
    info = approve_plan(school.store, secrets, director, plan_id, password=TEST_PASSWORD)
    assert info.version == 2
    assert verifies(school, plan_id, 1) and verifies(school, plan_id, 2)
    assert get_plan(school.store, teacher, plan_id).status is PlanStatus.APPROVED
    assert check_database(school.store).ok


def test_the_director_sees_what_changed_against_the_previous_version(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    teacher = school.actors["teacher"]
    plan_id = approved_plan(school, cat, secrets)
    amend_approved_plan(school.store, teacher, plan_id)
    save_plan_draft(school.store, teacher, plan_id, changed_draft(school, cat))
    submit_plan(school.store, teacher, plan_id)

    reading = read_plan_for_approval(school.store, school.actors["director"], plan_id)

    assert reading.previous_version == 1 and reading.plan.version == 2
    kinds = [c.kind for c in reading.changes]
    assert kinds == [
        ChangeKind.GOAL_REMOVED, ChangeKind.GOAL_ADDED, ChangeKind.MEASURE_HOURS,
        ChangeKind.MEASURE_COST, ChangeKind.MEASURE_REMOVED, ChangeKind.MEASURE_ADDED,
        ChangeKind.RESPONSIBLE, ChangeKind.REVIEW_DATE_REMOVED, ChangeKind.REVIEW_DATE_ADDED,
        ChangeKind.SUMMARY,
    ]
    hours = reading.changes[2]
    assert (hours.param("old"), hours.param("new")) == (Minutes(90), Minutes(180))
    lv = [c.text("lv") for c in reading.changes]
    en = [c.text("en") for c in reading.changes]
    assert lv[0] == "Izņemts mērķis: “Apmeklēt visas stundas.”."
    assert en[1] == "Goal added: “Piedalīties pulciņā.”."
    assert "plānotais laiks mainīts no 1\u00a0h\u00a030\u00a0min uz 3\u00a0h" in lv[2]
    assert "planned time changed from 1\u00a0h\u00a030\u00a0min to 3\u00a0h" in en[2]
    assert "izmaksas mainītas no 33,00\u00a0€ uz 66,00\u00a0€" in lv[3]
    assert lv[4].startswith("Izņemts pasākums “") and "120,00\u00a0€" in lv[4]
    assert reading.changes[5].param("amount") == Money(4500)
    assert lv[6] == "Atbildīgā persona mainīta no Ilze Kalniņa uz Dace Vītola."
    assert lv[7] == "Izņemts pārskatīšanas datums 10.12.2026."
    assert en[8] == "Review date added: 17.12.2026."
    assert en[9] == "The plan's summary changed."


def test_diff_versions_of_identical_versions_is_empty_and_unknown_versions_are_not_found(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    teacher = school.actors["teacher"]
    plan_id = approved_plan(school, cat, secrets)
    amend_approved_plan(school.store, teacher, plan_id)
    assert diff_versions(school.store, teacher, plan_id, 1, 2) == []
    with pytest.raises(NotFound) as exc:
        diff_versions(school.store, teacher, plan_id, 1, 7)
    assert "7" in exc.value.text("lv") and "Version 7" in exc.value.text("en")


@pytest.mark.parametrize("status", [PlanStatus.DRAFT, PlanStatus.SUBMITTED])
def test_only_an_approved_plan_is_amended(
        school: SchoolFixture, cat: CatalogueFixture, status: PlanStatus) -> None:
    plan_id = submitted_plan(school, cat)
    if status is PlanStatus.DRAFT:
        with school.store.write() as s:
            s.get_one(SupportPlan, plan_id).status = PlanStatus.DRAFT
    err = expect_refused(school, Conflict, amend_approved_plan, school.store,
                         school.actors["teacher"], plan_id)
    assert "versij" in err.text("lv") and "version" in err.text("en")


@pytest.mark.parametrize(("who", "error"), [
    ("teacher2", NotFound), ("support", PermissionDenied), ("director", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_who_may_amend(school: SchoolFixture, cat: CatalogueFixture,
                       secrets: KeyringSecretStore, who: str, error: type[AppError]) -> None:
    plan_id = approved_plan(school, cat, secrets)
    expect_refused(school, error, amend_approved_plan, school.store, school.actors[who],
                   plan_id)


def test_the_coordinator_may_amend_and_a_second_amend_is_refused(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = approved_plan(school, cat, secrets)
    assert amend_approved_plan(school.store, school.actors["coordinator"],
                               plan_id).version == 2
    before = db_state(school.store)
    with pytest.raises(Conflict):
        amend_approved_plan(school.store, school.actors["teacher"], plan_id)
    assert db_state(school.store) == before
