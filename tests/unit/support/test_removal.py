"""Deleting what was entered by mistake: consultations, expenses and never-submitted plan
drafts — by the right person, audited, synced as a deletion, and refused once it counts."""

from __future__ import annotations

from sqlalchemy import select, update

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.models import AuditEntry, Consultation, Expense, OutboxChange, PlanGoal, SupportPlan
from app.models.enums import ChangeOp, PlanStatus
from app.services.plans.discard import delete_plan_draft
from app.services.plans.lifecycle import save_plan_draft
from app.services.support.removal import delete_consultation, delete_expense
from tests.builders.approvals import submitted_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.consultations import assign, consultation, log
from tests.builders.expenses import expense
from tests.builders.plans import expect_refused, full_draft, new_plan
from tests.builders.school import SchoolFixture


def _audited(school: SchoolFixture, action: str) -> list[AuditEntry]:
    with school.store.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _tombstones(school: SchoolFixture, entity: str) -> int:
    with school.store.read() as s:
        return len(list(s.scalars(select(OutboxChange).where(
            OutboxChange.entity == entity, OutboxChange.op == ChangeOp.DELETE))))


def _close(school: SchoolFixture, plan_id: object) -> None:
    with school.store.write() as s:
        s.execute(update(SupportPlan).where(SupportPlan.id == plan_id)
                  .values(status=PlanStatus.CLOSED))


def test_an_empty_consultation_is_refused_naming_topic_and_minutes(
        school: SchoolFixture) -> None:
    from app.services.support.consultations import log_consultation
    err = expect_refused(school, ValidationError, log_consultation, school.store,
                         school.actors["support"], consultation(school, minutes=0, topic=" "))
    assert isinstance(err, ValidationError)
    texts = {p.field: err.text("lv") for p in err.problems}
    assert set(texts) == {"minutes", "topic"}
    assert "Minūtes: norādiet, cik ilga bija konsultācija." in err.text("lv")
    assert "Tēma: ierakstiet, par ko bija konsultācija." in err.text("lv")


def test_the_author_deletes_a_consultation_audited_and_synced(school: SchoolFixture) -> None:
    c = log(school)
    delete_consultation(school.store, school.actors["support"], c.id)
    with school.store.read() as s:
        assert s.get(Consultation, c.id) is None
    [entry] = _audited(school, "consultation.delete")
    assert entry.entity_id == str(c.id) and '"minutes":45' in entry.details
    assert "motivācija" not in entry.details  # the topic never goes into the audit
    assert _tombstones(school, "consultation") == 1


def test_only_the_author_deletes_a_consultation(school: SchoolFixture) -> None:
    c = log(school)
    assign(school, "support2")
    err = expect_refused(school, PermissionDenied, delete_consultation, school.store,
                         school.actors["support2"], c.id)
    assert "tikai tās autors" in err.text("lv")
    expect_refused(school, PermissionDenied, delete_consultation, school.store,
                   school.actors["teacher"], c.id)  # may not log, so may not delete


def test_a_consultation_of_a_closed_plan_stays(school: SchoolFixture) -> None:
    plan = new_plan(school)
    c = log(school, plan_id=plan.id)
    _close(school, plan.id)
    err = expect_refused(school, Conflict, delete_consultation, school.store,
                         school.actors["support"], c.id)
    assert "05.10.2026" in err.text("lv") and "noslēgts" in err.text("lv")


def test_an_expense_is_deleted_by_its_recorder_or_a_coordinator(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    first, second = expense(school, cat), expense(school, cat, "coordinator", amount=1000)
    expect_refused(school, PermissionDenied, delete_expense, school.store,
                   school.actors["teacher"], second.id)
    delete_expense(school.store, school.actors["teacher"], first.id)
    delete_expense(school.store, school.actors["coordinator"], second.id)
    with school.store.read() as s:
        assert s.scalars(select(Expense)).all() == []
    assert [e.details for e in _audited(school, "expense.delete")] == [
        '{"amount_cents":2350,"spent_on":"2026-10-06"}',
        '{"amount_cents":1000,"spent_on":"2026-10-06"}']
    assert _tombstones(school, "expense") == 2
    expect_refused(school, NotFound, delete_expense, school.store, school.actors["teacher"],
                   first.id)


def test_an_expense_of_a_closed_plan_stays(school: SchoolFixture,
                                           cat: CatalogueFixture) -> None:
    plan = new_plan(school)
    e = expense(school, cat, plan_id=plan.id)
    _close(school, plan.id)
    expect_refused(school, Conflict, delete_expense, school.store, school.actors["teacher"],
                   e.id)


def test_a_draft_never_submitted_is_deleted_with_its_content(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    plan = new_plan(school, "coordinator")
    save_plan_draft(school.store, school.actors["coordinator"], plan.id,
                    full_draft(school, cat))
    expect_refused(school, PermissionDenied, delete_plan_draft, school.store,
                   school.actors["teacher"], plan.id)
    delete_plan_draft(school.store, school.actors["coordinator"], plan.id)
    with school.store.read() as s:
        assert s.get(SupportPlan, plan.id) is None
        assert s.scalars(select(PlanGoal)).all() == []
    [entry] = _audited(school, "plan.delete_draft")
    assert entry.student_id == plan.student_id
    assert _tombstones(school, "support_plan") == 1 and _tombstones(school, "plan_goal") == 2
    new_plan(school)  # the semester is free for a new plan again


def test_a_submitted_plan_or_one_with_records_is_not_deleted(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    plan = new_plan(school)
    log(school, plan_id=plan.id)
    err = expect_refused(school, Conflict, delete_plan_draft, school.store,
                         school.actors["teacher"], plan.id)
    assert "konsultācijas" in err.text("lv")
    with school.store.write() as s:  # the plan goes: its consultation no longer holds it
        s.execute(update(Consultation).values(plan_id=None))
    delete_plan_draft(school.store, school.actors["teacher"], plan.id)
    other = submitted_plan(school, cat)
    err = expect_refused(school, Conflict, delete_plan_draft, school.store,
                         school.actors["coordinator"], other)
    assert "vēl nav iesniegts" in err.text("lv")
