"""A pupil the school anonymised (retention or erasure): what the hub holds of them goes too.

The school sends every record it changed again — the pupil without names, codes or birth
date, plans without summaries, goals without text, versions without signed bytes — and the
hub keeps only the latest, so `hub_record` and the projections are replaced by `apply`. The
pupil's record carries `"anonymised": true`; then the hub also empties what only it holds:
the coordinators' comments on the pupil's plans (`hub_decision.comment`).

Not removed: the stored upload bundles (`hub_bundle.data`, the exact sealed bytes, kept so a
bundle's hash can be checked) and the downlinks already sent hold the old texts encrypted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from app.hub.models import Decision
from app.hub.models_records import HubPlan


def anonymised_pupils(records: list[dict[str, Any]]) -> list[str]:
    return [r["id"] for r in records
            if r["op"] == "upsert" and r["data"].get("anonymised") is True]


def forget_pupils(conn: Connection, school_id: str, student_ids: list[str]) -> None:
    if not student_ids:
        return
    plans = select(HubPlan.id).where(HubPlan.school_id == school_id,
                                     HubPlan.student_id.in_(student_ids))
    conn.execute(update(Decision).where(Decision.school_id == school_id,
                                        Decision.plan_id.in_(plans)).values(comment=None))
