"""Semester end: the approved plan is evaluated and closed, and the next semester's plan
starts from it — goals and measures copied, measures at the new school year's rates."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, update

from app.errors import AppError, Conflict, NotFound, PermissionDenied, ValidationError
from app.models import AuditEntry, MeasureType
from app.models.enums import EvaluationOutcome, PlanStatus, Recommendation, RiskCategory
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.checks.integrity import check_database
from app.services.plans.continuation import start_next_plan
from app.services.plans.lifecycle import (
    get_plan,
    record_evaluation,
    record_parent_application,
    save_plan_draft,
    submit_plan,
)
from tests.builders.approvals import assess, verifies
from tests.builders.approvals_continuation import OUTCOMES
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import ANNA, expect_refused, full_draft, new_plan
from tests.builders.plans_submit import RECEIVED
from tests.builders.school import TEST_PASSWORD, SchoolFixture

OLD_SEM, NEXT_SEM = "2025/2026-1", "2026/2027-1"


def closed_plan(school: SchoolFixture, cat: CatalogueFixture,
                secrets: KeyringSecretStore) -> uuid.UUID:
    """Anna's plan of 2025/2026-1: drafted, approved, evaluated — closed."""
    teacher = school.actors["teacher"]
    assess(school, cat, semester=OLD_SEM, year="2025/2026")
    plan_id = new_plan(school, semester=OLD_SEM).id
    save_plan_draft(school.store, teacher, plan_id, full_draft(school, cat, year="2025/2026"))
    record_parent_application(school.store, teacher, plan_id, "Ruta Ēcere", RECEIVED)
    submit_plan(school.store, teacher, plan_id)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    closed = record_evaluation(school.store, teacher, plan_id, OUTCOMES,
                               "Sekmes matemātikā uzlabojās; ēdināšana jāturpina.",
                               Recommendation.CONTINUE)
    assert closed.status is PlanStatus.CLOSED and closed.evaluation is not None
    return plan_id


def test_semester_end_evaluate_close_and_start_the_next_plan(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    teacher = school.actors["teacher"]
    old_id = closed_plan(school, cat, secrets)
    old = get_plan(school.store, teacher, old_id)
    assert old.evaluation is not None
    assert old.evaluation.outcome(RiskCategory.LEARNING) is EvaluationOutcome.REDUCED
    assert verifies(school, old_id, 1)  # closing keeps the approval valid
    assert check_database(school.store).ok

    nxt = start_next_plan(school.store, teacher, old_id, school.semester_ids[NEXT_SEM])

    assert nxt.id != old_id and (nxt.status, nxt.version) == (PlanStatus.DRAFT, 1)
    assert (nxt.semester_label, nxt.student_name, nxt.author_name) == (NEXT_SEM, ANNA,
                                                                      "Ilze Kalniņa")
    assert nxt.goals == old.goals and nxt.summary == old.summary
    assert nxt.responsible_id == old.responsible_id
    assert nxt.review_dates == () and nxt.parent_application is None
    # the new school year's measure types and rates: psychologist 21,00 → 22,00 €/h
    assert [(m.code, m.measure_type_id, m.rate_cents, m.cost_cents) for m in nxt.measures] == [
        ("consult_psychologist", cat.measure("consult_psychologist"), 2200, 3300),
        ("meals", cat.measure("meals"), 0, 12000)]
    assert [m.cost_cents for m in old.measures] == [3150, 12000]  # the old plan is untouched
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "plan.continue")).one()
        assert str(old_id) in entry.details and entry.entity_id == str(nxt.id)
    # the continued plan goes through the usual flow
    record_parent_application(school.store, teacher, nxt.id, "Ruta Ēcere", RECEIVED)
    assert submit_plan(school.store, teacher, nxt.id).status is PlanStatus.SUBMITTED


def test_measures_missing_from_the_new_catalogue_or_over_its_cap_are_left_out(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    old_id = closed_plan(school, cat, secrets)
    with school.store.write() as s:  # the new year has no psychologist type, a lower meals cap
        s.execute(update(MeasureType).where(MeasureType.id == cat.measure(
            "consult_psychologist")).values(code="consult_psychologist_new"))
        s.execute(update(MeasureType).where(MeasureType.id == cat.measure("meals"))
                  .values(cap_cents=10000))

    nxt = start_next_plan(school.store, school.actors["coordinator"], old_id,
                          school.semester_ids[NEXT_SEM])

    assert nxt.measures == () and len(nxt.goals) == 2
    assert nxt.author_name == "Dace Vītola"
    with school.store.read() as s:
        details = s.scalars(select(AuditEntry.details)
                            .where(AuditEntry.action == "plan.continue")).one()
    assert '"skipped":["consult_psychologist","meals"]' in details


def test_only_a_closed_plan_is_continued(school: SchoolFixture, cat: CatalogueFixture) -> None:
    plan_id = new_plan(school, semester=OLD_SEM).id
    err = expect_refused(school, Conflict, start_next_plan, school.store,
                         school.actors["teacher"], plan_id, school.semester_ids[NEXT_SEM])
    assert "izvērtēts un slēgts" in err.text("lv") and "evaluated and closed" in err.text("en")


def test_the_next_semester_must_be_later(school: SchoolFixture, cat: CatalogueFixture,
                                         secrets: KeyringSecretStore) -> None:
    old_id = closed_plan(school, cat, secrets)
    err = expect_refused(school, ValidationError, start_next_plan, school.store,
                         school.actors["teacher"], old_id, school.semester_ids[OLD_SEM])
    assert isinstance(err, ValidationError) and err.fields == ["next_semester_id"]
    assert err.text("lv").startswith("Nākamais semestris: semestris 2025/2026-1 nav vēlāks")
    assert err.text("en").startswith("Next semester: semester 2025/2026-1 is not later")


def test_a_second_plan_for_the_same_semester_is_refused(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    old_id = closed_plan(school, cat, secrets)
    start_next_plan(school.store, school.actors["teacher"], old_id,
                    school.semester_ids[NEXT_SEM])
    err = expect_refused(school, Conflict, start_next_plan, school.store,
                         school.actors["teacher"], old_id, school.semester_ids[NEXT_SEM])
    assert ANNA in err.text("lv") and NEXT_SEM in err.text("en")
    expect_refused(school, NotFound, start_next_plan, school.store, school.actors["teacher"],
                   old_id, uuid.uuid4())


@pytest.mark.parametrize(("who", "error"), [
    ("teacher2", NotFound), ("support", PermissionDenied), ("director", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_who_may_start_the_next_plan(school: SchoolFixture, cat: CatalogueFixture,
                                     secrets: KeyringSecretStore, who: str,
                                     error: type[AppError]) -> None:
    old_id = closed_plan(school, cat, secrets)
    expect_refused(school, error, start_next_plan, school.store, school.actors[who], old_id,
                   school.semester_ids[NEXT_SEM])
