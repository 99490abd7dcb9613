"""What changed between two versions of a plan, as plain values a person can read.

Each `Change` renders its own sentence in Latvian or English; hours, money and dates in its
parameters are kept as typed values and formatted for the language when shown. Measures are
paired by their type and subject (the rows are copied, so their ids differ between versions);
several measures of one kind are paired in their order.
"""

from __future__ import annotations

import enum
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formatting import format_date, format_hours, format_money
from app.i18n import DEFAULT_LANGUAGE, render
from app.models import MeasureType, PlanVersion, SupportMeasure, User
from app.models.enums import MeasureUnit


class ChangeKind(enum.StrEnum):
    GOAL_ADDED = "goal_added"
    GOAL_REMOVED = "goal_removed"
    MEASURE_ADDED = "measure_added"
    MEASURE_REMOVED = "measure_removed"
    MEASURE_HOURS = "measure_hours"
    MEASURE_EURO = "measure_euro"
    MEASURE_RATE = "measure_rate"
    MEASURE_COST = "measure_cost"
    MEASURE_PROVIDER = "measure_provider"
    RESPONSIBLE = "responsible"
    REVIEW_DATE_ADDED = "review_date_added"
    REVIEW_DATE_REMOVED = "review_date_removed"
    SUMMARY = "summary"


@dataclass(frozen=True)
class Money:
    cents: int


@dataclass(frozen=True)
class Minutes:
    minutes: int


@dataclass(frozen=True)
class Named:
    """A name that differs by language (a catalogue entry, or "not named")."""

    lv: str
    en: str


Param = str | int | date | Money | Minutes | Named
NOBODY = Named("nav norādīts", "not named")


def _show(value: Param, lang: str) -> str:
    if isinstance(value, Money):
        return format_money(value.cents, lang)
    if isinstance(value, Minutes):
        return format_hours(value.minutes, lang)
    if isinstance(value, Named):
        return value.lv if lang == "lv" else value.en
    if isinstance(value, date):
        return format_date(value, lang)
    return str(value)


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    params: tuple[tuple[str, Param], ...] = ()

    @property
    def key(self) -> str:
        return f"approvals.change_{self.kind.value}"

    def param(self, name: str) -> Param:
        return dict(self.params)[name]

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(self.key, lang, **{k: _show(v, lang) for k, v in self.params})


@dataclass(frozen=True)
class _Measure:
    name: Named
    unit: MeasureUnit
    minutes: int
    cents: int
    rate_cents: int
    cost_cents: int
    provider: Named

    @property
    def amount(self) -> Param:
        return Minutes(self.minutes) if self.unit is MeasureUnit.HOURS else Money(self.cents)


def _user(session: Session, user_id: uuid.UUID | None) -> Named:
    name = None if user_id is None else session.scalar(
        select(User.full_name).where(User.id == user_id))
    return NOBODY if name is None else Named(name, name)


def _measures(session: Session, version: PlanVersion) -> dict[tuple[str, str], list[_Measure]]:
    rows = session.execute(
        select(SupportMeasure, MeasureType)
        .join(MeasureType, MeasureType.id == SupportMeasure.measure_type_id)
        .where(SupportMeasure.version_id == version.id)
        .order_by(SupportMeasure.sort_order)
    ).all()
    out: dict[tuple[str, str], list[_Measure]] = defaultdict(list)
    for m, t in rows:
        subject = f" ({m.subject})" if m.subject else ""
        provider = (_user(session, m.provider_id) if m.provider_id else
                    Named(m.provider_name, m.provider_name) if m.provider_name else NOBODY)
        out[(t.code, m.subject.strip().lower())].append(_Measure(
            Named(t.name_lv + subject, t.name_en + subject), t.unit, m.planned_minutes,
            m.planned_cents, m.rate_cents, m.cost_cents, provider))
    return out


def _measure_changes(old: _Measure, new: _Measure) -> list[Change]:
    pairs: list[tuple[ChangeKind, Param, Param]] = [
        (ChangeKind.MEASURE_HOURS, Minutes(old.minutes), Minutes(new.minutes)),
        (ChangeKind.MEASURE_EURO, Money(old.cents), Money(new.cents)),
        (ChangeKind.MEASURE_RATE, Money(old.rate_cents), Money(new.rate_cents)),
        (ChangeKind.MEASURE_COST, Money(old.cost_cents), Money(new.cost_cents)),
        (ChangeKind.MEASURE_PROVIDER, old.provider, new.provider),
    ]
    return [Change(kind, (("measure", new.name), ("old", a), ("new", b)))
            for kind, a, b in pairs if a != b]


def _measure_diff(session: Session, old: PlanVersion, new: PlanVersion) -> list[Change]:
    before, after = _measures(session, old), _measures(session, new)
    changes: list[Change] = []
    for key in [*before, *(k for k in after if k not in before)]:
        olds, news = before.get(key, []), after.get(key, [])
        for a, b in zip(olds, news, strict=False):
            changes += _measure_changes(a, b)
        for kind, rest in ((ChangeKind.MEASURE_REMOVED, olds[len(news):]),
                           (ChangeKind.MEASURE_ADDED, news[len(olds):])):
            changes += [Change(kind, (("measure", m.name), ("amount", m.amount),
                                      ("cost", Money(m.cost_cents)))) for m in rest]
    return changes


def version_changes(session: Session, old: PlanVersion, new: PlanVersion) -> list[Change]:
    """Goals, measures, responsible person, review dates and summary: old → new."""
    changes: list[Change] = []
    old_goals, new_goals = Counter(g.text for g in old.goals), Counter(g.text for g in new.goals)
    changes += [Change(ChangeKind.GOAL_REMOVED, (("goal", g),))
                for g in (old_goals - new_goals).elements()]
    changes += [Change(ChangeKind.GOAL_ADDED, (("goal", g),))
                for g in (new_goals - old_goals).elements()]
    changes += _measure_diff(session, old, new)
    if old.responsible_id != new.responsible_id:
        changes.append(Change(ChangeKind.RESPONSIBLE, (
            ("old", _user(session, old.responsible_id)),
            ("new", _user(session, new.responsible_id)))))
    old_dates = {r.review_on for r in old.review_dates}
    new_dates = {r.review_on for r in new.review_dates}
    changes += [Change(ChangeKind.REVIEW_DATE_REMOVED, (("date", d),))
                for d in sorted(old_dates - new_dates)]
    changes += [Change(ChangeKind.REVIEW_DATE_ADDED, (("date", d),))
                for d in sorted(new_dates - old_dates)]
    if old.summary != new.summary:
        changes.append(Change(ChangeKind.SUMMARY))
    return changes
