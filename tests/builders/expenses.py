"""Shared by several test modules: ANNA, DAY, expense."""

from __future__ import annotations

import uuid
from datetime import date

from app.services.support.expenses import ExpenseInput, ExpenseView, record_expense
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture

ANNA = "Anna Ēcere"


DAY = date(2026, 10, 6)


def expense(school: SchoolFixture, cat: CatalogueFixture, who: str = "teacher",
            code: str = "meals", amount: int = 2350, day: date = DAY,
            plan_id: uuid.UUID | None = None, student: str = ANNA) -> ExpenseView:
    data = ExpenseInput(school.student_ids[student], plan_id, cat.measure(code), day, amount,
                        " Pusdienas oktobrī ")
    return record_expense(school.store, school.actors[who], data)
