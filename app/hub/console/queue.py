"""The plans queue: every plan the schools sent, with where it stands for the municipality.

A plan's console status comes from its current version: `awaiting` (the director approved it
and the municipality has not decided), `accepted` or `returned` (the municipality's decision
on that version), `closed` (closed at semester end, undecided) and `at_school` (not yet
approved by the director: draft, submitted or returned at school).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select

from app.hub.hub import Hub
from app.hub.models import Decision, School
from app.hub.models_records import HubPlan, HubPlanVersion, HubSignatureCheck, HubStudent
from app.hub.state_export import pseudonym

STATUSES = ("awaiting", "accepted", "returned", "closed", "at_school")
SHOWN_AT_MOST = 500
EVERY_SEMESTER = "*"
"""The semester filter's value for all semesters (no value at all means the newest)."""


def console_status(version_status: str | None, decision: str | None) -> str:
    if decision in ("accepted", "returned"):
        return decision
    if version_status == "approved":
        return "awaiting"
    return "closed" if version_status == "closed" else "at_school"


def pupil_pseudonym(hub: Hub, school_id: str, student_id: str | None) -> str:
    """A short pseudonym of the pupil for people to name a plan by (not their record id)."""
    return "P-" + pseudonym(hub.keys.pseudonym_secret, school_id, student_id or "")[:8].upper()


@dataclass(frozen=True)
class QueueRow:
    school_id: str
    school_name: str
    plan_id: str
    semester: str
    status: str
    version: int
    pupil: str
    grade: int | None
    submitted_at: object | None
    verified: bool = False  # the director's signature verified at ingest


@dataclass(frozen=True)
class SchoolCount:
    school_id: str
    school_name: str
    awaiting: int
    total: int
    unverified: int = 0  # current versions whose director signature does not verify


@dataclass(frozen=True)
class Queue:
    rows: list[QueueRow]
    matched: int
    schools: list[SchoolCount]
    semesters: list[str]
    all_schools: list[tuple[str, str]] = field(default_factory=list)


def _status() -> ColumnElement[str]:
    """`console_status` in SQL."""
    return case((Decision.outcome.in_(("accepted", "returned")), Decision.outcome),
                (HubPlanVersion.status == "approved", "awaiting"),
                (HubPlanVersion.status == "closed", "closed"), else_="at_school")


def newest_semester(hub: Hub) -> str:
    with hub.store.read() as s:
        return s.scalar(select(func.max(HubPlan.semester))) or EVERY_SEMESTER


def _first_schools(all_schools: list[tuple[str, str]], matched: Counter[str]) -> list[str]:
    """The schools (in the queue's order) whose plans fill the first `SHOWN_AT_MOST` rows."""
    picked: list[str] = []
    shown = 0
    for sid, _name in all_schools:
        if matched[sid]:
            picked.append(sid)
            shown += matched[sid]
            if shown >= SHOWN_AT_MOST:
                break
    return picked


def read_queue(hub: Hub, *, school_id: str = "", semester: str = EVERY_SEMESTER,
               status: str = "", search: str = "") -> Queue:
    """The queue with its filters (`semester` "*" for every one); counts per school follow
    the semester and search filters (not the school and status ones, so they show what else
    is waiting). Two queries over the plans: one GROUP BY school and status gives the counts,
    the plans failing their signature check and how many rows each school has under the
    filters; the rows shown are then read only for the first schools (in the queue's order:
    school name, id) that fill `SHOWN_AT_MOST` rows — never sorting every plan to keep 500."""
    current = and_(HubPlanVersion.school_id == HubPlan.school_id,
                   HubPlanVersion.plan_id == HubPlan.id,
                   HubPlanVersion.number == HubPlan.current_version)
    state = _status().label("state")

    def joined(query: Any) -> Any:
        query = (query.outerjoin(HubPlanVersion, current)
                 .outerjoin(Decision, Decision.plan_version_id == HubPlanVersion.id)
                 .outerjoin(HubSignatureCheck, and_(
                     HubSignatureCheck.school_id == HubPlanVersion.school_id,
                     HubSignatureCheck.version_id == HubPlanVersion.id)))
        if semester != EVERY_SEMESTER:
            query = query.where(HubPlan.semester == semester)
        return query

    needle = search.strip().casefold()
    failing = case((HubSignatureCheck.verified.is_(False), 1), else_=0)
    with hub.store.read() as s:
        all_schools = [(i, n) for i, n in s.execute(
            select(School.school_id, School.name).order_by(School.name, School.school_id))]
        semesters = sorted({x for x in s.scalars(select(HubPlan.semester).distinct()) if x},
                           reverse=True)
        found = [i for i, n in all_schools if needle in n.casefold()] if needle else None
        counted = joined(select(HubPlan.school_id, state, func.count(), func.sum(failing))
                         .select_from(HubPlan))
        if found is not None:
            counted = counted.where(HubPlan.school_id.in_(found))
        tally = s.execute(counted.group_by(HubPlan.school_id, state)).all()
        awaiting: Counter[str] = Counter()
        total: Counter[str] = Counter()
        unverified: Counter[str] = Counter()
        matched: Counter[str] = Counter()
        for sid, code, n, bad in tally:
            total[sid] += n
            unverified[sid] += int(bad or 0)
            awaiting[sid] += n if code == "awaiting" else 0
            if (not school_id or sid == school_id) and (not status or code == status):
                matched[sid] += n
        first = _first_schools(all_schools, matched)
        shown = joined(
            select(HubPlan.school_id, School.name, HubPlan.id, HubPlan.semester, state,
                   HubPlan.current_version, HubPlan.student_id, HubStudent.grade,
                   HubPlanVersion.submitted_at, HubSignatureCheck.verified)
            .select_from(HubPlan).join(School, School.school_id == HubPlan.school_id)
            .outerjoin(HubStudent, and_(HubStudent.school_id == HubPlan.school_id,
                                        HubStudent.id == HubPlan.student_id))
            .where(HubPlan.school_id.in_(first)))
        if status:
            shown = shown.where(_status() == status)
        picked = s.execute(shown.order_by(School.name, School.school_id,
                                          HubPlan.semester.desc(),
                                          HubPlanVersion.submitted_at, HubPlan.id)
                           .limit(SHOWN_AT_MOST)).all() if first else []
    names = dict(all_schools)
    rows = [QueueRow(sid, name, pid, sem or "", code, number,
                     pupil_pseudonym(hub, sid, student), grade, submitted, bool(verified))
            for sid, name, pid, sem, code, number, student, grade, submitted, verified
            in picked]
    counts = [SchoolCount(sid, names[sid], awaiting[sid], total[sid], unverified[sid])
              for sid, _name in all_schools if sid in total]
    return Queue(rows, sum(matched.values()), counts, semesters, all_schools)
