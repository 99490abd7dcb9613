"""The municipality's CSV for the semester against the school's own semester report, figure by
figure and exactly, after the story (both decisions applied and the returned plan sent back).

Where the two define a figure the same way it is compared here. (This comparison found that
consultations without a plan never reached the hub; the school now sends those totals.)
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from app.hub.report import ALL, semester_report
from app.hub.report_csv import report_csv
from app.models import Consultation, MunicipalityDecision
from app.models.enums import PlanStatus
from app.reports.content_semester import SemesterReport
from app.services.report_data import semester as report_data_semester
from app.services.report_data.common import find_semester
from tests.builders.semester_story import Story

pytestmark = pytest.mark.slow  # builds the full demo school

Key = tuple[str, str, str]  # (section, item, metric)


@dataclass(frozen=True)
class Figures:
    school: SemesterReport  # app.services.report_data.plan_documents.semester_report
    hub: dict[Key, int]  # the school's lines of the municipality CSV
    hub_all: dict[Key, int]  # the whole municipality's lines (one school here)

    def of_hub(self, key: Key) -> int:
        """A figure of the CSV; a group with nothing in it has no line, so it reads 0."""
        return self.hub.get(key, 0)


@pytest.fixture(scope="package")
def figures(story: Story) -> Figures:
    school = story.school
    semester_id = find_semester(school.store, story.semester).id
    own = report_data_semester.semester_report(school.store, school.coordinator, semester_id)
    text = report_csv(semester_report(story.hub.hub, story.semester))
    rows = list(csv.DictReader(text.splitlines()))
    assert rows and {r["semester"] for r in rows} == {story.semester}

    def lines(school_id: str) -> dict[Key, int]:
        return {(r["section"], r["item"], r["metric"]): int(r["value"]) for r in rows
                if r["school_id"] == school_id}

    mine = lines(story.enrolment.school_id)
    assert {r["school"] for r in rows if r["school_id"] == story.enrolment.school_id} == \
        {own.school.name}
    return Figures(own, mine, lines(ALL))


def _assert_same(figures: Figures, pairs: Iterable[tuple[Key, int]]) -> None:
    """Each (figure, the school's value) equals the CSV's; all differences listed at once."""
    checked = list(pairs)
    assert checked
    differ = [(key, ours, figures.of_hub(key)) for key, ours in checked
              if ours != figures.of_hub(key)]
    assert not differ, "(figure, school, hub): " + "; ".join(map(str, differ))


def test_the_whole_municipality_is_this_one_school(figures: Figures) -> None:
    assert figures.hub_all == figures.hub


def test_students_at_risk_per_category_match(figures: Figures) -> None:
    own = figures.school
    assert own.students_at_risk > 0
    pairs = [(("risk", "total", "pupils_assessed"), own.students_assessed),
             (("risk", "total", "pupils_at_risk"), own.students_at_risk)]
    pairs += [(("risk", c.category, "pupils_at_risk"), c.total) for c in own.categories]
    _assert_same(figures, pairs)
    assert {k[1] for k in figures.hub if k[0] == "risk"} == \
        {"total", *(c.category for c in own.categories)}


def test_plans_by_status_match_after_the_decisions(figures: Figures, story: Story) -> None:
    by_status = {s.status: s for s in figures.school.statuses}
    # the returned plan now counts as returned on both sides, at its reopened version's cost
    assert by_status[PlanStatus.RETURNED.value].plans >= 1
    pairs = [(("plans", s.status, metric), value) for s in figures.school.statuses
             for metric, value in (("plans", s.plans), ("planned_cost_cents", s.cost_cents))]
    _assert_same(figures, pairs)
    assert {k[1] for k in figures.hub if k[0] == "plans"} <= set(by_status)
    assert sum(s.plans for s in figures.school.statuses) == len(story.plans_at_end)


def test_planned_hours_and_euro_per_measure_type_match(figures: Figures) -> None:
    measures = figures.school.measures
    planned = {m.code for m in measures if m.plans}
    assert {k[1] for k in figures.hub if k[0] == "measures"} == planned
    assert any(m.unit == "hours" for m in measures) and any(m.unit == "euro" for m in measures)
    pairs = [(("measures", m.code, metric), value) for m in measures
             for metric, value in (("plans", m.plans), ("planned_minutes", m.planned_minutes),
                                   ("planned_cost_cents", m.planned_cents))]
    pairs.append((("costs", "total", "planned_cost_cents"), figures.school.planned_cents))
    _assert_same(figures, pairs)


def test_delivered_euro_per_measure_type_match(figures: Figures) -> None:
    euro = [m for m in figures.school.measures if m.unit == "euro"]
    assert sum(m.delivered_cents for m in euro) > 0
    pairs = [(("measures", m.code, "delivered_cents"), m.delivered_cents) for m in euro]
    _assert_same(figures, pairs)


def test_the_decisions_the_hub_counts_are_the_ones_the_school_applied(
        figures: Figures, story: Story) -> None:
    with story.school.store.read() as s:
        accepted = s.scalar(select(func.count()).select_from(MunicipalityDecision)
                            .where(MunicipalityDecision.outcome == "accepted"))
    assert figures.of_hub(("decisions", "accepted", "plans")) == accepted == len(story.accepted)
    # the returned plan is at its reopened version now: no decision on that one yet
    assert figures.of_hub(("decisions", "returned", "plans")) == 0


def _types_with_consultations_outside_plans(story: Story) -> set[str]:
    """Specialist types with an attended consultation of the semester that has no plan."""
    sem = find_semester(story.school.store, story.semester)
    with story.school.store.read() as s:
        return {t.value for t in s.scalars(
            select(Consultation.specialist_type).distinct()
            .where(Consultation.plan_id.is_(None), Consultation.attended,
                   Consultation.held_on.between(sem.starts_on, sem.ends_on)))}


def test_delivered_hours_and_consultations_per_specialist_match(figures: Figures,
                                                                story: Story) -> None:
    """Every delivered figure, including consultations held before any plan existed (the
    demo's social pedagogue's first talks): the school sends those totals too."""
    assert _types_with_consultations_outside_plans(story) == {"social_pedagogue"}
    own = figures.school
    hours = [m for m in own.measures if m.unit == "hours"]
    pairs = [(("measures", m.code, metric), value) for m in hours
             for metric, value in (("delivered_minutes", m.delivered_minutes),
                                   ("delivered_cents", m.delivered_cents))]
    pairs += [(("specialists", sp.specialist_type, metric), value) for sp in own.specialists
              for metric, value in (("minutes", sp.attended_minutes), ("pupils", sp.students))]
    pairs.append((("costs", "total", "delivered_value_cents"), own.delivered_cents))
    _assert_same(figures, pairs)
