"""Providers: pickers filtered by the measure's specialist type, the draft refuses a wrong
one, and approving a plan assigns the support staff it names to the pupil."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from app.errors import NotFound, ValidationError
from app.models import AuditEntry
from app.models.enums import SpecialistType
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.plans.lifecycle import (
    record_parent_application,
    save_plan_draft,
    submit_plan,
)
from app.services.plans.staff import plan_staff, providers_for
from app.services.students.query import get_student
from app.services.support.staff_assignment import list_assigned_staff
from tests.builders.approvals import assess
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import full_draft, new_plan
from tests.builders.plans_submit import RECEIVED
from tests.builders.school import TEST_PASSWORD, SchoolFixture

OSKARS = "Oskars Lūsis"


def test_pickers_offer_only_matching_providers(school: SchoolFixture) -> None:
    staff = plan_staff(school.store, school.actors["coordinator"])
    names = {t: [m.full_name for m in providers_for(staff, t)] for t in (
        SpecialistType.PSYCHOLOGIST, SpecialistType.SOCIAL_PEDAGOGUE,
        SpecialistType.SUBJECT_TEACHER)}
    assert names[SpecialistType.PSYCHOLOGIST] == ["Līga Zariņa"]
    assert names[SpecialistType.SOCIAL_PEDAGOGUE] == ["Andris Liepa"]
    assert names[SpecialistType.SUBJECT_TEACHER] == ["Ilze Kalniņa", "Māris Ozols"]
    assert len(providers_for(staff, None)) == len(staff)


def test_a_class_teacher_is_not_a_psychologist(school: SchoolFixture,
                                               cat: CatalogueFixture) -> None:
    plan_id = new_plan(school).id
    draft = full_draft(school, cat)
    wrong = dataclasses.replace(draft.measures[0], provider_id=school.actors["teacher"].user_id)
    with pytest.raises(ValidationError) as caught:
        save_plan_draft(school.store, school.actors["teacher"], plan_id,
                        dataclasses.replace(draft, measures=(wrong, *draft.measures[1:])))
    assert "Ilze Kalniņa" in caught.value.text("lv")


def test_approval_assigns_the_named_support_staff(school: SchoolFixture, cat: CatalogueFixture,
                                                  secrets: KeyringSecretStore) -> None:
    teacher2 = school.actors["teacher2"]
    psychologist = school.actors["support"]
    oskars = school.student_ids[OSKARS]
    assess(school, cat, student=OSKARS)
    plan_id = new_plan(school, "teacher2", OSKARS).id
    save_plan_draft(school.store, teacher2, plan_id, full_draft(school, cat))
    record_parent_application(school.store, teacher2, plan_id, "Ruta Lūse", RECEIVED)
    submit_plan(school.store, teacher2, plan_id)
    with pytest.raises(NotFound):  # not assigned yet: the psychologist does not see him
        get_student(school.store, psychologist, oskars)

    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)

    assert get_student(school.store, psychologist, oskars).full_name == OSKARS
    assert [a.full_name for a in list_assigned_staff(
        school.store, school.actors["coordinator"], oskars)] == ["Līga Zariņa"]
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "staff.assign")).one()
        assert "plan_provider" in entry.details
