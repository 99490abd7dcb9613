"""Shared by several test modules: RECEIVED, ready_plan."""

from __future__ import annotations

import uuid
from datetime import date

from app.services.plans.lifecycle import (
    record_parent_application,
    save_plan_draft,
)
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import full_draft, new_plan
from tests.builders.school import SchoolFixture

RECEIVED = date(2026, 9, 3)


def ready_plan(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    """A draft with everything a submission needs."""
    plan_id = new_plan(school).id
    save_plan_draft(school.store, school.actors["teacher"], plan_id, full_draft(school, cat))
    record_parent_application(school.store, school.actors["teacher"], plan_id,
                              "Ruta Ēcere", RECEIVED)
    return plan_id
