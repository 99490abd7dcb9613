"""Expenses: EURO measure types only, positive amounts, visible pupils, listing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.errors import AppError, NotFound, PermissionDenied, ValidationError
from app.models import AuditEntry
from app.services.support.expenses import ExpenseInput, list_expenses, record_expense
from tests.builders.catalogue import CatalogueFixture
from tests.builders.expenses import ANNA, DAY, expense
from tests.builders.plans import expect_refused, new_plan
from tests.builders.school import SchoolFixture


def test_an_expense_is_recorded_and_audited(school: SchoolFixture,
                                            cat: CatalogueFixture) -> None:
    plan_id = new_plan(school).id
    e = expense(school, cat, plan_id=plan_id)
    assert (e.code, e.name_lv, e.amount_cents, e.plan_id) == ("meals", "Ēdināšana", 2350,
                                                              plan_id)
    assert (e.description, e.recorded_by_name) == ("Pusdienas oktobrī", "Ilze Kalniņa")
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "expense.record")).one()
        assert entry.entity_id == str(e.id) and '"amount_cents":2350' in entry.details


@pytest.mark.parametrize(("who", "error"), [
    ("teacher", None), ("coordinator", None), ("teacher2", NotFound),
    ("support", PermissionDenied), ("director", PermissionDenied),
    ("admin", PermissionDenied),
])
def test_record_expense_by_role(school: SchoolFixture, cat: CatalogueFixture, who: str,
                                error: type[AppError] | None) -> None:
    if error is None:
        assert expense(school, cat, who).amount_cents == 2350
    else:
        expect_refused(school, error, expense, school, cat, who)


def test_an_hours_measure_type_is_refused(school: SchoolFixture,
                                          cat: CatalogueFixture) -> None:
    err = expect_refused(school, ValidationError, expense, school, cat,
                         code="consult_psychologist")
    assert "Pasākuma veids:" in err.text("lv") and "Measure type:" in err.text("en")
    assert "eiro" in err.text("lv") and "euro" in err.text("en")


def test_bad_input_names_each_field_and_saves_nothing(school: SchoolFixture,
                                                      cat: CatalogueFixture) -> None:
    other_plan = new_plan(school, student="Pēteris Šmits").id
    for amount in (0, -100):
        err = expect_refused(school, ValidationError, expense, school, cat, amount=amount,
                             plan_id=other_plan)
        assert isinstance(err, ValidationError)
        assert err.fields == ["amount_cents", "plan_id"]
        assert "Summa:" in err.text("lv") and "Amount:" in err.text("en")
        assert "Atbalsta plāns:" in err.text("lv")
    future = date.today() + timedelta(days=2)
    err = expect_refused(school, ValidationError, expense, school, cat, day=future)
    assert isinstance(err, ValidationError) and "spent_on" in err.fields
    assert "Izdevumu datums:" in err.text("lv") and "Expense date:" in err.text("en")


def test_a_measure_type_of_another_school_year_is_refused(school: SchoolFixture,
                                                          cat: CatalogueFixture) -> None:
    data = ExpenseInput(school.student_ids[ANNA], None, cat.measure("meals", "2025/2026"),
                        DAY, 1000)
    err = expect_refused(school, ValidationError, record_expense, school.store,
                         school.actors["teacher"], data)
    assert "2025/2026" in err.text("lv") and "06.10.2026" in err.text("en")


def test_list_expenses_newest_first_and_by_semester(school: SchoolFixture,
                                                    cat: CatalogueFixture) -> None:
    old = ExpenseInput(school.student_ids[ANNA], None, cat.measure("meals", "2025/2026"),
                       date(2026, 3, 1), 700)
    record_expense(school.store, school.actors["teacher"], old)
    expense(school, cat, day=date(2026, 9, 10), amount=100)
    expense(school, cat, code="transport_tickets", amount=200)
    expense(school, cat, student="Pēteris Šmits", amount=999)
    anna = school.student_ids[ANNA]
    rows = list_expenses(school.store, school.actors["support"], anna)
    assert [e.amount_cents for e in rows] == [200, 100, 700]
    in_sem = list_expenses(school.store, school.actors["director"], anna,
                           school.semester_ids["2026/2027-1"])
    assert [e.amount_cents for e in in_sem] == [200, 100]
    with pytest.raises(NotFound):
        list_expenses(school.store, school.actors["teacher2"], anna)
    with pytest.raises(PermissionDenied):
        list_expenses(school.store, school.actors["admin"], anna)


def test_an_expense_past_the_measures_cap_is_refused_with_what_is_left(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    """Meals are capped at 225,00 € per pupil and semester: 200,00 € fits, 30,00 € more
    would not — the sentence says what is left; overspending is never silent."""
    expense(school, cat, amount=20000)
    refused = expect_refused(school, ValidationError, expense, school, cat, amount=3000)
    assert refused.fields == ["amount_cents"]
    text = refused.text("lv")
    assert text.startswith("Summa: ar šo izdevumu pasākumam “Ēdināšana” semestrī 2026/2027-1 "
                           "būtu 230,00")
    assert "atlikuši 25,00" in text
    assert "cap of 225,00" in refused.text("en") and "“Meals”" in refused.text("en")
    expense(school, cat, amount=2500)  # exactly up to the cap
    expense(school, cat, amount=3000, student="Pēteris Šmits")  # the cap is per pupil
