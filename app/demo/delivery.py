"""What was delivered for the demo plans: consultations, expenses, and staff assignments.

Support staff named in a plan are assigned to the pupil. Approved and closed plans have
consultations (past semesters: most of the planned minutes; the current one: about as much
as the time gone by) and monthly expenses for their euro measures, never above the plan.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from app.demo import texts_support as words
from app.demo.calendar import DemoCalendar, at, school_day
from app.demo.history import DemoCase
from app.demo.plan_content import LESSON_MINUTES, SESSION_MINUTES, DemoMeasure
from app.demo.plans import DemoPlan
from app.demo.rows import DemoRows
from app.demo.staff import Staff, StaffMember
from app.demo.texts_risk import gendered
from app.models import Consultation, Expense, SupportAssignment
from app.models.enums import ConsultationKind, MeasureUnit, PlanStatus, Role
from app.models.enums import SpecialistType as ST

K = ConsultationKind


def _period(plan: DemoPlan, cal: DemoCalendar) -> tuple[date, date, int]:
    """First and last day of delivery, and the share (per mille) of the plan delivered."""
    sem = plan.case.semester
    start = (plan.approved_on or sem.starts_on) + timedelta(days=1)
    end = min(cal.last_day(sem), plan.case.leaves_on or sem.ends_on)
    planned_days = max(1, (sem.ends_on - start).days)
    elapsed = max(0, min(planned_days, (end - start).days))
    return start, end, elapsed * 1000 // planned_days


def _kind_and_topic(rng: random.Random, m: DemoMeasure) -> tuple[ConsultationKind, str]:
    kind = m.type.specialist_type
    roll = rng.random()
    if kind is ST.SOCIAL_PEDAGOGUE and roll < 0.15:
        return K.WITH_PARENT, rng.choice(words.PARENT_TOPICS)
    if kind is ST.SOCIAL_PEDAGOGUE and roll < 0.25:
        return K.WITH_TEACHER, rng.choice(words.TEACHER_TOPICS)
    if kind is ST.PSYCHOLOGIST and roll < 0.1:
        return K.GROUP, rng.choice(words.GROUP_TOPICS)
    topic = rng.choice(words.TOPICS.get(kind, ("Konsultācija",)) if kind else ("Konsultācija",))
    subject = m.subject[:1].upper() + m.subject[1:]
    return K.INDIVIDUAL, topic.replace("{subject}", subject)


def _consultations(rows: DemoRows, rng: random.Random, plan: DemoPlan, m: DemoMeasure,
                   provider: StaffMember, cal: DemoCalendar) -> None:
    start, end, share = _period(plan, cal)
    if end < start:
        return
    closed = plan.status is PlanStatus.CLOSED and plan.case.leaves_on is None
    per_mille = rng.randint(780, 1050) if closed else share * rng.randint(800, 1000) // 1000
    session = LESSON_MINUTES if m.type.specialist_type in (
        ST.SUBJECT_TEACHER, ST.TEACHER_ASSISTANT) else SESSION_MINUTES
    count = (m.planned_minutes * per_mille // 1000 + session // 2) // session
    student = plan.case.student
    for day in sorted(school_day(rng, start, end) for _ in range(count)):
        kind, topic = _kind_and_topic(rng, m)
        attended = rng.random() > 0.07
        notes = ""
        if not attended:
            notes = words.MISSED_NOTE
        elif provider.specialist_type in words.CONFIDENTIAL and rng.random() < 0.45:
            notes = gendered(rng.choice(words.CONFIDENTIAL[provider.specialist_type]),
                             student.female)
        stamp = at(day, 14, rng.randint(0, 59))
        rows.add(Consultation, student_id=student.id, plan_id=plan.id, staff_id=provider.id,
                 specialist_type=provider.specialist_type, held_on=day, minutes=session,
                 kind=kind, topic=topic, attended=attended, confidential_notes=notes,
                 created_at=stamp, updated_at=stamp)


def _expenses(rows: DemoRows, rng: random.Random, plan: DemoPlan, m: DemoMeasure,
              recorder: StaffMember, cal: DemoCalendar) -> None:
    start, end, share = _period(plan, cal)
    if end < start:
        return
    closed = plan.status is PlanStatus.CLOSED and plan.case.leaves_on is None
    per_mille = rng.randint(850, 1000) if closed else share
    total = m.planned_cents * per_mille // 1000 // 10 * 10  # whole ten cents
    if total <= 0:
        return
    texts = words.EXPENSES.get(m.type.code, ("Kompensācija ({month})",))
    middle = start + timedelta(days=(end - start).days // 2)
    months = sorted({(d.year, d.month) for d in (start, middle, end)})
    if not all("{month}" in t for t in texts):
        months = months[-1:]  # a one-off purchase
    for n, (year, month) in enumerate(months):
        amount = total // len(months) if n < len(months) - 1 else \
            total - total // len(months) * (len(months) - 1)
        first = max(start, date(year, month, 1))
        last = min(end, (date(year, month, 28) + timedelta(days=4)).replace(day=1)
                   - timedelta(days=1))
        day = school_day(rng, first, last)
        text = rng.choice(texts).replace("{month}", words.MONTHS[month - 1])
        rows.add(Expense, student_id=plan.case.student.id, plan_id=plan.id,
                 measure_type_id=m.type.id, spent_on=day, amount_cents=amount,
                 description=text, recorded_by_id=recorder.id,
                 created_at=at(day, 12), updated_at=at(day, 12))


def add_delivery(rows: DemoRows, rng: random.Random, plans: list[DemoPlan],
                 current: list[DemoCase], staff: Staff, cal: DemoCalendar) -> None:
    """Consultations and expenses of every plan, first talks in the current semester, and
    the support staff assignments they imply."""
    assigned = _first_talks(rows, rng, current, plans, staff, cal)
    by_id = {m.id: m for m in staff.by_username.values()}
    for plan in plans:
        live = plan.status in (PlanStatus.APPROVED, PlanStatus.CLOSED)
        for m in plan.measures:
            provider = m.provider
            if provider is not None and Role.SUPPORT in provider.roles:
                assigned.add((plan.case.student.id, provider.id))
                if live:
                    _consultations(rows, rng, plan, m, provider, cal)
            elif live and m.type.unit is MeasureUnit.EURO:
                author = by_id.get(plan.author_id, staff["koordinators"])
                recorder = author if rng.random() < 0.6 else staff["koordinators"]
                _expenses(rows, rng, plan, m, recorder, cal)
    for student_id, user_id in sorted(assigned, key=str):
        rows.add(SupportAssignment, student_id=student_id, user_id=user_id)


FIRST_TALK = "Sākotnējā saruna par riskiem un atbalsta iespējām"


def _first_talks(rows: DemoRows, rng: random.Random, cases: list[DemoCase],
                 plans: list[DemoPlan], staff: Staff,
                 cal: DemoCalendar) -> set[tuple[uuid.UUID, uuid.UUID]]:
    """The social pedagogue's first talk with current at-risk pupils whose plan is not
    approved yet (no plan to count it against)."""
    pedagogue = staff["socpedagogs"]
    assigned: set[tuple[uuid.UUID, uuid.UUID]] = set()
    live = {p.case.student.id for p in plans
            if p.status in (PlanStatus.APPROVED, PlanStatus.CLOSED)}
    for case in cases:
        if case.student.id in live or rng.random() < 0.4 or case.assessed_on is None:
            continue
        day = school_day(rng, case.assessed_on,
                         max(case.assessed_on, cal.last_day(case.semester)))
        stamp = at(day, 13, rng.randint(0, 59))
        rows.add(Consultation, student_id=case.student.id, plan_id=None, staff_id=pedagogue.id,
                 specialist_type=pedagogue.specialist_type, held_on=day, minutes=SESSION_MINUTES,
                 kind=K.INDIVIDUAL, topic=FIRST_TALK, attended=True, confidential_notes="",
                 created_at=stamp, updated_at=stamp)
        assigned.add((case.student.id, pedagogue.id))
    return assigned
