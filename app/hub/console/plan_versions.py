"""What changed from one version of a plan to the next, as the hub can tell from what it
holds: measures added, removed or changed (amount planned or cost), the goals and the
summary. Language-neutral: the template words each change."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.hub.models_records import HubMeasure, HubPlanVersion


@dataclass(frozen=True)
class Change:
    kind: str  # measure_added | measure_removed | measure_changed | goals | summary
    code: str = ""
    before: int = 0  # cost in cents, for measure_changed
    after: int = 0


def _measures(rows: list[HubMeasure]) -> dict[str, tuple[int, int, int]]:
    out: dict[str, tuple[int, int, int]] = {}
    for m in rows:
        code = m.measure_type_code or ""
        minutes, cents, cost = out.get(code, (0, 0, 0))
        out[code] = (minutes + m.planned_minutes, cents + m.planned_cents, cost + m.cost_cents)
    return out


def changes_by_version(s: Session, versions: list[HubPlanVersion],
                       goals: dict[str, list[str | None]]) -> dict[int, list[Change]]:
    """{version number: its changes against the version before it} (the first has none)."""
    if len(versions) < 2:
        return {}
    school_id = versions[0].school_id
    measures: dict[str, list[HubMeasure]] = defaultdict(list)
    for m in s.scalars(select(HubMeasure).where(
            HubMeasure.school_id == school_id,
            HubMeasure.version_id.in_([v.id for v in versions]))):
        measures[m.version_id or ""].append(m)
    ordered = sorted(versions, key=lambda v: v.number)
    out: dict[int, list[Change]] = {}
    for before, after in pairwise(ordered):
        old, new = _measures(measures[before.id]), _measures(measures[after.id])
        found = [Change("measure_added", c) for c in new if c not in old]
        found += [Change("measure_removed", c) for c in old if c not in new]
        found += [Change("measure_changed", c, old[c][2], new[c][2])
                  for c in new if c in old and old[c] != new[c]]
        if goals.get(before.id, []) != goals.get(after.id, []):
            found.append(Change("goals"))
        if (before.summary or "") != (after.summary or ""):
            found.append(Change("summary"))
        out[after.number] = found
    return out
