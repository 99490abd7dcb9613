"""The municipality's semester report: the aggregates per school and for all schools, as
one list of (section, school, item, metric, value) lines — the same lines feed the CSV and
the PDF. Values are integers (counts, minutes, cents)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from app.errors import FieldProblem, ValidationError
from app.hub.aggregates import (
    decision_rows,
    delivered_rows,
    planned_rows,
    risk_rows,
    status_rows,
)
from app.hub.hub import Hub
from app.hub.models import School
from app.hub.projections import CATEGORIES

SEMESTER = re.compile(r"(\d{4})/(\d{4})-([12])")
ALL = "ALL"


@dataclass(frozen=True)
class Line:
    section: str  # risk | plans | decisions | measures | specialists | costs
    school_id: str  # ALL for the whole municipality
    item: str
    metric: str
    value: int


@dataclass(frozen=True)
class SemesterReport:
    municipality: str
    semester: str
    schools: tuple[tuple[str, str, str], ...]  # (school_id, name, registration number)
    lines: tuple[Line, ...]
    generated_at: datetime

    def value(self, section: str, school_id: str, item: str, metric: str) -> int:
        return sum(x.value for x in self.lines if (x.section, x.school_id, x.item, x.metric)
                   == (section, school_id, item, metric))


def check_semester(label: str) -> str:
    match = SEMESTER.fullmatch(label or "")
    if match is None or int(match.group(2)) != int(match.group(1)) + 1:
        raise ValidationError(FieldProblem("semester", "hub.semester_invalid",
                                           {"value": (label or "")[:20]}))
    return label


def _int(value: Any) -> int:
    return int(value or 0)


Rows = dict[str, list[tuple[Any, ...]]]
# per query: how many grouping columns follow the school id (the rest are counts and sums)
KEYS = {"risk": 0, "status": 1, "decisions": 1, "planned": 3, "delivered": 2}


def _per_school(s: Any, semester: str) -> Rows:
    return {"risk": risk_rows(s, semester, True), "status": status_rows(s, semester, True),
            "decisions": decision_rows(s, semester, True),
            "planned": planned_rows(s, semester, True),
            "delivered": delivered_rows(s, semester, True)}


def _municipal(per_school: Rows) -> Rows:
    """The whole municipality's rows as the sums of the schools' rows (every figure is a count
    or a sum per school — pupils and plans are keyed by school — so the sums are exact, and
    the database is read once instead of twice). Ordered as SQLite's GROUP BY orders them."""
    out: Rows = {}
    for name, rows in per_school.items():
        keys = KEYS[name]
        totals: dict[tuple[Any, ...], list[int]] = {}
        for row in rows:
            acc = totals.setdefault(tuple(row[1:1 + keys]), [0] * (len(row) - 1 - keys))
            for i, value in enumerate(row[1 + keys:]):
                acc[i] += _int(value)
        ordered = sorted(totals.items(),
                         key=lambda kv: tuple((x is not None, x) for x in kv[0]))
        out[name] = [(None, *k, *v) for k, v in ordered]
    if not out["risk"]:  # no grouping: one row even for an empty semester
        out["risk"] = [(None, 0, 0, *(0 for _ in CATEGORIES))]
    return out


def _lines(rows: Rows) -> list[Line]:
    out: list[Line] = []

    def add(section: str, sid: Any, item: Any, **metrics: Any) -> None:
        out.extend(Line(section, sid or ALL, str(item or "—"), k, _int(v))
                   for k, v in metrics.items())

    for sid, assessed, at_risk, *per in rows["risk"]:
        add("risk", sid, "total", pupils_assessed=assessed, pupils_at_risk=at_risk)
        for category, n in zip(CATEGORIES, per, strict=True):
            add("risk", sid, category, pupils_at_risk=n)
    for sid, status, plans, cost in rows["status"]:
        add("plans", sid, status, plans=plans, planned_cost_cents=cost)
    for sid, outcome, plans in rows["decisions"]:
        add("decisions", sid, outcome, plans=plans)
    delivered = {(r[0], r[1], r[2]): r[3:] for r in rows["delivered"]}
    for sid, code, unit, specialist, plans, minutes, cost, at_rate in rows["planned"]:
        done = delivered.get((sid, "consultation", specialist) if unit == "hours"
                             else (sid, "expense", code), (0, 0, 0, 0, 0))
        add("measures", sid, code, plans=plans, planned_minutes=minutes,
            planned_cost_cents=cost, rate_cost_cents=at_rate,
            delivered_minutes=done[2] if unit == "hours" else 0, delivered_cents=done[4])
        add("costs", sid, "total", planned_cost_cents=cost, rate_cost_cents=at_rate)
    for (sid, kind, code), (sessions, pupils, minutes, _cents, value) in delivered.items():
        if kind == "consultation":
            add("specialists", sid, code, sessions=sessions, pupils=pupils, minutes=minutes,
                value_cents=value)
        add("costs", sid, "total", delivered_value_cents=value)
    return out


def semester_report(hub: Hub, semester: str) -> SemesterReport:
    check_semester(semester)
    with hub.store.read() as s:
        identity = hub.identity(s)
        schools = tuple(tuple(r) for r in s.execute(
            select(School.school_id, School.name, School.registration_number)
            .order_by(School.name)).all())
        per_school = _per_school(s, semester)
    lines = _lines(per_school) + _lines(_municipal(per_school))
    merged: dict[tuple[str, str, str, str], int] = {}
    for line in lines:  # the "costs" totals add up per school: a handful of grouped lines
        key = (line.section, line.school_id, line.item, line.metric)
        merged[key] = merged.get(key, 0) + line.value
    return SemesterReport(identity.municipality, semester, schools,  # type: ignore[arg-type]
                          tuple(Line(*k, v) for k, v in merged.items()), datetime.now(UTC))
