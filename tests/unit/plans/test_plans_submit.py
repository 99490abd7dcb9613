"""Submitting a plan, the parent's application, locking, and the semester-end evaluation."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from app.errors import AppError, Conflict, NotFound, PermissionDenied, ValidationError
from app.models import (
    AttachmentBlob,
    AuditEntry,
    PlanVersion,
    RiskAssessment,
    RiskFinding,
    SupportPlan,
)
from app.models.enums import (
    EvaluationOutcome,
    PlanStatus,
    Recommendation,
    RiskCategory,
    Severity,
)
from app.services.core.store import Store
from app.services.plans.lifecycle import (
    PlanDraftInput,
    record_evaluation,
    record_parent_application,
    save_plan_draft,
    submit_plan,
)
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import expect_refused, full_draft, new_plan
from tests.builders.plans_submit import RECEIVED, ready_plan
from tests.builders.school import SchoolFixture

OUTCOMES = {RiskCategory.LEARNING: EvaluationOutcome.REDUCED}


def set_status(store: Store, plan_id: uuid.UUID, status: PlanStatus) -> None:
    """Approval and return are a later issue: tests move the plan there directly."""
    with store.write() as s:
        s.execute(update(SupportPlan).where(SupportPlan.id == plan_id).values(status=status))
        s.execute(update(PlanVersion).where(PlanVersion.plan_id == plan_id)
                  .values(status=status))


# ---- submit_plan --------------------------------------------------------------------------

def test_submitting_an_empty_draft_names_each_missing_part(school: SchoolFixture) -> None:
    plan_id = new_plan(school).id
    err = expect_refused(school, ValidationError, submit_plan, school.store,
                         school.actors["teacher"], plan_id)
    assert isinstance(err, ValidationError)
    assert err.fields == ["goals", "measures", "responsible_id", "parent_application"]
    for part in ("Mērķi:", "Pasākumi:", "Atbildīgā persona:", "Vecāka iesniegums:"):
        assert part in err.text("lv")
    for part in ("Goals:", "Measures:", "Responsible person:", "Parent's application:"):
        assert part in err.text("en")


def test_submitting_without_only_the_application_names_only_that(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    plan_id = new_plan(school).id
    save_plan_draft(school.store, school.actors["teacher"], plan_id, full_draft(school, cat))
    err = expect_refused(school, ValidationError, submit_plan, school.store,
                         school.actors["teacher"], plan_id)
    assert isinstance(err, ValidationError) and err.fields == ["parent_application"]


def test_a_complete_plan_is_submitted(school: SchoolFixture, cat: CatalogueFixture) -> None:
    plan = submit_plan(school.store, school.actors["teacher"], ready_plan(school, cat))
    assert plan.status is PlanStatus.SUBMITTED and plan.submitted_at is not None
    with school.store.read() as s:
        version = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan.id)).one()
        assert version.status is PlanStatus.SUBMITTED
        assert s.scalar(select(func.count()).where(AuditEntry.action == "plan.submit")) == 1


@pytest.mark.parametrize(("who", "error"), [
    ("teacher", None), ("coordinator", None), ("teacher2", NotFound),
    ("support", PermissionDenied), ("director", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_submit_by_role(school: SchoolFixture, cat: CatalogueFixture, who: str,
                        error: type[AppError] | None) -> None:
    plan_id = ready_plan(school, cat)
    if error is None:
        assert submit_plan(school.store, school.actors[who], plan_id).status \
            is PlanStatus.SUBMITTED
    else:
        expect_refused(school, error, submit_plan, school.store, school.actors[who], plan_id)


# ---- locking ------------------------------------------------------------------------------

@pytest.mark.parametrize(("status", "word_lv", "word_en"), [
    (PlanStatus.SUBMITTED, "iesniegts", "submitted"),
    (PlanStatus.APPROVED, "apstiprināts", "approved"),
    (PlanStatus.CLOSED, "slēgts", "closed"),
])
def test_a_submitted_approved_or_closed_plan_cannot_be_edited(
        school: SchoolFixture, cat: CatalogueFixture, status: PlanStatus, word_lv: str,
        word_en: str) -> None:
    plan_id = ready_plan(school, cat)
    set_status(school.store, plan_id, status)
    teacher, coordinator = school.actors["teacher"], school.actors["coordinator"]
    for actor in (teacher, coordinator):
        err = expect_refused(school, Conflict, save_plan_draft, school.store, actor, plan_id,
                             PlanDraftInput(goals=("Cits mērķis.",)))
        assert word_lv in err.text("lv") and word_en in err.text("en")
    expect_refused(school, Conflict, submit_plan, school.store, teacher, plan_id)
    expect_refused(school, Conflict, record_parent_application, school.store, teacher,
                   plan_id, "Cits Vārds", RECEIVED)


def test_a_returned_plan_can_be_edited_and_submitted_again(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    plan_id = ready_plan(school, cat)
    set_status(school.store, plan_id, PlanStatus.RETURNED)
    draft = full_draft(school, cat)
    edited = PlanDraftInput(goals=("Labots mērķis.",), measures=draft.measures,
                            responsible_id=draft.responsible_id)
    assert save_plan_draft(school.store, school.actors["teacher"], plan_id,
                           edited).goals == ("Labots mērķis.",)
    assert submit_plan(school.store, school.actors["teacher"], plan_id).status \
        is PlanStatus.SUBMITTED


# ---- the parent's application -------------------------------------------------------------

def test_the_application_with_a_scan_is_recorded_and_a_new_scan_replaces_it(
        school: SchoolFixture) -> None:
    teacher, plan_id = school.actors["teacher"], new_plan(school).id
    plan = record_parent_application(school.store, teacher, plan_id, " Ruta Ēcere ", RECEIVED,
                                     ("iesniegums.pdf", b"%PDF-1 first", "application/pdf"))
    app = plan.parent_application
    assert app is not None and app.applicant_name == "Ruta Ēcere"
    assert (app.received_on, app.filename) == (RECEIVED, "iesniegums.pdf")
    first_scan = app.attachment_id
    plan = record_parent_application(school.store, teacher, plan_id, "Ruta Ēcere", RECEIVED,
                                     ("iesniegums2.pdf", b"%PDF-1 second", "application/pdf"))
    assert plan.parent_application is not None
    assert plan.parent_application.filename == "iesniegums2.pdf"
    assert plan.parent_application.attachment_id != first_scan
    plan = record_parent_application(school.store, teacher, plan_id, "Jānis Ēcers",
                                     date(2026, 9, 4))
    assert plan.parent_application is not None
    assert plan.parent_application.applicant_name == "Jānis Ēcers"
    assert plan.parent_application.filename == "iesniegums2.pdf"  # no scan: the old one stays
    with school.store.read() as s:
        assert s.scalar(select(func.count()).select_from(AttachmentBlob)) == 1


def test_bad_application_input_names_the_fields_and_saves_nothing(
        school: SchoolFixture) -> None:
    plan_id = new_plan(school).id
    future = date.today() + timedelta(days=3)
    err = expect_refused(school, ValidationError, record_parent_application, school.store,
                         school.actors["teacher"], plan_id, "  ", future,
                         ("skans.pdf", b"x", "application/pdf"))
    assert isinstance(err, ValidationError)
    assert err.fields == ["applicant_name", "received_on"]
    assert "Iesniedzējs:" in err.text("lv") and future.strftime("%d.%m.%Y") in err.text("lv")
    assert "Applicant:" in err.text("en") and "in the future" in err.text("en")


@pytest.mark.parametrize(("who", "error"), [
    ("teacher", None), ("coordinator", None), ("teacher2", NotFound),
    ("support", PermissionDenied), ("director", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_parent_application_by_role(school: SchoolFixture, who: str,
                                    error: type[AppError] | None) -> None:
    plan_id = new_plan(school).id
    args = (school.store, school.actors[who], plan_id, "Ruta Ēcere", RECEIVED)
    if error is None:
        assert record_parent_application(*args).parent_application is not None
    else:
        expect_refused(school, error, record_parent_application, *args)


# ---- the evaluation -----------------------------------------------------------------------

def test_only_an_approved_plan_can_be_evaluated(school: SchoolFixture,
                                                cat: CatalogueFixture) -> None:
    plan_id = ready_plan(school, cat)
    for status in (PlanStatus.DRAFT, PlanStatus.SUBMITTED):
        set_status(school.store, plan_id, status)
        err = expect_refused(school, Conflict, record_evaluation, school.store,
                             school.actors["teacher"], plan_id, OUTCOMES, "Labi.",
                             Recommendation.CLOSE)
        assert "apstiprināt" in err.text("lv") and "approved" in err.text("en")


def test_the_evaluation_closes_the_plan(school: SchoolFixture, cat: CatalogueFixture) -> None:
    plan_id = ready_plan(school, cat)
    set_status(school.store, plan_id, PlanStatus.APPROVED)
    outcomes = {RiskCategory.LEARNING: EvaluationOutcome.REDUCED,
                RiskCategory.FAMILY: EvaluationOutcome.UNCHANGED}
    plan = record_evaluation(school.store, school.actors["teacher"], plan_id, outcomes,
                             " Sekmes uzlabojās. ", Recommendation.CONTINUE,
                             evaluated_on=date(2026, 11, 20))
    assert plan.status is PlanStatus.CLOSED and plan.evaluation is not None
    ev = plan.evaluation
    assert (ev.narrative, ev.recommendation, ev.evaluated_on) == (
        "Sekmes uzlabojās.", Recommendation.CONTINUE, date(2026, 11, 20))
    assert ev.outcome(RiskCategory.FAMILY) is EvaluationOutcome.UNCHANGED
    assert ev.outcome(RiskCategory.ECONOMIC) is None
    expect_refused(school, Conflict, record_evaluation, school.store,
                   school.actors["teacher"], plan_id, outcomes, "Vēlreiz.",
                   Recommendation.CLOSE)


def test_the_evaluation_needs_an_outcome_for_every_assessed_category(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    anna, sem = school.student_ids["Anna Ēcere"], school.semester_ids["2026/2027-1"]
    with school.store.write() as s:
        s.add(RiskAssessment(id=uuid.UUID(int=7), student_id=anna, semester_id=sem,
                             assessed_by_id=school.actors["teacher"].user_id,
                             assessed_on=date(2026, 9, 2)))
        s.flush()
        for code in ("low_marks", "no_money_meals", "no_money_transport"):
            s.add(RiskFinding(assessment_id=uuid.UUID(int=7), risk_sign_id=cat.sign(code),
                              severity=Severity.MEDIUM))
    plan_id = ready_plan(school, cat)
    set_status(school.store, plan_id, PlanStatus.APPROVED)
    err = expect_refused(school, ValidationError, record_evaluation, school.store,
                         school.actors["teacher"], plan_id, OUTCOMES, " ",
                         Recommendation.CLOSE, evaluated_on=date(2026, 8, 1))
    assert isinstance(err, ValidationError)
    assert err.fields == ["outcomes.economic", "narrative", "evaluated_on"]
    assert "Ekonomiskie riski" in err.text("lv") and "Economic risks" in err.text("en")
    assert "Izvērtējuma apraksts:" in err.text("lv") and "01.09.2026" in err.text("lv")
    empty = expect_refused(school, ValidationError, record_evaluation, school.store,
                           school.actors["teacher"], plan_id, {}, "Teksts.",
                           Recommendation.CLOSE)
    assert "Rezultāti:" in empty.text("lv") and "Outcomes:" in empty.text("en")


@pytest.mark.parametrize(("who", "error"), [
    ("teacher", None), ("coordinator", None), ("teacher2", NotFound),
    ("support", PermissionDenied), ("director", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_evaluation_by_role(school: SchoolFixture, cat: CatalogueFixture, who: str,
                            error: type[AppError] | None) -> None:
    plan_id = ready_plan(school, cat)
    set_status(school.store, plan_id, PlanStatus.APPROVED)
    args = (school.store, school.actors[who], plan_id, OUTCOMES, "Labi.",
            Recommendation.CLOSE)
    if error is None:
        assert record_evaluation(*args).status is PlanStatus.CLOSED
    else:
        expect_refused(school, error, record_evaluation, *args)
