"""The plans queue: every plan the schools sent, with where it stands for the municipality.

A plan's console status comes from its current version: `awaiting` (the director approved it
and the municipality has not decided), `accepted` or `returned` (the municipality's decision
on that version), `closed` (closed at semester end, undecided) and `at_school` (not yet
approved by the director: draft, submitted or returned at school).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, select

from app.hub.hub import Hub
from app.hub.models import Decision, School
from app.hub.models_records import HubPlan, HubPlanVersion, HubStudent
from app.hub.state_export import pseudonym

STATUSES = ("awaiting", "accepted", "returned", "closed", "at_school")
SHOWN_AT_MOST = 500


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


@dataclass(frozen=True)
class SchoolCount:
    school_id: str
    school_name: str
    awaiting: int
    total: int


@dataclass(frozen=True)
class Queue:
    rows: list[QueueRow]
    matched: int
    schools: list[SchoolCount]
    semesters: list[str]
    all_schools: list[tuple[str, str]] = field(default_factory=list)


def read_queue(hub: Hub, *, school_id: str = "", semester: str = "", status: str = "",
               search: str = "") -> Queue:
    """The queue with its filters; counts per school follow the semester and search filters
    (not the school and status ones, so they show what else is waiting)."""
    current = and_(HubPlanVersion.school_id == HubPlan.school_id,
                   HubPlanVersion.plan_id == HubPlan.id,
                   HubPlanVersion.number == HubPlan.current_version)
    query = (select(HubPlan.school_id, School.name, HubPlan.id, HubPlan.semester,
                    HubPlanVersion.status, Decision.outcome, HubPlan.current_version,
                    HubPlan.student_id, HubStudent.grade, HubPlanVersion.submitted_at)
             .join(School, School.school_id == HubPlan.school_id)
             .outerjoin(HubPlanVersion, current)
             .outerjoin(Decision, Decision.plan_version_id == HubPlanVersion.id)
             .outerjoin(HubStudent, and_(HubStudent.school_id == HubPlan.school_id,
                                         HubStudent.id == HubPlan.student_id))
             .order_by(School.name, HubPlan.semester, HubPlanVersion.submitted_at, HubPlan.id))
    if semester:
        query = query.where(HubPlan.semester == semester)
    with hub.store.read() as s:
        found = s.execute(query).all()
        semesters = sorted({x for x in s.scalars(select(HubPlan.semester).distinct()) if x},
                           reverse=True)
        all_schools = [(i, n) for i, n in s.execute(
            select(School.school_id, School.name).order_by(School.name))]
    needle = search.strip().casefold()
    rows: list[QueueRow] = []
    awaiting: Counter[str] = Counter()
    total: Counter[str] = Counter()
    names: dict[str, str] = {}
    for sid, name, pid, sem, vstatus, outcome, number, student, grade, submitted in found:
        if needle and needle not in name.casefold():
            continue
        state = console_status(vstatus, outcome)
        names[sid] = name
        total[sid] += 1
        awaiting[sid] += state == "awaiting"
        if (school_id and sid != school_id) or (status and state != status):
            continue
        rows.append(QueueRow(sid, name, pid, sem or "", state, number,
                             pupil_pseudonym(hub, sid, student), grade, submitted))
    counts = [SchoolCount(sid, names[sid], awaiting[sid], total[sid]) for sid in names]
    return Queue(rows[:SHOWN_AT_MOST], len(rows), counts, semesters, all_schools)
