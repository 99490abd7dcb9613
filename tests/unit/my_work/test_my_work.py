"""The home screen's read: what waits for each role, only pupils they may see."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from app.services.approvals.decisions import return_plan
from app.services.backup import backup_reminder, create_backup, last_backup_at
from app.services.my_work import WorkKind, my_work
from app.services.plans.lifecycle import save_plan_draft
from app.services.school.calendar import current_semester
from app.services.support.consultations import ConsultationInput, log_consultation
from tests.builders.approvals import submitted_plan
from tests.builders.backup import migrated_school
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import full_draft, new_plan
from tests.builders.school import SchoolFixture

TODAY = date(2026, 10, 5)  # the draft's first review date, 15.10.2026, is ten days away


def work(school: SchoolFixture, who: str, today: date = TODAY):  # type: ignore[no-untyped-def]
    return my_work(school.store, school.actors[who], current_semester(school.store, today),
                   today)


def test_the_director_sees_the_plans_waiting_for_approval(school: SchoolFixture,
                                                          cat: CatalogueFixture) -> None:
    plan_id = submitted_plan(school, cat)
    mine = work(school, "director")
    assert [(i.kind, i.plan_id, i.student_name, i.class_name, i.semester_label)
            for i in mine.to_approve] == [
        (WorkKind.APPROVE, plan_id, "Anna Ēcere", "5.a", "2026/2027-1")]
    assert mine.to_approve[0].when is not None
    assert work(school, "teacher").to_approve == ()  # not a director


def test_the_author_sees_the_returned_plan_with_the_comment(school: SchoolFixture,
                                                            cat: CatalogueFixture) -> None:
    plan_id = submitted_plan(school, cat)
    return_plan(school.store, school.actors["director"], plan_id, "Precizējiet mērķus.")
    [item] = work(school, "teacher").returned
    assert (item.kind, item.plan_id, item.comment) == (
        WorkKind.RETURNED, plan_id, "Precizējiet mērķus.")
    assert work(school, "coordinator").returned[0].plan_id == plan_id  # sees every plan
    assert work(school, "teacher2").returned == ()  # another class, another author


def test_review_dates_due_in_two_weeks_or_overdue(school: SchoolFixture,
                                                  cat: CatalogueFixture) -> None:
    plan = new_plan(school)
    save_plan_draft(school.store, school.actors["teacher"], plan.id, full_draft(school, cat))
    assert [(i.kind, i.when) for i in work(school, "teacher").reviews_due] == [
        (WorkKind.REVIEW, date(2026, 10, 15))]
    assert work(school, "teacher", date(2026, 9, 20)).reviews_due == ()  # 25 days away
    late = work(school, "teacher", date(2026, 12, 1)).reviews_due
    assert [i.when for i in late] == [date(2026, 10, 15), date(2026, 12, 10)]  # overdue, soon
    assert work(school, "teacher2").reviews_due == ()


def test_support_staff_see_their_pupils_hours(school: SchoolFixture) -> None:
    log_consultation(school.store, school.actors["support"], ConsultationInput(
        school.student_ids["Anna Ēcere"], None, date(2026, 10, 1), 50, topic="Saruna"))
    students = work(school, "support").students
    anna = next(s for s in students if s.full_name == "Anna Ēcere")
    assert (anna.consultations, anna.attended_minutes) == (1, 50)
    assert work(school, "teacher").students == ()


def test_whoever_runs_the_sync_sees_the_unsent_changes(school: SchoolFixture) -> None:
    coordinator = work(school, "coordinator")
    assert coordinator.unsent_changes is not None and coordinator.unsent_changes > 0
    assert work(school, "teacher").unsent_changes is None
    assert work(school, "teacher2").empty  # nothing of theirs waits


def test_whoever_makes_backups_is_reminded_when_the_last_is_a_week_old(
        school: SchoolFixture, tmp_path: Path) -> None:
    director = work(school, "director").backup
    assert director is not None and director.last_at is None and director.due
    assert work(school, "teacher").backup is None  # may not make backups: nothing to say
    assert not work(school, "director").empty  # the reminder is work

    migrated = migrated_school(tmp_path / "skola.db")  # a backup needs the real schema
    stick = tmp_path / "stick"
    stick.mkdir()
    admin, director_actor = migrated.school.actors["admin"], migrated.school.actors["director"]
    made = create_backup(migrated.store, admin, migrated.key, stick)
    last = last_backup_at(migrated.store)
    assert last is not None and abs(last - made.created_at) < timedelta(minutes=1)
    fresh = backup_reminder(migrated.store, director_actor, now=last + timedelta(days=6))
    assert fresh is not None and not fresh.due and fresh.last_at == last
    stale = backup_reminder(migrated.store, director_actor,
                            now=last + timedelta(days=7, minutes=1))
    assert stale is not None and stale.due
    migrated.store.close()
