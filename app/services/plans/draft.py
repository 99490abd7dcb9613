"""A plan draft as a person enters it, and its check against the semester and the catalogue.

Every problem is collected (one per field, each naming the row: "Pasākums 2: …") so a form
can show them all at once; nothing is saved while any remains.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, ValidationError
from app.formatting import format_date, format_hours, format_money
from app.models import MeasureType, Semester, User
from app.models.enums import MeasureUnit, SpecialistType
from app.services.plans.costs import measure_cost_cents
from app.services.plans.staff import may_provide

MAX_MINUTES = 60 * 1000  # 1 000 hours of one measure in one semester
MAX_CENTS = 10_000_000  # 100 000 € of one measure
MAX_GOAL = 2000


@dataclass(frozen=True)
class MeasureInput:
    """One planned measure: HOURS types plan minutes, EURO types plan cents (the other is
    ignored and stored as 0)."""

    measure_type_id: uuid.UUID
    planned_minutes: int = 0
    planned_cents: int = 0
    provider_id: uuid.UUID | None = None
    provider_name: str = ""
    subject: str = ""
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True)
class PlanDraftInput:
    goals: tuple[str, ...] = ()
    measures: tuple[MeasureInput, ...] = ()
    responsible_id: uuid.UUID | None = None
    review_dates: tuple[date, ...] = ()
    summary: str = ""


@dataclass(frozen=True)
class MeasureRow:
    """A checked measure, ready to be stored, with its rate and cost."""

    source: MeasureInput
    measure_type: MeasureType
    planned_minutes: int
    planned_cents: int
    rate_cents: int
    cost_cents: int


def is_active_user(session: Session, user_id: uuid.UUID) -> bool:
    return bool(session.scalar(select(User.active).where(User.id == user_id)))


class DraftCheck:
    def __init__(self, session: Session, semester: Semester,
                 kept: Collection[uuid.UUID] = ()) -> None:
        self.session = session
        self.semester = semester
        self.kept = kept  # measure types the plan has already: allowed even when retired
        self.problems: list[FieldProblem] = []

    def problem(self, field: str, key: str, **params: object) -> None:
        self.problems.append(FieldProblem(field, key, dict(params)))

    def in_semester(self, d: date) -> bool:
        return self.semester.starts_on <= d <= self.semester.ends_on

    def period(self) -> dict[str, str]:
        return {"start": format_date(self.semester.starts_on),
                "end": format_date(self.semester.ends_on)}

    def goals(self, goals: tuple[str, ...]) -> list[str]:
        out = []
        for i, text in enumerate(goals):
            clean = text.strip()
            if not clean:
                self.problem(f"goals[{i}]", "plans.goal_empty", n=i + 1)
            elif len(clean) > MAX_GOAL:
                self.problem(f"goals[{i}]", "plans.goal_too_long", n=i + 1, max=MAX_GOAL)
            out.append(clean)
        return out

    def review_dates(self, dates: tuple[date, ...]) -> list[date]:
        seen: set[date] = set()
        for i, d in enumerate(dates):
            if not self.in_semester(d):
                self.problem(f"review_dates[{i}]", "plans.review_outside", n=i + 1,
                             date=format_date(d), **self.period())
            elif d in seen:
                self.problem(f"review_dates[{i}]", "plans.review_duplicate", n=i + 1,
                             date=format_date(d))
            seen.add(d)
        return sorted(seen)

    def responsible(self, user_id: uuid.UUID | None) -> None:
        if user_id is not None and not is_active_user(self.session, user_id):
            self.problem("responsible_id", "plans.responsible_inactive")

    def measure(self, i: int, m: MeasureInput) -> MeasureRow | None:
        field, n = f"measures[{i}]", i + 1
        mt = self.session.get(MeasureType, m.measure_type_id)
        before = len(self.problems)
        if mt is None:
            self.problem(field, "plans.measure_type_unknown", n=n)
            return None
        if mt.school_year_id != self.semester.school_year_id:
            self.problem(field, "plans.measure_type_other_year", n=n,
                         year=self.semester.school_year.label)
        if mt.retired and mt.id not in self.kept:
            self.problem(field, "plans.measure_type_retired", n=n, name=mt.name_lv)
        if mt.unit is MeasureUnit.HOURS and not 1 <= m.planned_minutes <= MAX_MINUTES:
            self.problem(field, "plans.hours_range", n=n, max=format_hours(MAX_MINUTES))
        if mt.unit is MeasureUnit.EURO and not 1 <= m.planned_cents <= MAX_CENTS:
            self.problem(field, "plans.cents_range", n=n, max=format_money(MAX_CENTS))
        if mt.specialist_type is SpecialistType.SUBJECT_TEACHER and not m.subject.strip():
            self.problem(field, "plans.subject_missing", n=n)
        if len(m.subject.strip()) > 80 or len(m.provider_name.strip()) > 120:
            self.problem(field, "plans.measure_text_too_long", n=n)
        if m.provider_id is not None and not is_active_user(self.session, m.provider_id):
            self.problem(field, "plans.provider_inactive", n=n)
        elif m.provider_id is not None:
            self.provider_type(field, n, m.provider_id, mt.specialist_type)
        self.measure_period(field, n, m)
        if len(self.problems) > before:
            return None
        hours = mt.unit is MeasureUnit.HOURS
        minutes, cents = (m.planned_minutes, 0) if hours else (0, m.planned_cents)
        rate = mt.rate_cents if hours else 0
        return MeasureRow(m, mt, minutes, cents, rate,
                          measure_cost_cents(mt.unit, minutes, cents, rate))

    def provider_type(self, field: str, n: int, user_id: uuid.UUID,
                      needed: SpecialistType | None) -> None:
        user = self.session.get(User, user_id)
        assert user is not None
        if not may_provide(user.role_set, user.specialist_type, needed):
            self.problem(field, "plans.provider_wrong_type", n=n, name=user.full_name)

    def measure_period(self, field: str, n: int, m: MeasureInput) -> None:
        for d in (m.starts_on, m.ends_on):
            if d is not None and not self.in_semester(d):
                self.problem(field, "plans.measure_outside", n=n, date=format_date(d),
                             **self.period())
        if m.starts_on and m.ends_on and m.starts_on > m.ends_on:
            self.problem(field, "plans.measure_period_order", n=n)

    def caps(self, rows: list[tuple[int, MeasureRow]]) -> None:
        """Per pupil and semester, a measure type's planned total must stay within its cap."""
        totals: dict[uuid.UUID, int] = {}
        reported: set[uuid.UUID] = set()  # a type is reported once, at the row crossing it
        for i, row in rows:
            mt = row.measure_type
            totals[mt.id] = totals.get(mt.id, 0) + row.cost_cents
            cap = mt.cap_cents
            if cap is not None and totals[mt.id] > cap and mt.id not in reported:
                reported.add(mt.id)
                self.problem(f"measures[{i}]", "plans.cap_exceeded", n=i + 1,
                             total=format_money(totals[mt.id]), cap=format_money(cap))


def check_draft(session: Session, semester: Semester, draft: PlanDraftInput,
                kept: Collection[uuid.UUID] = (),
                ) -> tuple[list[str], list[MeasureRow], list[date]]:
    """The cleaned goals, measures and review dates; `ValidationError` with every problem.
    A retired measure type is refused unless the plan has it already (`kept`)."""
    check = DraftCheck(session, semester, kept)
    goals = check.goals(draft.goals)
    rows = [(i, check.measure(i, m)) for i, m in enumerate(draft.measures)]
    good = [(i, r) for i, r in rows if r is not None]
    check.caps(good)
    dates = check.review_dates(draft.review_dates)
    check.responsible(draft.responsible_id)
    if check.problems:
        raise ValidationError(check.problems)
    return goals, [r for _, r in good], dates
