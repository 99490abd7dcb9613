"""Issue 18 #6: a session ends with its person — a deactivated teacher stops reading and
writing at once, a director whose role was taken away can no longer approve — and nobody
changes their own roles (#5)."""

from __future__ import annotations

from datetime import date

from app.errors import Conflict, PermissionDenied
from app.models.enums import Role
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.approvals.queue import approval_queue
from app.services.students.query import list_students
from app.services.support.consultations import ConsultationInput, log_consultation
from app.services.users.admin import deactivate_user, set_roles
from tests.builders.approvals import submitted_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import expect_refused
from tests.builders.school import TEST_PASSWORD, SchoolFixture

ANNA = "Anna Ēcere"


def test_a_deactivated_teacher_stops_reading_and_writing(school: SchoolFixture) -> None:
    teacher = school.actors["teacher"]
    assert len(list_students(school.store, teacher)) == 3
    deactivate_user(school.store, school.actors["admin"], teacher.user_id)
    assert list_students(school.store, teacher) == []  # the open session reads nothing
    support = school.actors["support"]
    deactivate_user(school.store, school.actors["admin"], support.user_id)
    err = expect_refused(school, PermissionDenied, log_consultation, school.store, support,
                         ConsultationInput(school.student_ids[ANNA], None, date(2026, 10, 1),
                                           45, topic="Saruna"))
    assert err.text("lv").startswith("Jūsu lietotājs ir deaktivizēts")


def test_a_director_stripped_of_the_role_no_longer_approves(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    director = school.actors["director"]
    assert [i.plan_id for i in approval_queue(school.store, director)] == [plan_id]
    set_roles(school.store, school.actors["admin"], director.user_id, [Role.TEACHER], None)
    assert approval_queue(school.store, director) == []
    err = expect_refused(school, PermissionDenied, approve_plan, school.store, secrets,
                         director, plan_id, password=TEST_PASSWORD)
    assert "roles have changed" in err.text("en")


def test_nobody_changes_their_own_roles(school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    err = expect_refused(school, Conflict, set_roles, school.store, admin, admin.user_id,
                         [Role.ADMIN, Role.DIRECTOR], None)
    assert "savas lomas nevar mainīt" in err.text("lv")
