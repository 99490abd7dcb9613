"""Support plans: creating one, saving its draft, its validation and who may do either.

The small functions at the top (`new_plan`, `full_draft`, `db_state`, …) are shared by the
other plan, consultation, expense and attachment tests.
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from app.errors import AppError, Conflict, NotFound, PermissionDenied, ValidationError
from app.models import (
    AuditEntry,
    OutboxChange,
    PlanGoal,
    RiskAssessment,
    SupportMeasure,
    User,
)
from app.models.enums import PlanStatus
from app.services.plans.lifecycle import (
    MeasureInput,
    PlanDraftInput,
    create_plan,
    save_plan_draft,
)
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import ANNA, SEM, expect_refused, full_draft, new_plan
from tests.builders.school import SchoolFixture

# ---- shared by the H5 tests -------------------------------------------------------------


# ---- create_plan --------------------------------------------------------------------------

def test_create_plan_is_a_draft_version_1_by_the_actor_linked_to_the_assessment(
        school: SchoolFixture) -> None:
    anna, sem = school.student_ids[ANNA], school.semester_ids[SEM]
    with school.store.write() as s:
        for day in (5, 20):
            s.add(RiskAssessment(id=uuid.UUID(int=day), student_id=anna, semester_id=sem,
                                 assessed_by_id=school.actors["teacher"].user_id,
                                 assessed_on=date(2026, 9, day)))
    plan = new_plan(school)
    assert (plan.status, plan.version, plan.author_name) == (PlanStatus.DRAFT, 1, "Ilze Kalniņa")
    assert plan.student_name == ANNA and plan.semester_label == SEM
    assert plan.assessment_id == uuid.UUID(int=20)  # the latest of the semester
    assert plan.goals == () and plan.measures == () and plan.total_cost_cents == 0
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "plan.create")).one()
        assert entry.entity_id == str(plan.id) and entry.student_id == anna
        outbox = set(s.scalars(select(OutboxChange.entity)))
    assert {"support_plan", "plan_version"} <= outbox


def test_create_plan_links_no_assessment_when_there_is_none(school: SchoolFixture) -> None:
    assert new_plan(school).assessment_id is None


def test_a_second_plan_for_the_same_student_and_semester_is_a_conflict(
        school: SchoolFixture) -> None:
    new_plan(school)
    err = expect_refused(school, Conflict, new_plan, school, "coordinator")
    assert ANNA in err.text("lv") and SEM in err.text("en")
    assert new_plan(school, semester="2026/2027-2").version == 1  # other semester is fine


def test_an_assessment_of_another_student_cannot_be_linked(school: SchoolFixture) -> None:
    other = uuid.uuid4()
    with school.store.write() as s:
        s.add(RiskAssessment(id=other, student_id=school.student_ids["Pēteris Šmits"],
                             semester_id=school.semester_ids[SEM],
                             assessed_by_id=school.actors["teacher"].user_id,
                             assessed_on=date(2026, 9, 5)))
    err = expect_refused(school, ValidationError, create_plan, school.store,
                         school.actors["teacher"], school.student_ids[ANNA],
                         school.semester_ids[SEM], other)
    assert "Riska izvērtējums" in err.text("lv") and "Risk assessment" in err.text("en")


@pytest.mark.parametrize(("who", "error"), [
    ("teacher", None), ("coordinator", None), ("teacher2", NotFound),
    ("support", PermissionDenied), ("support2", PermissionDenied),
    ("director", PermissionDenied), ("admin", PermissionDenied),
])
def test_create_plan_by_role(school: SchoolFixture, who: str,
                             error: type[AppError] | None) -> None:
    if error is None:
        assert new_plan(school, who).author_id == school.actors[who].user_id
    else:
        expect_refused(school, error, new_plan, school, who)


# ---- save_plan_draft: content and validation --------------------------------------------

def test_saving_again_replaces_goals_measures_and_review_dates(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    teacher = school.actors["teacher"]
    plan_id = new_plan(school).id
    save_plan_draft(school.store, teacher, plan_id, full_draft(school, cat))
    second = PlanDraftInput(
        goals=("  Tikai viens mērķis.  ",),
        measures=(MeasureInput(cat.measure("consult_subject_teacher"), planned_minutes=120,
                               subject="Matemātika", provider_name="Inese Krūmiņa"),),
        review_dates=(date(2026, 11, 30),),
    )
    plan = save_plan_draft(school.store, teacher, plan_id, second)
    assert plan.goals == ("Tikai viens mērķis.",)
    assert [(m.code, m.subject, m.cost_cents) for m in plan.measures] == [
        ("consult_subject_teacher", "Matemātika", 3300)]  # 2 h at 16,50 €
    assert plan.review_dates == (date(2026, 11, 30),) and plan.responsible_id is None
    with school.store.read() as s:
        assert len(s.scalars(select(PlanGoal)).all()) == 1
        assert len(s.scalars(select(SupportMeasure)).all()) == 1


def test_a_measure_type_of_another_school_year_is_refused(school: SchoolFixture,
                                                          cat: CatalogueFixture) -> None:
    plan_id = new_plan(school).id
    draft = PlanDraftInput(measures=(
        MeasureInput(cat.measure("meals"), planned_cents=1000),
        MeasureInput(cat.measure("meals", year="2025/2026"), planned_cents=1000),
    ))
    err = expect_refused(school, ValidationError, save_plan_draft, school.store,
                         school.actors["teacher"], plan_id, draft)
    assert "Pasākums 2:" in err.text("lv") and "2026/2027" in err.text("lv")
    assert "Measure 2:" in err.text("en")


def test_bad_draft_input_names_every_field_and_saves_nothing(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    retired = uuid.uuid4()
    with school.store.write() as s:
        s.add(User(id=retired, username="retired", full_name="Vecais Skolotājs",
                   password_hash="-", active=False))
    plan_id = new_plan(school).id
    draft = PlanDraftInput(
        goals=("Labs mērķis.", "   "),
        measures=(
            MeasureInput(cat.measure("consult_psychologist"), planned_minutes=0),
            MeasureInput(cat.measure("consult_subject_teacher"), planned_minutes=60),
            MeasureInput(cat.measure("meals"), planned_cents=-5),
            MeasureInput(uuid.uuid4(), planned_minutes=60),
            MeasureInput(cat.measure("lodging"), planned_cents=100,
                         starts_on=date(2026, 12, 1), ends_on=date(2027, 1, 15)),
        ),
        responsible_id=retired,
        review_dates=(date(2027, 2, 1),),
    )
    err = expect_refused(school, ValidationError, save_plan_draft, school.store,
                         school.actors["teacher"], plan_id, draft)
    assert isinstance(err, ValidationError)
    assert err.fields == ["goals[1]", "measures[0]", "measures[1]", "measures[2]",
                          "measures[3]", "measures[4]", "review_dates[0]", "responsible_id"]
    lv, en = err.text("lv"), err.text("en")
    for part in ("Mērķis 2:", "Pasākums 1:", "Pasākums 2: norādiet mācību priekšmetu",
                 "Pasākums 3:", "Pasākums 4:", "Pasākums 5: datums 15.01.2027",
                 "Pārskatīšanas datums 1: 01.02.2027", "01.09.2026–31.12.2026",
                 "Atbildīgā persona:"):
        assert part in lv
    for part in ("Goal 2:", "Measure 1:", "Measure 2: name the subject", "Measure 5:",
                 "Review date 1:", "Responsible person:"):
        assert part in en


# ---- save_plan_draft: who may --------------------------------------------------------------

@pytest.mark.parametrize(("who", "error"), [
    ("teacher", None), ("coordinator", None), ("teacher2", NotFound),
    ("support", PermissionDenied), ("director", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_save_draft_by_role(school: SchoolFixture, cat: CatalogueFixture, who: str,
                            error: type[AppError] | None) -> None:
    plan_id = new_plan(school).id
    args = (school.store, school.actors[who], plan_id, full_draft(school, cat))
    if error is None:
        assert len(save_plan_draft(*args).measures) == 2
    else:
        expect_refused(school, error, save_plan_draft, *args)


def test_a_teacher_who_sees_the_student_but_did_not_author_the_plan_cannot_edit_it(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    plan_id = new_plan(school, "coordinator").id
    err = expect_refused(school, PermissionDenied, save_plan_draft, school.store,
                         school.actors["teacher"], plan_id, full_draft(school, cat))
    assert "autors" in err.text("lv") and "author" in err.text("en")
