"""Retention rules: the programme's defaults, the admin's change with its reason (audited),
and what falls due on which day — the day before and the day of each due date."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry
from app.services.retention import (
    DataKind,
    due_on,
    retention_rules,
    review_retention,
    set_retention_rule,
)
from tests.builders.catalogue import CatalogueFixture
from tests.builders.retention import ENDED_ON, pupil_who_left
from tests.builders.school import SchoolFixture


@pytest.fixture
def anna(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    return pupil_who_left(school, cat)


def test_due_dates_count_full_years_from_31_december() -> None:
    assert due_on(date(2026, 12, 31), 5) == date(2032, 1, 1)
    assert due_on(date(2026, 1, 1), 5) == date(2032, 1, 1)
    assert due_on(date(2024, 2, 29), 1) == date(2026, 1, 1)
    assert due_on(date(2026, 6, 30), 0) == date(2027, 1, 1)


def test_the_defaults_and_an_admins_change_with_its_reason(school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    rules = {r.kind: r for r in retention_rules(school.store, admin)}
    assert {k: r.years for k, r in rules.items()} == {
        DataKind.RECORDS: 5, DataKind.ATTACHMENTS: 2, DataKind.CONSULTATION_NOTES: 1}
    assert all(r.reason == "" and r.changed_at is None for r in rules.values())
    changed = set_retention_rule(school.store, admin, DataKind.ATTACHMENTS, 3,
                                 "  DPO lēmums 2026/7  ")
    assert (changed.years, changed.default_years, changed.reason) == (3, 2, "DPO lēmums 2026/7")
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "retention.rule_set")).one()
    assert '"before":2' in entry.details and '"years":3' in entry.details
    with pytest.raises(ValidationError) as refused:
        set_retention_rule(school.store, admin, DataKind.RECORDS, 51, " ")
    assert {p.field for p in refused.value.problems} == {"years", "reason"}
    assert "Norādiet, kāpēc" in refused.value.text("lv")


@pytest.mark.parametrize("who", ["coordinator", "director", "teacher", "support"])
def test_only_the_admin_sees_and_changes_the_rules(school: SchoolFixture, who: str) -> None:
    actor = school.actors[who]
    for call in (lambda: retention_rules(school.store, actor),
                 lambda: set_retention_rule(school.store, actor, DataKind.RECORDS, 6, "x"),
                 lambda: review_retention(school.store, actor, date(2040, 1, 1))):
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert "tikai administrators" in refused.value.text("lv")


def _due(school: SchoolFixture, on: date) -> dict[DataKind, dict[str, int]]:
    review = review_retention(school.store, school.actors["admin"], on)
    assert len(review.pupils) <= 1  # Pēteris is still at school
    return {i.kind: i.counts for p in review.pupils for i in p.items}


def test_what_is_due_the_day_before_and_on_each_due_date(
        school: SchoolFixture, anna: uuid.UUID) -> None:
    assert date(2026, 12, 31) == ENDED_ON  # the semester of her plan, after she left
    assert _due(school, date(2027, 12, 31)) == {}
    assert set(_due(school, date(2028, 1, 1))) == {DataKind.CONSULTATION_NOTES}
    assert set(_due(school, date(2028, 12, 31))) == {DataKind.CONSULTATION_NOTES}
    assert set(_due(school, date(2029, 1, 1))) == {DataKind.CONSULTATION_NOTES,
                                                   DataKind.ATTACHMENTS}
    assert DataKind.RECORDS not in _due(school, date(2031, 12, 31))
    due = _due(school, date(2032, 1, 1))
    assert due[DataKind.RECORDS] == {"student": 1, "guardian": 1, "risk_assessment": 1,
                                     "support_plan": 1, "consultation": 1, "expense": 1,
                                     "attachment": 1}
    assert due[DataKind.ATTACHMENTS] == {"attachment": 1}
    assert due[DataKind.CONSULTATION_NOTES] == {"consultation": 1}
    review = review_retention(school.store, school.actors["admin"], date(2032, 1, 1))
    assert review.pupils[0].name == "Anna Ēcere" and review.pupils[0].ended_on == ENDED_ON


def test_a_longer_rule_moves_the_due_date(school: SchoolFixture, anna: uuid.UUID) -> None:
    set_retention_rule(school.store, school.actors["admin"], DataKind.CONSULTATION_NOTES, 3,
                       "Atbalsts var turpināties vidusskolā")
    assert _due(school, date(2029, 12, 31)).get(DataKind.CONSULTATION_NOTES) is None
    assert DataKind.CONSULTATION_NOTES in _due(school, date(2030, 1, 1))
