"""The cost arithmetic of plans: current catalogue rates, rounding half up, caps."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.models.enums import MeasureUnit
from app.services.plans.costs import hours_cost_cents
from app.services.plans.lifecycle import MeasureInput, PlanDraftInput, get_plan, save_plan_draft
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import expect_refused, full_draft, new_plan, set_rate
from tests.builders.school import SchoolFixture


def test_costs_use_the_current_catalogue_rate_and_are_kept_when_it_changes(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    psych = cat.measure("consult_psychologist")
    set_rate(school.store, psych, 1850)
    plan = save_plan_draft(school.store, school.actors["teacher"], new_plan(school).id,
                           full_draft(school, cat))
    hours, meals = plan.measures
    assert (hours.code, hours.unit, hours.planned_minutes) == (
        "consult_psychologist", MeasureUnit.HOURS, 90)
    assert (hours.rate_cents, hours.cost_cents, hours.planned_cents) == (1850, 2775, 0)
    assert hours.name_lv == "Psihologa konsultācijas" and hours.provider_id is not None
    assert (meals.unit, meals.planned_cents, meals.cost_cents, meals.rate_cents) == (
        MeasureUnit.EURO, 12000, 12000, 0)
    assert (plan.hours_cost_cents, plan.euro_cents, plan.total_cost_cents) == (
        2775, 12000, 14775)
    assert plan.total_minutes == 90
    set_rate(school.store, psych, 3000)  # a later rate change leaves the saved plan alone
    assert get_plan(school.store, school.actors["teacher"], plan.id).measures[0].cost_cents \
        == 2775


@pytest.mark.parametrize(("minutes", "rate", "cents"), [
    (90, 1850, 2775), (60, 2200, 2200), (1, 150, 3), (1, 90, 2), (1, 30, 1), (1, 29, 0),
    (45, 1850, 1388), (7, 1900, 222), (0, 2000, 0),
])
def test_hours_cost_rounds_half_up_to_a_cent(minutes: int, rate: int, cents: int) -> None:
    assert hours_cost_cents(minutes, rate) == cents


@given(st.integers(0, 60_000), st.integers(0, 100_000))
def test_hours_cost_equals_exact_decimal_rounding(minutes: int, rate: int) -> None:
    exact = (Decimal(minutes) * rate / 60).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    assert hours_cost_cents(minutes, rate) == int(exact)


def test_half_a_cent_is_rounded_up_in_a_saved_plan(school: SchoolFixture,
                                                   cat: CatalogueFixture) -> None:
    set_rate(school.store, cat.measure("consult_psychologist"), 150)  # 1 min = 2.5 cents
    draft = PlanDraftInput(measures=(MeasureInput(cat.measure("consult_psychologist"),
                                                  planned_minutes=1),))
    plan = save_plan_draft(school.store, school.actors["teacher"], new_plan(school).id, draft)
    assert plan.measures[0].cost_cents == 3


def test_a_cap_exceeded_names_the_measure_row(school: SchoolFixture,
                                              cat: CatalogueFixture) -> None:
    plan_id = new_plan(school).id
    meals = cat.measure("meals")  # cap 225,00 € per pupil and semester
    draft = PlanDraftInput(measures=(
        MeasureInput(cat.measure("consult_psychologist"), planned_minutes=60),
        MeasureInput(meals, planned_cents=15000),
        MeasureInput(meals, planned_cents=10000),
    ))
    err = expect_refused(school, ValidationError, save_plan_draft, school.store,
                         school.actors["teacher"], plan_id, draft)
    assert isinstance(err, ValidationError) and err.fields == ["measures[2]"]
    assert err.text("lv").startswith("Pasākums 3:")
    assert "250,00\u00a0€" in err.text("lv") and "225,00\u00a0€" in err.text("lv")
    assert err.text("en").startswith("Measure 3:")
    ok = PlanDraftInput(measures=(MeasureInput(meals, planned_cents=22500),))
    assert save_plan_draft(school.store, school.actors["teacher"], plan_id,
                           ok).euro_cents == 22500  # exactly the cap is allowed
