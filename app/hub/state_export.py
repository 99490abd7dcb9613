"""Pupil-level data for the state, pseudonymised: one line per pupil assessed in the
semester, under a pseudonym that is an HMAC-SHA-256 of (school id, pupil id) with the hub's
secret — stable across semesters, not reversible without the secret, never a name, personal
code or the school's own pupil id. The figures come from one SQL query; a text a
spreadsheet would read as a formula is written as text (`csv_cells`)."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.hub.aggregates import _level
from app.hub.csv_cells import safe_row
from app.hub.hub import Hub
from app.hub.models import Decision, School
from app.hub.models_records import (
    HubAssessment,
    HubDelivery,
    HubMeasure,
    HubPlan,
    HubPlanVersion,
    HubStudent,
)
from app.hub.projections import CATEGORIES
from app.hub.report import check_semester

HEADER = ("semester", "school_registration_number", "pupil", "grade", "programme",
          *[f"level_{c}" for c in CATEGORIES], "plan_status", "municipality_decision",
          "planned_minutes", "planned_cost_cents", "delivered_minutes",
          "delivered_value_cents")


def pseudonym(secret: bytes, school_id: str, student_id: str) -> str:
    message = f"pumpurs-pupil/1\n{school_id}\n{student_id}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:24]


def _rows(s: Any, semester: str) -> list[tuple[Any, ...]]:
    latest = select(
        HubAssessment.school_id, HubAssessment.student_id,
        *[_level(c).label(c) for c in CATEGORIES],
        func.row_number().over(
            partition_by=(HubAssessment.school_id, HubAssessment.student_id),
            order_by=(HubAssessment.assessed_on.desc(), HubAssessment.created_at.desc(),
                      HubAssessment.id.desc())).label("rn"),
    ).where(HubAssessment.semester == semester).subquery()
    plan = (select(HubPlan.school_id, HubPlan.student_id, HubPlan.status,
                   Decision.outcome, func.sum(HubMeasure.planned_minutes).label("minutes"),
                   func.sum(HubMeasure.cost_cents).label("cost"))
            .join(HubPlanVersion, (HubPlanVersion.school_id == HubPlan.school_id)
                  & (HubPlanVersion.plan_id == HubPlan.id)
                  & (HubPlanVersion.number == HubPlan.current_version))
            .outerjoin(HubMeasure, (HubMeasure.school_id == HubPlanVersion.school_id)
                       & (HubMeasure.version_id == HubPlanVersion.id))
            .outerjoin(Decision, Decision.plan_version_id == HubPlanVersion.id)
            .where(HubPlan.semester == semester)
            .group_by(HubPlan.school_id, HubPlan.student_id, HubPlan.status, Decision.outcome)
            .subquery())
    done = (select(HubDelivery.school_id, HubDelivery.student_id,
                   func.sum(HubDelivery.minutes).label("minutes"),
                   func.sum(HubDelivery.value_cents).label("value"))
            .where(HubDelivery.semester == semester)
            .group_by(HubDelivery.school_id, HubDelivery.student_id).subquery())
    key = lambda t: (t.c.school_id == latest.c.school_id) & (  # noqa: E731
        t.c.student_id == latest.c.student_id)
    query = (select(School.registration_number, latest.c.school_id, latest.c.student_id,
                    HubStudent.grade, HubStudent.programme, *[latest.c[c] for c in CATEGORIES],
                    plan.c.status, plan.c.outcome, plan.c.minutes, plan.c.cost,
                    done.c.minutes, done.c.value)
             .join(School, School.school_id == latest.c.school_id)
             .outerjoin(HubStudent, (HubStudent.school_id == latest.c.school_id)
                        & (HubStudent.id == latest.c.student_id))
             .outerjoin(plan, key(plan)).outerjoin(done, key(done))
             .where(latest.c.rn == 1)
             .order_by(School.registration_number, latest.c.student_id))
    return [tuple(r) for r in s.execute(query).all()]


def state_csv(hub: Hub, semester: str) -> str:
    check_semester(semester)
    with hub.store.read() as s:
        rows = _rows(s, semester)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    secret = hub.keys.pseudonym_secret
    for reg, school_id, student_id, *rest in rows:
        figures = ["" if v is None else v for v in rest]
        writer.writerow(safe_row((semester, reg, pseudonym(secret, school_id, student_id),
                                  *figures)))
    return out.getvalue()


def write_state_csv(hub: Hub, semester: str, path: Path) -> None:
    path.write_text(state_csv(hub, semester), encoding="utf-8-sig")
