"""A municipality's records as the hub holds them: ~130 schools, six school years.

Records have the shapes schools upload (`app.services.sync.records`, mirrored by
`app.hub.projections`): pseudonymous pupils, assessments with levels per category, findings,
plans with their current version and measures, and consultation/expense totals per plan.
`school_records` draws them for one school and semester; `build_municipality` projects them
with the hub's own `PROJECTIONS` and bulk-inserts them into the hub's typed tables (the ones
the aggregates read) with one Core executemany per table and chunk — and, for the baseline,
the same rows with the plain driver.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert

from app.hub.models import School
from app.hub.projections import CATEGORIES, PROJECTIONS
from benchmarks.generator.sizes import MunicipalitySize

Record = dict[str, Any]
Records = dict[str, list[Record]]
# (code, unit, specialist type, rate in cents an hour)
MEASURES = (
    ("consult_psychologist", "hours", "psychologist", 2200),
    ("consult_social_pedagogue", "hours", "social_pedagogue", 1800),
    ("consult_speech_therapist", "hours", "speech_therapist", 2000),
    ("consult_special_education_teacher", "hours", "special_education_teacher", 1900),
    ("consult_subject_teacher", "hours", "subject_teacher", 1500),
    ("meals", "euro", None, 0), ("transport_tickets", "euro", None, 0),
    ("learning_materials", "euro", None, 0),
)
SIGNS = (("learning", "low_marks"), ("learning", "learning_difficulty"),
         ("social_health", "behaviour_problems"), ("social_health", "unjustified_absence"),
         ("economic", "low_income"), ("family", "family_change"))
STATUSES = ("approved",) * 6 + ("closed",) * 3 + ("draft", "submitted", "returned")


def semesters(years: int, last_start: int = 2026) -> list[str]:
    return [f"{y}/{y + 1}-{n}" for y in range(last_start - years + 1, last_start + 1)
            for n in (1, 2)]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _at(day: date) -> str:
    return f"{day.isoformat()}T10:00:00Z"


def upsert(rid: str, data: dict[str, Any], changed: str) -> Record:
    return {"id": rid, "op": "upsert", "changed_at": changed, "data": data}


def _start(semester: str) -> date:
    year, number = int(semester[:4]), int(semester[-1])
    return date(year, 9, 1) if number == 1 else date(year + 1, 1, 1)


def case_records(rng: random.Random, student_id: str, semester: str, out: Records) -> None:
    """One pupil at risk in one semester: assessment, findings, plan, version, measures and
    what was delivered."""
    assessed = _start(semester) + timedelta(days=rng.randint(10, 45))
    changed = _at(assessed)
    aid, pid, vid = _uid(rng), _uid(rng), _uid(rng)
    levels = {c: rng.choice((0, 0, 1, 2, 3)) for c in CATEGORIES}
    if not any(levels.values()):
        levels["learning"] = 2
    out["risk_assessment"].append(upsert(aid, {
        "student_id": student_id, "semester": semester, "assessed_on": assessed.isoformat(),
        "created_at": changed, "levels": levels, "absence_pct": f"{rng.randint(10, 250) / 10}",
        "unjustified_lessons": rng.randint(0, 60), "failing_marks": rng.randint(0, 4),
        "failing_subjects": "matemātika", "conduct_incidents": rng.randint(0, 5)}, changed))
    for category, code in rng.sample(SIGNS, 3):
        out["risk_finding"].append(upsert(_uid(rng), {
            "assessment_id": aid, "category": category, "sign_code": code,
            "severity": rng.randint(1, 3)}, changed))
    status = rng.choice(STATUSES)
    out["support_plan"].append(upsert(pid, {
        "student_id": student_id, "semester": semester, "status": status,
        "current_version": 1, "assessment_id": aid}, changed))
    decided = _at(assessed + timedelta(days=12)) if status in ("approved", "closed") else None
    out["plan_version"].append(upsert(vid, {
        "plan_id": pid, "number": 1, "status": status, "summary": "Atbalsts mācībās.",
        "submitted_at": _at(assessed + timedelta(days=8)), "decided_at": decided,
        "decision_comment": "", "signature": None, "signer_fingerprint": None}, changed))
    for code, unit, specialist, rate in rng.sample(MEASURES, 3):
        minutes = rng.randint(6, 16) * 45 if unit == "hours" else 0
        cents = rng.randint(30, 200) * 100 if unit == "euro" else 0
        cost = (minutes * rate + 30) // 60 if unit == "hours" else cents
        out["support_measure"].append(upsert(_uid(rng), {
            "version_id": vid, "measure_type_code": code, "unit": unit,
            "specialist_type": specialist, "sort_order": 0, "subject": "",
            "planned_minutes": minutes, "planned_cents": cents, "rate_cents": rate,
            "cost_cents": cost, "starts_on": assessed.isoformat(), "ends_on": None}, changed))
        if status in ("approved", "closed"):
            sessions = minutes // 45 * rng.randint(60, 100) // 100 if unit == "hours" else 1
            spent = cents * rng.randint(70, 100) // 100
            out["delivery_total"].append(upsert(_uid(rng), {
                "student_id": student_id, "plan_id": pid, "semester": semester,
                "kind": "consultation" if unit == "hours" else "expense",
                "code": specialist or code, "sessions": sessions, "minutes": sessions * 45,
                "cents": spent, "value_cents": (sessions * 45 * rate + 30) // 60 or spent},
                changed))


def student_record(rng: random.Random, grade: int) -> Record:
    return upsert(_uid(rng), {"class_id": _uid(rng), "grade": grade, "programme": "general",
                              "status": "active", "status_changed_on": None},
                  "2021-09-01T08:00:00Z")


@dataclass(frozen=True)
class SchoolPlan:
    school_id: str
    name: str
    students: int
    at_risk: int  # a semester


def school_plans(rng: random.Random, size: MunicipalitySize) -> list[SchoolPlan]:
    weights = [rng.lognormvariate(0, 0.6) for _ in range(size.schools)]
    total = sum(weights)
    plans = []
    for n, w in enumerate(weights, start=1):
        students = max(60, round(size.students * w / total))
        plans.append(SchoolPlan(_uid(rng), f"Rīgas {n}. skola", students,
                                max(2, round(size.at_risk * w / total))))
    return plans


def school_records(rng: random.Random, plan: SchoolPlan, labels: list[str]) -> Records:
    """Every record one school has sent over the semesters `labels`."""
    out: Records = defaultdict(list)
    students = [student_record(rng, rng.randint(1, 12)) for _ in range(plan.students)]
    out["student"] = students
    ids = [p["id"] for p in students]
    previous: list[str] = []
    for label in labels:
        keep = rng.sample(previous, min(len(previous), plan.at_risk * 2 // 3))
        fresh = rng.sample(ids, plan.at_risk - len(keep))
        previous = list(dict.fromkeys(keep + fresh))
        for sid in previous:
            case_records(rng, sid, label, out)
    return out


def projected(school_id: str, records: Records) -> dict[str, list[dict[str, Any]]]:
    """{table: rows} as the hub's apply would project these records."""
    out: dict[str, list[dict[str, Any]]] = {}
    for entity, items in records.items():
        model, project = PROJECTIONS[entity]
        out[model.__tablename__] = [{"school_id": school_id, "id": r["id"], **project(r["data"])}
                                    for r in items]
    return out


def draw(size: MunicipalitySize, seed: int = 2026
         ) -> tuple[list[SchoolPlan], list[str], dict[str, list[dict[str, Any]]]]:
    rng = random.Random(f"{seed}:municipality")
    plans = school_plans(rng, size)
    labels = semesters(size.years)
    tables: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for plan in plans:
        for table, rows in projected(plan.school_id, school_records(rng, plan, labels)).items():
            tables[table].extend(rows)
    return plans, labels, dict(tables)


def school_rows(plans: list[SchoolPlan]) -> list[dict[str, Any]]:
    now = datetime(2021, 8, 20, tzinfo=UTC)
    return [{"school_id": p.school_id, "name": p.name, "registration_number": "90000000000",
             "municipality": "Rīgas valstspilsēta", "require_names": False,
             "enrolled_at": now, "applied_seq": 0, "downlink_seq": 0, "trust_version": 1}
            for p in plans]


def insert_all(engine: Engine, plans: list[SchoolPlan],
               tables: dict[str, list[dict[str, Any]]], chunk: int = 20_000) -> None:
    """Core executemany per table, in chunks, one transaction."""
    by_name = {m.__tablename__: m for m, _ in PROJECTIONS.values()}
    with engine.begin() as conn:
        conn.execute(insert(School), school_rows(plans))
        for name, rows in tables.items():
            for start in range(0, len(rows), chunk):
                conn.execute(insert(by_name[name]), rows[start:start + chunk])


def _value(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, date):
        return v.isoformat()
    return v


def raw_insert_all(path: str, plans: list[SchoolPlan],
                   tables: dict[str, list[dict[str, Any]]]) -> None:
    """The same rows with sqlite3 executemany, one transaction."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    convert: Callable[[Any], Any] = _value
    try:
        conn.execute("BEGIN IMMEDIATE")
        for name, rows in (("hub_school", school_rows(plans)), *tables.items()):
            columns = list(rows[0])
            conn.executemany(
                f"INSERT INTO {name} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                [tuple(convert(r[c]) for c in columns) for r in rows])
        conn.execute("COMMIT")
    finally:
        conn.close()
