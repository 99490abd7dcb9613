"""Reading plans: who sees which plan, and planned versus delivered figures."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import update

from app.errors import AppError, NotFound, PermissionDenied
from app.models import Consultation, SupportAssignment, SupportPlan
from app.models.enums import PlanStatus, SpecialistType
from app.services.plans.lifecycle import (
    MeasureInput,
    PlanDraftInput,
    get_plan,
    list_plans,
    plan_delivery,
    save_plan_draft,
)
from app.services.support.consultations import ConsultationInput, log_consultation
from app.services.support.expenses import ExpenseInput, record_expense
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import SEM, full_draft, new_plan
from tests.builders.school import SchoolFixture

OSKARS, PETERIS = "Oskars Lūsis", "Pēteris Šmits"


@pytest.fixture
def three_plans(school: SchoolFixture, cat: CatalogueFixture) -> dict[str, uuid.UUID]:
    """Anna's plan by her class teacher (with costs), Oskars' by teacher2, Pēteris' by the
    coordinator."""
    anna = new_plan(school).id
    save_plan_draft(school.store, school.actors["teacher"], anna, full_draft(school, cat))
    return {"Anna Ēcere": anna, OSKARS: new_plan(school, "teacher2", OSKARS).id,
            PETERIS: new_plan(school, "coordinator", PETERIS).id}


def names(school: SchoolFixture, who: str, status: PlanStatus | None = None) -> list[str]:
    rows = list_plans(school.store, school.actors[who], school.semester_ids[SEM], status)
    return [r.student_name for r in rows]


def test_list_plans_follows_who_may_see_which_student(school: SchoolFixture,
                                                    three_plans: dict[str, uuid.UUID]) -> None:
    assert names(school, "teacher") == ["Anna Ēcere", PETERIS]  # class 5.a
    assert names(school, "teacher2") == [OSKARS]
    assert names(school, "support") == ["Anna Ēcere"]  # assigned to Anna only
    assert names(school, "support2") == []
    assert names(school, "coordinator") == ["Anna Ēcere", PETERIS, OSKARS]
    assert names(school, "director") == ["Anna Ēcere", PETERIS, OSKARS]
    with pytest.raises(PermissionDenied):
        names(school, "admin")
    assert list_plans(school.store, school.actors["coordinator"],
                      school.semester_ids["2026/2027-2"]) == []


def test_list_plans_shows_totals_and_filters_by_status(
        school: SchoolFixture, three_plans: dict[str, uuid.UUID]) -> None:
    with school.store.write() as s:
        s.execute(update(SupportPlan).where(SupportPlan.id == three_plans[OSKARS])
                  .values(status=PlanStatus.SUBMITTED))
    rows = list_plans(school.store, school.actors["coordinator"], school.semester_ids[SEM])
    anna = next(r for r in rows if r.student_name == "Anna Ēcere")
    assert (anna.class_name, anna.author_name, anna.version) == ("5.a", "Ilze Kalniņa", 1)
    assert anna.total_cost_cents == 3300 + 12000  # 90 min at 22,00 € + meals 120,00 €
    assert names(school, "coordinator", PlanStatus.SUBMITTED) == [OSKARS]
    assert names(school, "coordinator", PlanStatus.DRAFT) == ["Anna Ēcere", PETERIS]


def test_a_teacher_sees_a_plan_they_author_for_a_student_of_another_class(
        school: SchoolFixture, three_plans: dict[str, uuid.UUID]) -> None:
    with school.store.write() as s:  # the coordinator hands Oskars' plan over to teacher
        s.execute(update(SupportPlan).where(SupportPlan.id == three_plans[OSKARS])
                  .values(author_id=school.actors["teacher"].user_id))
    assert OSKARS in names(school, "teacher")
    assert get_plan(school.store, school.actors["teacher"], three_plans[OSKARS]).author_name \
        == "Ilze Kalniņa"


@pytest.mark.parametrize(("who", "error"), [
    ("teacher", None), ("support", None), ("coordinator", None), ("director", None),
    ("teacher2", NotFound), ("support2", NotFound), ("admin", PermissionDenied),
])
def test_get_plan_by_role(school: SchoolFixture, three_plans: dict[str, uuid.UUID], who: str,
                          error: type[AppError] | None) -> None:
    plan_id = three_plans["Anna Ēcere"]
    if error is None:
        plan = get_plan(school.store, school.actors[who], plan_id)
        assert plan.total_cost_cents == 15300 and len(plan.goals) == 2
    else:
        with pytest.raises(error):
            get_plan(school.store, school.actors[who], plan_id)


# ---- planned versus delivered -------------------------------------------------------------

def test_plan_delivery_compares_plan_with_consultations_and_expenses(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    year, sem = "2025/2026", "2025/2026-2"  # 1 Jan - 30 Jun 2026, entirely in the past
    anna, oskars = school.student_ids["Anna Ēcere"], school.student_ids[OSKARS]
    plan_id = new_plan(school, semester=sem).id
    save_plan_draft(school.store, school.actors["teacher"], plan_id, PlanDraftInput(
        goals=("Mērķis.",),
        measures=(
            MeasureInput(cat.measure("consult_psychologist", year), planned_minutes=120),
            MeasureInput(cat.measure("consult_social_pedagogue", year), planned_minutes=60),
            MeasureInput(cat.measure("meals", year), planned_cents=10000),
            MeasureInput(cat.measure("transport_tickets", year), planned_cents=5000),
        )))
    with school.store.write() as s:
        s.add(SupportAssignment(student_id=anna, user_id=school.actors["support2"].user_id))
        # a speech therapist's session, outside the plan (planned 0, catalogue rate 19,50 €)
        s.add(Consultation(student_id=anna, staff_id=school.actors["support"].user_id,
                           specialist_type=SpecialistType.SPEECH_THERAPIST,
                           held_on=date(2026, 2, 2), minutes=30))
        s.add(Consultation(student_id=oskars, staff_id=school.actors["support"].user_id,
                           specialist_type=SpecialistType.PSYCHOLOGIST,
                           held_on=date(2026, 2, 2), minutes=300))  # another pupil
    psych, social = school.actors["support"], school.actors["support2"]
    for actor, day, minutes, attended in (
        (psych, date(2026, 1, 12), 45, True), (psych, date(2026, 3, 2), 30, True),
        (psych, date(2026, 3, 9), 20, False), (psych, date(2025, 12, 10), 60, True),
        (social, date(2026, 6, 30), 40, True),
    ):
        log_consultation(school.store, actor, ConsultationInput(
            anna, None, day, minutes, attended=attended, topic="Saruna"))
    teacher = school.actors["teacher"]
    for code, day, cents in (
        ("meals", date(2026, 2, 1), 3000), ("meals", date(2026, 5, 1), 2500),
        ("meals", date(2025, 12, 1), 1000), ("learning_materials", date(2026, 3, 3), 1500),
    ):
        y = "2025/2026"
        record_expense(school.store, teacher, ExpenseInput(anna, None, cat.measure(code, y),
                                                           day, cents))
    d = plan_delivery(school.store, teacher, plan_id)
    hours = {h.specialist_type: h for h in d.hours}
    p, sp = hours[SpecialistType.PSYCHOLOGIST], hours[SpecialistType.SOCIAL_PEDAGOGUE]
    st_ = hours[SpecialistType.SPEECH_THERAPIST]
    assert (p.planned_minutes, p.delivered_minutes, p.missed_minutes) == (120, 75, 20)
    assert (p.rate_cents, p.planned_cents, p.delivered_cents) == (2100, 4200, 2625)
    assert (sp.planned_minutes, sp.delivered_minutes, sp.delivered_cents) == (60, 40, 1233)
    assert (st_.planned_minutes, st_.delivered_minutes, st_.rate_cents) == (0, 30, 1950)
    assert st_.delivered_cents == 975
    euro = {e.code: (e.planned_cents, e.spent_cents) for e in d.euro}
    assert euro == {"transport_tickets": (5000, 0), "meals": (10000, 5500),
                    "learning_materials": (0, 1500)}
    assert d.planned_total_cents == 4200 + 1850 + 10000 + 5000
    assert d.delivered_total_cents == 2625 + 1233 + 975 + 5500 + 1500
    with pytest.raises(NotFound):
        plan_delivery(school.store, school.actors["teacher2"], plan_id)
    with pytest.raises(PermissionDenied):
        plan_delivery(school.store, school.actors["admin"], plan_id)
