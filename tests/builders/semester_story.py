"""The semester story, run once against a real hub: what each step did and what it saw.

1. the demo school asks to enrol; the municipality enrols it; the school imports the trust;
2. the school syncs the semester over HTTP (`run_now`, as the Sync screen does), then syncs
   again with nothing changed;
3. the municipality's coordinator returns one approved plan with a comment and accepts every
   other plan of the semester that the director approved;
4. the school syncs and receives both decisions; it syncs again (the returned plan, reopened
   at school, goes back to the hub) and once more with nothing changed.
Every step keeps frozen snapshots (results, statuses, plan views), so the tests only read.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.demo import DemoSummary
from app.errors import Conflict
from app.hub.decisions import DecisionView, PlanRow, decide, list_plans
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.models import Bundle, SchoolKey
from app.models import SupportPlan
from app.secrets import SecretStore
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.plans.query import get_plan
from app.services.plans.views import PlanView
from app.services.report_data.common import find_semester
from app.services.sync.decisions import MunicipalityDecisionView, municipality_decisions
from app.services.sync.engine import SyncRunResult
from app.services.sync.enrolment import TrustInfo, enrolment_request, import_trust
from app.services.sync.run import run_now
from app.services.sync.status import SyncStatus, sync_status
from app.services.sync.view import load_sync_view

RETURN_COMMENT = "Lūdzu papildiniet plānu ar logopēda nodarbībām un precizējiet mērķus."
DECIDABLE = ("approved", "closed")  # the plan statuses the hub counts as awaiting a decision


@dataclass(frozen=True)
class DemoSchool:
    path: Path
    store: Store
    secrets: SecretStore
    coordinator: Actor
    summary: DemoSummary


@dataclass(frozen=True)
class RunningHub:
    hub: Hub
    url: str


@dataclass(frozen=True)
class Enrolment:
    request_fingerprint: str  # in the school's request file
    screen_fingerprint: str | None  # on the school's Sync screen
    hub_fingerprint_of_school: str  # what enrol_school read from the request
    hub_stored_fingerprint: str  # the school's key as the hub keeps it
    hub_fingerprint: str  # the hub's own keys, read out by the municipality
    trust: TrustInfo  # as the school imported it
    school_id: str


@dataclass(frozen=True)
class Run:
    result: SyncRunResult
    status: SyncStatus  # the school's, right after the run
    hub_bundles: int  # bundles the hub has stored for the school, right after the run


@dataclass(frozen=True)
class Story:
    school: DemoSchool
    hub: RunningHub
    semester: str
    enrolment: Enrolment
    first: Run
    idle: Run  # straight after the first, nothing changed
    plans_after_first: tuple[PlanRow, ...]  # the hub's list for the semester
    school_plans_after_first: dict[str, str]  # the semester's plans at school: id -> status
    returned: DecisionView
    accepted: tuple[DecisionView, ...]
    refused: tuple[tuple[str, str], ...]  # (plan id, message key) decide() turned down
    second: Run  # brings the decisions
    returned_plan: PlanView  # at school, after the second run
    returned_decisions: tuple[MunicipalityDecisionView, ...]
    third: Run  # the reopened plan goes back
    last: Run  # nothing changed
    plans_at_end: tuple[PlanRow, ...]


def hub_bundle_count(hub: Hub, school_id: str) -> int:
    with hub.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Bundle)
                            .where(Bundle.school_id == school_id)) or 0)


def _enrol(school: DemoSchool, hub: RunningHub) -> Enrolment:
    request = enrolment_request(school.store, school.secrets, school.coordinator)
    enrolled = enrol_school(hub.hub, request.data)
    trust = import_trust(school.store, school.coordinator, enrolled.trust)
    with hub.hub.store.read() as s:
        stored = s.scalars(select(SchoolKey.fingerprint)
                           .where(SchoolKey.school_id == request.school_id)).all()
    assert len(stored) == 1
    screen = load_sync_view(school.store, school.coordinator).fingerprint
    return Enrolment(request.fingerprint, screen, enrolled.school_fingerprint, stored[0],
                     enrolled.hub_fingerprint, trust, request.school_id)


def _sync(school: DemoSchool, hub: RunningHub, school_id: str) -> Run:
    """One "Sync now", exactly as the Sync screen runs it (transport from the trust)."""
    result = run_now(school.store, school.secrets, school.coordinator, "lv",
                     lambda step, done, total: None, threading.Event())
    return Run(result, sync_status(school.store), hub_bundle_count(hub.hub, school_id))


def _school_plans(school: DemoSchool, semester: str) -> dict[str, str]:
    semester_id = find_semester(school.store, semester).id
    with school.store.read() as s:
        return {str(pid): status.value for pid, status in s.execute(
            select(SupportPlan.id, SupportPlan.status)
            .where(SupportPlan.semester_id == semester_id))}


def _decide(hub: Hub, plans: tuple[PlanRow, ...]
            ) -> tuple[DecisionView, tuple[DecisionView, ...], tuple[tuple[str, str], ...]]:
    """Return the first approved plan (by id) with a comment, accept every other one."""
    waiting = sorted((p for p in plans if p.status in DECIDABLE and p.decision is None),
                     key=lambda p: p.plan_id)
    chosen = next(p for p in waiting if p.status == "approved")
    returned = decide(hub, chosen.plan_id, accept=False, comment=RETURN_COMMENT)
    accepted, refused = [], []
    for plan in waiting:
        if plan is chosen:
            continue
        try:
            accepted.append(decide(hub, plan.plan_id, accept=True))
        except Conflict as exc:
            refused.append((plan.plan_id, exc.key))
    return returned, tuple(accepted), tuple(refused)


def run_story(school: DemoSchool, hub: RunningHub) -> Story:
    semester = school.summary.current_semester
    enrolment = _enrol(school, hub)
    sid = enrolment.school_id
    first = _sync(school, hub, sid)
    idle = _sync(school, hub, sid)
    plans_after_first = tuple(list_plans(hub.hub, semester))
    school_plans = _school_plans(school, semester)
    returned, accepted, refused = _decide(hub.hub, plans_after_first)
    second = _sync(school, hub, sid)
    plan_id = uuid.UUID(returned.plan_id)
    returned_plan = get_plan(school.store, school.coordinator, plan_id)
    decisions = tuple(municipality_decisions(school.store, school.coordinator, plan_id))
    third = _sync(school, hub, sid)
    last = _sync(school, hub, sid)
    return Story(school, hub, semester, enrolment, first, idle, plans_after_first,
                 school_plans, returned, accepted, refused, second, returned_plan, decisions,
                 third, last, tuple(list_plans(hub.hub, semester)))
