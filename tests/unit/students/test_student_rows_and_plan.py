"""Two reads the UI used to do itself, now services: the Pupils screen's rows with the pupils
who left (`assessments.student_rows`) and a pupil's plan with its delivery for the card's
consultations and expenses tabs (`plans.student_plan`)."""

from __future__ import annotations

from datetime import date

from app.models.enums import PlanStatus, RiskLevel, StudentStatus
from app.services.assessments.student_list import student_list, student_rows
from app.services.plans.lifecycle import create_plan
from app.services.plans.student_plan import student_plan
from app.services.students.status import mark_student_left
from tests.builders.school import SchoolFixture

SEM = "2026/2027-1"


def test_rows_add_the_pupils_who_left_without_levels(school: SchoolFixture) -> None:
    coordinator = school.actors["coordinator"]
    semester_id = school.semester_ids[SEM]
    mark_student_left(school.store, coordinator, school.student_ids["Oskars Lūsis"],
                      StudentStatus.TRANSFERRED, date(2026, 11, 20), today=date(2026, 11, 23))
    active = student_list(school.store, coordinator, semester_id)
    rows = student_rows(school.store, coordinator, semester_id)
    assert rows[:len(active)] == active
    left = rows[len(active):]
    assert [(r.full_name, r.status, r.overall, r.plan_status) for r in left] == [
        ("Oskars Lūsis", StudentStatus.TRANSFERRED, RiskLevel.NONE, None)]
    assert set(left[0].levels.values()) == {RiskLevel.NONE}
    teacher_rows = student_rows(school.store, school.actors["teacher"], semester_id)
    assert "Oskars Lūsis" not in {r.full_name for r in teacher_rows}  # 6.b is not hers


def test_the_plan_of_the_semester_comes_with_its_delivery(school: SchoolFixture) -> None:
    anna, semester_id = school.student_ids["Anna Ēcere"], school.semester_ids[SEM]
    teacher = school.actors["teacher"]
    assert student_plan(school.store, teacher, anna, semester_id) is None  # no plan yet
    plan = create_plan(school.store, teacher, anna, semester_id)
    found = student_plan(school.store, teacher, anna, semester_id)
    assert found is not None
    assert (found.plan.id, found.plan.status) == (plan.id, PlanStatus.DRAFT)
    assert found.delivery.plan_id == plan.id
    assert found.delivery.planned_total_cents == 0
    other_semester = school.semester_ids["2026/2027-2"]
    assert student_plan(school.store, teacher, anna, other_semester) is None


def test_no_plan_right_means_no_plan(school: SchoolFixture) -> None:
    anna, semester_id = school.student_ids["Anna Ēcere"], school.semester_ids[SEM]
    create_plan(school.store, school.actors["teacher"], anna, semester_id)
    assert student_plan(school.store, school.actors["admin"], anna, semester_id) is None
