"""`build_demo_school`: fill an empty database with a realistic demo school, fast and repeatable.

Everything is drawn from generators seeded with `seed`, so the same seed and `today` give the
same school (names, codes, keys, counts). Rows go in with bulk inserts, each with its outbox
row; the catalogue is loaded with `app.services.catalogue.loading.load_catalogue`; one audit entry
"demo.created" closes the build. All of it is one transaction: it commits whole or not at all.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.demo.approvals import sign_demo_approvals
from app.demo.assessments import add_assessments
from app.demo.calendar import DEMO_TODAY, at, build_calendar
from app.demo.catalog import load_year_catalogues
from app.demo.delivery import add_delivery
from app.demo.history import choose_cases
from app.demo.people import add_students, make_students
from app.demo.plans import DemoPlan, add_plans
from app.demo.rows import DemoRows
from app.demo.school import CLASS_PLAN, SCHOOL_NAME, add_classes, add_school
from app.demo.staff import DEMO_PASSWORD, add_staff
from app.demo.summary import DemoSummary, summarise
from app.errors import Conflict
from app.models import School, SchoolYear, Student, User
from app.models.base import utcnow
from app.services.core import audit
from app.services.core.actor import SYSTEM_ACTOR
from app.services.users.passwords import hash_password

Progress = Callable[[str, int, int], None]
STEPS = ("demo.progress.school", "demo.progress.catalogue", "demo.progress.staff",
         "demo.progress.students", "demo.progress.assessments", "demo.progress.plans",
         "demo.progress.delivery", "demo.progress.saving")


def _ensure_empty(session: Session) -> None:
    for model in (School, SchoolYear, User, Student):
        if session.scalar(select(func.count()).select_from(model)):
            raise Conflict("demo.not_empty")


def build_demo_school(engine: Engine, *, seed: int = 2026, today: date | None = None,
                      progress: Progress | None = None) -> DemoSummary:
    """Fill the empty database behind `engine` (schema created) with the demo school.

    `progress(step_key, step, total)` is called before each step; `step_key` is a message
    key ("demo.progress.students") for `app.i18n.render`. Raises `Conflict("demo.not_empty")`
    if the database already holds a school, school years, users or pupils.
    """
    day = today or DEMO_TODAY
    report = progress or (lambda key, step, total: None)
    steps = iter(enumerate(STEPS, start=1))

    def step() -> None:
        n, key = next(steps)
        report(key, n, len(STEPS))

    def rng(stage: str) -> random.Random:
        return random.Random(f"{seed}:{stage}")

    step()
    rows = DemoRows(seed)
    cal = build_calendar(day, rows.ids)
    pw_hash = hash_password(DEMO_PASSWORD)  # once: argon2id is slow on purpose
    now = utcnow()
    with Session(engine) as session, session.begin():
        _ensure_empty(session)
        school_id, years = add_school(rows, cal)
        rows.write(session, now)
        step()
        catalogues = load_year_catalogues(session, years)
        step()
        created = at(cal.semesters[0].starts_on - timedelta(days=10))
        staff, teachers = add_staff(rows, rng("staff"), [c[0] for c in CLASS_PLAN], pw_hash,
                                    created)
        classes = add_classes(rows, rng("classes"), years[cal.current.year_label], teachers, cal)
        step()
        students = make_students(rng("pupils"), rows, classes, cal)
        cases = choose_cases(rng("history"), students, cal)
        add_students(rows, students, cal)
        step()
        for group in cases:
            add_assessments(rows, rng(f"assess:{group[0].semester.label}"), group,
                            catalogues[group[0].semester.year_label], cal,
                            staff["koordinators"].id)
        step()
        plans: list[DemoPlan] = []
        for group in cases:
            plans += add_plans(rows, rng(f"plans:{group[0].semester.label}"), group,
                               catalogues[group[0].semester.year_label], staff, cal)
        step()
        add_delivery(rows, rng("delivery"), plans, cases[-1], staff, cal)
        step()
        rows.write(session, now)
        sign_demo_approvals(session, staff["direktors"].id, seed)
        summary = summarise(session, rows, seed, cal, staff)
        audit.record(session, SYSTEM_ACTOR, "demo.created", "school", school_id,
                     seed=seed, today=day.isoformat(), school=SCHOOL_NAME,
                     students=summary.students, plans=summary.plans,
                     outbox_rows=summary.outbox_rows)
    return summary
