"""Shared by several test modules: PETERIS, second_plan."""

from __future__ import annotations

import uuid

from app.services.plans.lifecycle import (
    record_parent_application,
    save_plan_draft,
    submit_plan,
)
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import full_draft, new_plan
from tests.builders.plans_submit import RECEIVED
from tests.builders.school import SchoolFixture

PETERIS = "Pēteris Šmits"


def second_plan(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    """Pēteris's plan (no assessment), submitted by his class teacher."""
    teacher = school.actors["teacher"]
    plan_id = new_plan(school, student=PETERIS).id
    save_plan_draft(school.store, teacher, plan_id, full_draft(school, cat))
    record_parent_application(school.store, teacher, plan_id, "Inga Šmite", RECEIVED)
    submit_plan(school.store, teacher, plan_id)
    return plan_id
