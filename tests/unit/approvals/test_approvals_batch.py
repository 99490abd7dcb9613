"""The approval queue, reading a plan for approval, and batch approval (all or nothing, only
plans the director has read since their submission)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.models import PlanVersion
from app.models.enums import PlanStatus, RiskCategory, RiskLevel, Role
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import (
    approval_queue,
    approve_plan,
    approve_plans,
    read_plan_for_approval,
    return_plan,
)
from app.services.core.actor import Actor
from app.services.plans.lifecycle import (
    get_plan,
    submit_plan,
)
from tests.builders.approvals import audit_count, submitted_plan, verifies
from tests.builders.approvals_batch import second_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import expect_refused, new_plan
from tests.builders.roles import hold_roles
from tests.builders.school import TEST_PASSWORD, SchoolFixture


def test_the_queue_lists_submitted_plans_with_student_author_risks_and_cost(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    anna = submitted_plan(school, cat)
    peteris = second_plan(school, cat)
    new_plan(school, student="Laura Ķemere")  # a draft is not in the queue

    queue = approval_queue(school.store, school.actors["director"])

    assert [q.plan_id for q in queue] == [anna, peteris]  # oldest submission first
    first = queue[0]
    assert (first.student, first.class_name, first.author) == ("Anna Ēcere", "5.a",
                                                             "Ilze Kalniņa")
    assert first.total_cost_cents == 3300 + 12000  # 1,5 h × 22,00 € + meals 120,00 €
    assert [(r.category, r.findings, r.level) for r in first.risks] == [
        (RiskCategory.LEARNING, 1, RiskLevel.HIGH), (RiskCategory.ECONOMIC, 1, RiskLevel.MEDIUM)]
    assert queue[1].risks == () and not first.read and first.submitted_at is not None


@pytest.mark.parametrize("who", ["teacher", "support", "coordinator", "admin"])
def test_only_a_director_sees_the_queue_and_reads_for_approval(
        school: SchoolFixture, cat: CatalogueFixture, who: str) -> None:
    plan_id = submitted_plan(school, cat)
    with pytest.raises(PermissionDenied):
        approval_queue(school.store, school.actors[who])
    expect_refused(school, PermissionDenied, read_plan_for_approval, school.store,
                   school.actors[who], plan_id)


def test_reading_a_plan_is_audited_and_marks_it_read_until_it_is_resubmitted(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    director, teacher = school.actors["director"], school.actors["teacher"]
    plan_id = submitted_plan(school, cat)
    reading = read_plan_for_approval(school.store, director, plan_id)

    assert reading.plan.student_name == "Anna Ēcere" and reading.class_name == "5.a"
    assert reading.previous_version is None and reading.changes == ()
    assert [r.category for r in reading.risks] == [RiskCategory.LEARNING,
                                                   RiskCategory.ECONOMIC]
    assert audit_count(school, "plan.read") == 1
    assert approval_queue(school.store, director)[0].read

    return_plan(school.store, director, plan_id, "Pievienojiet pārskatīšanas datumu.")
    submit_plan(school.store, teacher, plan_id)
    assert not approval_queue(school.store, director)[0].read  # resubmitted: read again


def test_batch_approval_signs_every_plan_that_was_read(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    director = school.actors["director"]
    plans = [submitted_plan(school, cat), second_plan(school, cat)]
    for plan_id in plans:
        read_plan_for_approval(school.store, director, plan_id)

    infos = approve_plans(school.store, secrets, director, [*plans, plans[0]],
                          password=TEST_PASSWORD)

    assert [i.plan_id for i in infos] == plans  # a repeated id is approved once
    assert len({i.signer_fingerprint for i in infos}) == 1
    for plan_id in plans:
        assert get_plan(school.store, director, plan_id).status is PlanStatus.APPROVED
        assert verifies(school, plan_id, 1)
    assert audit_count(school, "plan.approve") == 2
    assert approval_queue(school.store, director) == []


def test_batch_approval_is_refused_as_a_whole_naming_each_blocking_plan(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    director = school.actors["director"]
    anna, peteris = submitted_plan(school, cat), second_plan(school, cat)
    read_plan_for_approval(school.store, director, anna)
    draft = new_plan(school, student="Laura Ķemere").id
    read_plan_for_approval(school.store, director, draft)

    err = expect_refused(school, ValidationError, approve_plans, school.store, secrets,
                         director, [anna, peteris, draft, uuid.uuid4()], password=TEST_PASSWORD)

    assert isinstance(err, ValidationError)
    assert err.fields == ["plan_ids[1]", "plan_ids[2]", "plan_ids[3]"]
    lv, en = err.text("lv"), err.text("en")
    assert "Pēteris Šmits: kopš iesniegšanas plāns jūsu kontā nav atvērts" in lv
    assert "Pēteris Šmits: you have not opened this plan since it was submitted" in en
    assert "Laura Ķemere: plāns vēl nav iesniegts" in lv
    assert "Plāns 4: plāns nav atrasts" in lv and "Plan 4: the plan was not found" in en
    with school.store.read() as s:  # nothing signed, Anna's plan included
        assert s.scalars(select(PlanVersion.signature)).all() == [None, None, None]
    assert secrets.backend.passwords == {}  # type: ignore[attr-defined]


def test_a_read_by_another_director_does_not_count(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    read_plan_for_approval(school.store, school.actors["director"], plan_id)
    other = school.actors["coordinator"]  # a second person acting as director
    deputy = Actor(other.user_id, other.username, other.full_name, frozenset({Role.DIRECTOR}))
    hold_roles(school.store, deputy.user_id, deputy.roles)
    err = expect_refused(school, ValidationError, approve_plans, school.store, secrets,
                         deputy, [plan_id], password=TEST_PASSWORD)
    assert "Anna Ēcere: kopš iesniegšanas plāns jūsu kontā nav atvērts" in err.text("lv")
    # a single approval does not need the recorded reading
    assert approve_plan(school.store, secrets, deputy, plan_id, password=TEST_PASSWORD).version == 1


def test_an_empty_batch_is_refused(school: SchoolFixture, secrets: KeyringSecretStore) -> None:
    err = expect_refused(school, ValidationError, approve_plans, school.store, secrets,
                         school.actors["director"], [], password=TEST_PASSWORD)
    assert "Plāni: nav izvēlēts neviens plāns" in err.text("lv")
    assert "Plans: no plan is selected" in err.text("en")


def test_batch_by_a_non_director_is_refused(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    expect_refused(school, PermissionDenied, approve_plans, school.store, secrets,
                   school.actors["coordinator"], [plan_id], password=TEST_PASSWORD)
