"""`build_school`: an encrypted school database of a given size with years of history.

The rows are drawn by the demo's building blocks (names, personal codes, risk profiles,
assessments, plans in every status, consultations, expenses) from generators seeded with
`seed`; only the calendar (several school years), the class plan and who is at risk when are
the generator's own. Set-up (school, years, catalogues) is committed first; then every other
row — with its outbox row and the audit trail — goes in with one bulk insert per table, timed.
The same rows are then written with raw `executemany` into a copy of the database taken
before the bulk insert: the baseline (`raw_insert`).
"""

from __future__ import annotations

import os
import random
import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from app.demo.assessments import add_assessments
from app.demo.calendar import DemoCalendar, at
from app.demo.delivery import add_delivery
from app.demo.people import make_students
from app.demo.plans import DemoPlan, add_plans
from app.demo.rows import INSERT_ORDER, DemoRows
from app.demo.school import add_school
from app.demo.staff import DEMO_PASSWORD, add_staff
from app.models import AuditEntry, OutboxChange
from app.models.base import Syncable, utcnow
from app.models.db import open_engine
from app.models.enums import ChangeOp, SyncState
from app.models.migrate import upgrade_to_head
from app.services.core.audit import trail_head
from app.services.users.passwords import hash_password
from benchmarks.data import key_path, open_school
from benchmarks.generator import raw_insert
from benchmarks.generator.audit_trail import audit_rows
from benchmarks.generator.calendar import school_calendar
from benchmarks.generator.catalogues import load_catalogues
from benchmarks.generator.history import choose_cases
from benchmarks.generator.sizes import SchoolSize
from benchmarks.generator.students import add_classes, add_students
from benchmarks.measure import timed

Rows = dict[type, list[dict[str, Any]]]


@dataclass(frozen=True)
class BuiltSchool:
    path: Path
    key: bytes
    size: str
    current_semester: str
    counts: dict[str, int]  # rows per table written by the bulk insert (outbox, audit too)
    generate_s: float  # drawing the rows in Python
    insert_s: float  # the bulk insert (SQLAlchemy Core executemany) and its commit
    raw_insert_s: float | None  # the same rows by raw executemany (None: not measured)
    raw_counts: dict[str, int] | None

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _checkpoint(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _set_up(engine: Engine, rows: DemoRows, cal: DemoCalendar) -> dict[str, Any]:
    now = utcnow()
    with Session(engine) as session, session.begin():
        school_id, years = add_school(rows, cal)
        rows.write(session, now)
        catalogues = load_catalogues(session, years)
        last_seq, last_hash = trail_head(session)
    return {"school_id": school_id, "years": years, "catalogues": catalogues,
            "last_hash": last_hash, "last_seq": last_seq}


def _draw(rows: DemoRows, cal: DemoCalendar, size: SchoolSize, seed: int,
          setup: dict[str, Any]) -> list[dict[str, Any]]:
    def rng(stage: str) -> random.Random:
        return random.Random(f"{seed}:{stage}")

    plan = size.class_plan()
    created = at(cal.semesters[0].starts_on - timedelta(days=10))
    staff, teachers = add_staff(rows, rng("staff"), [c[0] for c in plan],
                                hash_password(DEMO_PASSWORD), created)
    classes = add_classes(rows, rng("classes"), setup["years"][cal.current.year_label],
                          teachers, plan)
    students = make_students(rng("pupils"), rows, classes, cal)
    cases = choose_cases(rng("history"), students, cal, size.at_risk)
    add_students(rows, students, cal)
    catalogues = setup["catalogues"]
    plans: list[DemoPlan] = []
    for group in cases:
        label = group[0].semester.label
        add_assessments(rows, rng(f"assess:{label}"), group,
                        catalogues[group[0].semester.year_label], cal, staff["koordinators"].id)
        plans += add_plans(rows, rng(f"plans:{label}"), group,
                           catalogues[group[0].semester.year_label], staff, cal)
    add_delivery(rows, rng("delivery"), plans, cases[-1], staff, cal)
    labels = {s.id: s.label for s in cal.semesters}
    return audit_rows(rows, labels, staff["koordinators"].id, staff["direktors"].id,
                      setup["last_hash"], setup["last_seq"])


def _outbox(model: type, rows: list[dict[str, Any]], now: Any) -> list[dict[str, Any]]:
    entity = getattr(model, "__sync_entity__", "")
    return [{"entity": entity, "entity_id": r["id"], "op": ChangeOp.UPSERT, "changed_at": now,
             "state": SyncState.TO_SEND, "bundle_id": None} for r in rows]


def _raw_tables(snapshot: Rows, audit: list[dict[str, Any]], now: Any
                ) -> list[tuple[str, list[dict[str, Any]]]]:
    tables: list[tuple[str, list[dict[str, Any]]]] = []
    for model in INSERT_ORDER:
        rows = snapshot.get(model, [])
        if rows:
            tables.append((model.__tablename__, rows))
            if issubclass(model, Syncable):
                tables.append(("outbox_change", _outbox(model, rows, now)))
    tables.append(("audit_entry", audit))
    return tables


def build_school(path: Path, size: SchoolSize, seed: int = 2026, *,
                 baseline: bool = True) -> BuiltSchool:
    """Create `path` (its key in `path.with_suffix('.key')`) holding a school of `size`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    key = os.urandom(32)
    key_path(path).write_text(key.hex())
    engine = open_engine(path, key)
    try:
        upgrade_to_head(engine, path)
        rows = DemoRows(seed)
        cal = school_calendar(size.years, rows.ids)
        setup = _set_up(engine, rows, cal)
        _checkpoint(engine)
        raw_path = path.with_name(path.stem + "-raw.db")
        if baseline:
            shutil.copyfile(path, raw_path)
        generate_s, audit = timed(lambda: _draw(rows, cal, size, seed, setup))
        snapshot: Rows = {m: list(r) for m, r in rows.pending.items()}
        now = utcnow()

        def write() -> None:
            with Session(engine) as session, session.begin():
                rows.write(session, now)
                session.execute(insert(AuditEntry), audit)

        insert_s, _ = timed(write)
        counts: Counter[str] = Counter()
        for model, model_rows in snapshot.items():
            counts[model.__tablename__] += len(model_rows)  # type: ignore[attr-defined]
            if issubclass(model, Syncable):
                counts[OutboxChange.__tablename__] += len(model_rows)
        counts[AuditEntry.__tablename__] += len(audit)
        _checkpoint(engine)
    finally:
        engine.dispose()
    raw_s = raw_counts = None
    if baseline:
        conn = raw_insert.connect(raw_path, key)
        try:
            raw_s, _ = timed(lambda: raw_insert.insert_tables(conn, _raw_tables(snapshot, audit,
                                                                                now)))
        finally:
            conn.close()
        raw_counts = raw_insert.count_rows(raw_path, key, counts)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{raw_path}{suffix}").unlink(missing_ok=True)
    return BuiltSchool(path, key, size.key, cal.current.label, dict(counts), generate_s,
                       insert_s, raw_s, raw_counts)


def table_counts(path: Path, tables: list[str]) -> dict[str, int]:
    engine = open_school(path)
    try:
        with engine.connect() as conn:
            return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
                    for t in tables}
    finally:
        engine.dispose()


