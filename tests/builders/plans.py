"""Shared by several test modules: ANNA, SEM, cat, db_state, expect_refused,
full_draft, new_plan, set_rate."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, update

from app.errors import AppError
from app.models import (
    Base,
    MeasureType,
)
from app.services.core.store import Store
from app.services.plans.lifecycle import (
    MeasureInput,
    PlanDraftInput,
    PlanView,
    create_plan,
)
from tests.builders.catalogue import CatalogueFixture, load_test_catalogue
from tests.builders.school import SchoolFixture

ANNA = "Anna Ēcere"


SEM = "2026/2027-1"


def db_state(store: Store) -> dict[str, list[str]]:
    """Every row of every table, to prove that a refused use case changed nothing."""
    with store.read() as s:
        return {
            t.name: sorted(repr(tuple(r)) for r in s.execute(select(t)))
            for t in Base.metadata.sorted_tables
        }


def new_plan(school: SchoolFixture, who: str = "teacher", student: str = ANNA,
             semester: str = SEM) -> PlanView:
    return create_plan(school.store, school.actors[who], school.student_ids[student],
                       school.semester_ids[semester])


def full_draft(school: SchoolFixture, cat: CatalogueFixture,
               year: str = "2026/2027") -> PlanDraftInput:
    start = int(year[:4])
    return PlanDraftInput(
        goals=("Uzlabot sekmes matemātikā līdz 5 ballēm.", "Apmeklēt visas stundas."),
        measures=(
            MeasureInput(cat.measure("consult_psychologist", year), planned_minutes=90,
                         provider_id=school.actors["support"].user_id),
            MeasureInput(cat.measure("meals", year), planned_cents=12000),
        ),
        responsible_id=school.actors["teacher"].user_id,
        review_dates=(date(start, 10, 15), date(start, 12, 10)),
        summary="Atbalsts mācībās un ēdināšana.",
    )


def set_rate(store: Store, measure_type_id: uuid.UUID, rate_cents: int) -> None:
    with store.write() as s:
        s.execute(update(MeasureType).where(MeasureType.id == measure_type_id)
                  .values(rate_cents=rate_cents))


def expect_refused(school: SchoolFixture, error: type[AppError], fn: Any, *args: Any,
                   **kwargs: Any) -> AppError:
    """Run a use case that must be refused with `error`, and check it changed nothing."""
    before = db_state(school.store)
    with pytest.raises(error) as exc:
        fn(*args, **kwargs)
    assert db_state(school.store) == before
    assert exc.value.text("lv") and exc.value.text("en")
    return exc.value


@pytest.fixture
def cat(school: SchoolFixture) -> CatalogueFixture:
    return load_test_catalogue(school.store, school)
