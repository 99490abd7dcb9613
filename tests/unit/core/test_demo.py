"""The demo school: counts, consistency of its story, determinism, and database integrity.

One school is built per module into an encrypted temporary file (like the `store` fixture,
built once because every test only reads it); determinism builds a second one into `store`.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.demo import DEMO_PASSWORD, STEPS, DemoSummary, build_demo_school
from app.demo.names import BOYS, GIRLS, SURNAMES
from app.errors import Conflict
from app.i18n import render
from app.models import AuditEntry, Base, OutboxChange, User, UserRole, enums
from app.models.assessment import RiskAssessment, RiskFinding
from app.models.base import Syncable
from app.models.catalogue import MeasureType, RiskSign
from app.models.db import open_engine
from app.models.enums import MeasureUnit, PlanStatus, Role
from app.models.plan import PlanVersion, SupportMeasure, SupportPlan
from app.models.plan_evaluation import ParentApplication, PlanEvaluation, RiskOutcome
from app.models.school import SchoolClass, Semester
from app.models.student import Guardian, Student, SupportAssignment
from app.models.support import Consultation, Expense
from app.services.core import audit
from app.services.core.rbac import visible_students
from app.services.core.store import Store
from app.services.students.personal_code import parse_personal_code
from app.services.users.auth import sign_in
from app.services.users.passwords import verify

pytestmark = pytest.mark.slow

TODAY = date(2026, 11, 23)
WEIGHTS = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@dataclass(frozen=True)
class Demo:
    store: Store
    summary: DemoSummary
    progress: list[tuple[str, int, int]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path: Path = tmp_path_factory.mktemp("demo") / "school.db"
    engine = open_engine(path, os.urandom(32))
    Base.metadata.create_all(engine)
    seen: list[tuple[str, int, int]] = []
    summary = build_demo_school(engine, seed=2026,
                                progress=lambda key, n, total: seen.append((key, n, total)))
    store = Store(engine)
    yield Demo(store, summary, seen)
    store.close()


def count(s: Session, model: type[Base], *where: object) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]


def current_semester(s: Session) -> Semester:
    sem = s.scalar(select(Semester).where(Semester.starts_on <= TODAY,
                                          Semester.ends_on >= TODAY))
    assert sem is not None
    return sem


def test_the_school_has_the_promised_size(demo: Demo) -> None:
    sm = demo.summary
    with demo.store.read() as s:
        students = count(s, Student)
        classes = count(s, SchoolClass)
        at_risk = s.scalar(select(func.count(func.distinct(RiskAssessment.student_id)))
                           .where(RiskAssessment.semester_id == current_semester(s).id))
        statuses = Counter(s.scalars(select(Student.status)))
        semesters_with_plans = s.scalar(select(func.count(func.distinct(
            SupportPlan.semester_id))))
        teacherless = count(s, SchoolClass, SchoolClass.class_teacher_id.is_(None))
        no_phone = count(s, Guardian, Guardian.phone == "")
        guardians = count(s, Guardian)
    assert 560 <= students <= 640 and sm.students == students
    assert 22 <= classes <= 28 and sm.classes == classes
    assert teacherless == 0
    assert 55 <= (at_risk or 0) <= 65 and sm.at_risk_current == at_risk
    assert semesters_with_plans == 3  # two past semesters and the current one
    assert statuses[enums.StudentStatus.LEFT] >= 2
    assert statuses[enums.StudentStatus.TRANSFERRED] >= 2
    assert guardians >= students and no_phone == 0
    assert sm.current_semester == "2026/2027-1" and sm.today == TODAY


def test_plans_exist_in_every_status_and_past_ones_are_closed(demo: Demo) -> None:
    with demo.store.read() as s:
        current = current_semester(s)
        by_status = Counter(s.scalars(select(SupportPlan.status)))
        past = Counter(s.scalars(select(SupportPlan.status)
                                 .where(SupportPlan.semester_id != current.id)))
        returned = s.scalars(select(PlanVersion.decision_comment)
                             .where(PlanVersion.status == PlanStatus.RETURNED)).all()
        closed = s.scalars(select(SupportPlan.id)
                           .where(SupportPlan.status == PlanStatus.CLOSED)).all()
        evaluated = set(s.scalars(select(PlanEvaluation.plan_id)))
        outcomes = count(s, RiskOutcome)
        referred = count(s, PlanEvaluation,
                         PlanEvaluation.recommendation == enums.Recommendation.REFER)
    assert set(by_status) == set(PlanStatus)
    assert all(by_status[st] >= 2 for st in PlanStatus)
    assert set(past) == {PlanStatus.CLOSED}
    assert returned and all(len(c) > 20 for c in returned)  # a real comment, in Latvian
    assert set(closed) == evaluated and outcomes >= len(closed)
    assert referred >= 1
    assert demo.summary.plans_by_status == {k.value: v for k, v in by_status.items()}


def test_submitted_and_approved_plans_are_complete(demo: Demo) -> None:
    ready = (PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.CLOSED)
    with demo.store.read() as s:
        director = s.scalar(select(User.id).where(User.username == "direktors"))
        for plan in s.scalars(select(SupportPlan).where(SupportPlan.status.in_(ready))):
            version = plan.versions[-1]
            assert version.status is plan.status
            assert version.goals and version.measures and version.responsible_id
            assert version.review_dates and version.submitted_at is not None
            assert count(s, ParentApplication, ParentApplication.plan_id == plan.id) == 1
            if plan.status is not PlanStatus.SUBMITTED:
                assert version.decided_by_id == director
                assert version.submitted_at <= version.decided_at  # type: ignore[operator]


def test_costs_follow_the_catalogue_rates_and_caps(demo: Demo) -> None:
    with demo.store.read() as s:
        rows = s.execute(
            select(SupportMeasure, MeasureType, Semester.school_year_id)
            .join(MeasureType, MeasureType.id == SupportMeasure.measure_type_id)
            .join(PlanVersion, PlanVersion.id == SupportMeasure.version_id)
            .join(SupportPlan, SupportPlan.id == PlanVersion.plan_id)
            .join(Semester, Semester.id == SupportPlan.semester_id)).all()
        totals: Counter[object] = Counter()
        for m, mtype, year_id in rows:
            assert mtype.school_year_id == year_id  # the catalogue of the plan's year
            if mtype.unit is MeasureUnit.HOURS:
                assert m.planned_minutes > 0 and m.rate_cents == mtype.rate_cents
                assert m.cost_cents == (m.planned_minutes * mtype.rate_cents + 30) // 60
            else:
                assert m.planned_cents > 0 and m.cost_cents == m.planned_cents
                assert mtype.cap_cents is None or m.planned_cents <= mtype.cap_cents
            totals[m.version_id] += m.cost_cents
        spent = s.execute(select(Expense.plan_id, Expense.measure_type_id,
                                 func.sum(Expense.amount_cents))
                          .group_by(Expense.plan_id, Expense.measure_type_id)).all()
        for plan_id, type_id, amount in spent:
            planned = s.scalar(select(SupportMeasure.planned_cents)
                               .join(PlanVersion, PlanVersion.id == SupportMeasure.version_id)
                               .where(PlanVersion.plan_id == plan_id,
                                      SupportMeasure.measure_type_id == type_id))
            assert planned is not None and 0 < amount <= planned
    average = sum(totals.values()) // len(totals)
    assert 15_000 <= average <= 40_000  # product.md: about EUR 260 per IAP
    # Spot-check the arithmetic itself: 90 minutes at 18.50 EUR/h is 27.75 EUR.
    assert (90 * 1850 + 30) // 60 == 2775


def test_consultations_are_by_assigned_support_staff_and_not_in_the_future(demo: Demo) -> None:
    with demo.store.read() as s:
        consultations = s.scalars(select(Consultation)).all()
        assigned = set(s.execute(select(SupportAssignment.student_id,
                                        SupportAssignment.user_id)))
        support = {u.id: u.specialist_type for u in s.scalars(
            select(User).join(UserRole).where(UserRole.role == Role.SUPPORT))}
        with_notes = sum(1 for c in consultations if c.confidential_notes)
        semester_of = {pid: (a, b) for pid, a, b in s.execute(
            select(SupportPlan.id, Semester.starts_on, Semester.ends_on).join(Semester))}
        expenses = count(s, Expense, Expense.spent_on <= TODAY)
    assert len(consultations) >= 500 and demo.summary.consultations == len(consultations)
    assert expenses == demo.summary.expenses > 50
    assert with_notes > 0
    for c in consultations:
        assert c.held_on <= TODAY and 0 < c.minutes <= 480
        if c.plan_id is not None:
            assert semester_of[c.plan_id][0] <= c.held_on <= semester_of[c.plan_id][1]
        assert (c.student_id, c.staff_id) in assigned
        assert support[c.staff_id] is c.specialist_type


def test_assessments_tell_a_consistent_story(demo: Demo) -> None:
    with demo.store.read() as s:
        assessments = s.scalars(select(RiskAssessment)).all()
        per_semester = Counter((a.student_id, a.semester_id) for a in assessments)
        unjustified_sign = {a for a, code in s.execute(
            select(RiskFinding.assessment_id, RiskSign.code)
            .join(RiskSign, RiskSign.id == RiskFinding.risk_sign_id))
            if code == "unjustified_absence"}
        findings = Counter(s.scalars(select(RiskFinding.assessment_id)))
    assert max(per_semester.values()) == 1
    for a in assessments:
        assert a.absence_pct == a.absence_pct.quantize(a.absence_pct.__class__("0.1"))
        assert 0 <= a.absence_pct <= 100
        subjects = [x for x in a.failing_subjects.split(", ") if x]
        assert a.failing_marks >= len(subjects)
        assert findings[a.id] >= 2 and a.note
        if a.id in unjustified_sign:
            assert a.unjustified_lessons > 0


def test_personal_codes_are_valid_and_match_birth_dates(demo: Demo) -> None:
    with demo.store.read() as s:
        students = s.execute(select(Student.personal_code, Student.birth_date)).all()
    # New codes: 3 and a digit 2-9; an old code of someone born on the 30th or 31st starts
    # with 30 or 31.
    old = [(c, b) for c, b in students if c and not re.match(r"3[2-9]", c)]
    new = [c for c, _ in students if c and re.match(r"3[2-9]", c)]
    assert len(old) > 300 and len(new) > 50
    assert any(c is None for c, _ in students)  # the code is optional
    for code, born in old:
        digits = code.replace("-", "")
        total = sum(int(d) * w for d, w in zip(digits[:10], WEIGHTS, strict=True))
        assert int(digits[10]) == (1101 - total) % 11 % 10, code
        assert digits[:6] == f"{born:%d%m%y}" and digits[6] == "2"
        assert parse_personal_code(code, today=TODAY).birth_date == born
    for code in new:
        assert re.fullmatch(r"3[2-9]\d{4}-\d{5}", code)
        assert parse_personal_code(code, today=TODAY).birth_date is None


def test_surnames_agree_with_the_students_gender(demo: Demo) -> None:
    masculine = {m for m, _ in SURNAMES}
    feminine = {f for _, f in SURNAMES}
    with demo.store.read() as s:
        names = s.execute(select(Student.first_name, Student.last_name)).all()
    assert {f for f, _ in names} <= set(BOYS) | set(GIRLS)
    for first, last in names:
        assert last in (feminine if first in GIRLS else masculine), f"{first} {last}"
    assert "Bērziņa" in feminine and "Bērziņš" in masculine


def test_every_syncable_row_has_its_outbox_row(demo: Demo) -> None:
    syncable = [m for m in Base.registry.mappers if issubclass(m.class_, Syncable)]
    assert len(syncable) >= 15
    with demo.store.read() as s:
        assert set(s.scalars(select(OutboxChange.state))) == {enums.SyncState.TO_SEND}
        assert set(s.scalars(select(OutboxChange.op))) == {enums.ChangeOp.UPSERT}
        total = 0
        for mapper in syncable:
            model = mapper.class_
            ids = set(s.scalars(select(model.id)))
            logged = set(s.scalars(select(OutboxChange.entity_id)
                                   .where(OutboxChange.entity == model.__sync_entity__)))
            assert ids == logged, model.__name__
            total += len(ids)
    assert total == demo.summary.outbox_rows


def test_audit_chain_holds_and_foreign_keys_are_sound(demo: Demo) -> None:
    with demo.store.read() as s:
        check = audit.verify_chain(s)
        actions = set(s.scalars(select(AuditEntry.action)))
    assert check.ok and check.entries >= 1
    assert "demo.created" in actions
    with demo.store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_demo_logins_share_the_password_and_see_their_students(demo: Demo) -> None:
    names = {login.username for login in demo.summary.logins}
    assert {"direktors", "koordinators", "skolotaja", "psihologs", "socpedagogs",
            "logopeds", "admins"} <= names
    with demo.store.read() as s:
        hashes = set(s.scalars(select(User.password_hash)))
        roles = set(s.scalars(select(UserRole.role)))
    assert len(hashes) == 1 and verify(hashes.pop(), DEMO_PASSWORD)
    assert roles == set(Role)
    teacher = sign_in(demo.store, "skolotaja", DEMO_PASSWORD)
    psychologist = sign_in(demo.store, "psihologs", DEMO_PASSWORD)
    with demo.store.read() as s:
        cur = current_semester(s).id
        mine = s.scalars(select(SupportPlan.status).join(Student)
                         .where(SupportPlan.semester_id == cur, visible_students(teacher))).all()
        assigned = count(s, Student, visible_students(psychologist))
    assert {PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.RETURNED,
            PlanStatus.APPROVED} <= set(mine)
    assert assigned > 5


def test_progress_is_reported_with_translated_steps(demo: Demo) -> None:
    assert [n for _, n, _ in demo.progress] == list(range(1, len(STEPS) + 1))
    assert {total for _, _, total in demo.progress} == {len(STEPS)}
    for key, _, _ in demo.progress:
        assert render(key, "lv") != key and render(key, "en") != key


def test_a_database_that_is_not_empty_is_refused_and_unchanged(demo: Demo) -> None:
    with demo.store.read() as s:
        before = (count(s, Student), count(s, OutboxChange), count(s, AuditEntry))
    with pytest.raises(Conflict) as exc:
        build_demo_school(demo.store.engine)
    assert "tukšā datubāzē" in exc.value.text("lv")
    assert "empty database" in exc.value.text("en")
    with demo.store.read() as s:
        assert (count(s, Student), count(s, OutboxChange), count(s, AuditEntry)) == before


def test_the_same_seed_builds_the_same_school(demo: Demo, store: Store) -> None:
    again = build_demo_school(store.engine, seed=2026)

    def roster(st: Store) -> list[tuple[str, str, str | None]]:
        with st.read() as s:
            return list(s.execute(select(Student.first_name, Student.last_name,
                                         Student.personal_code).order_by(Student.id)))

    assert roster(store) == roster(demo.store)
    assert again == demo.summary  # every count, the logins and the password


def latest_dates(s: Session) -> list[date]:
    """The latest date of everything that happened (held, spent, assessed, decided…)."""
    columns = (Consultation.held_on, Expense.spent_on, RiskAssessment.assessed_on,
               ParentApplication.received_on, PlanEvaluation.evaluated_on,
               Student.status_changed_on)
    found = [s.scalar(select(func.max(c))) for c in columns]
    found += [d.date() for d in (s.scalar(select(func.max(PlanVersion.submitted_at))),
                                 s.scalar(select(func.max(PlanVersion.decided_at)))) if d]
    return [d for d in found if d is not None]


def test_nothing_happens_after_today(demo: Demo, tmp_path: Path) -> None:
    with demo.store.read() as s:
        assert max(latest_dates(s)) < TODAY
    spring = date(2027, 3, 15)
    engine = open_engine(tmp_path / "spring.db", os.urandom(32))
    Base.metadata.create_all(engine)
    try:
        summary = build_demo_school(engine, today=spring)
        with Session(engine) as s:
            assert max(latest_dates(s)) < spring
    finally:
        engine.dispose()
    assert summary.current_semester == "2026/2027-2" and summary.at_risk_current >= 55


def test_another_seed_builds_another_school(demo: Demo, tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "other.db", os.urandom(32))
    Base.metadata.create_all(engine)

    def names(s: Session) -> list[tuple[str, str]]:
        return list(s.execute(select(Student.first_name, Student.last_name)
                              .order_by(Student.first_name, Student.last_name)))

    try:
        other = build_demo_school(engine, seed=7)
        with Session(engine) as s:
            other_names = names(s)
    finally:
        engine.dispose()
    with demo.store.read() as s:
        first_names = names(s)
    assert other.seed == 7 and 560 <= other.students <= 640
    assert other_names != first_names
