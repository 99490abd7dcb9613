"""Expenses (compensations paid out): recorded against EURO measure types for a pupil."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, NotFound, ValidationError
from app.formatting import format_date, format_money
from app.models import Expense, MeasureType, SchoolYear, Semester, SupportPlan, User
from app.models.enums import MeasureUnit
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require, require_student
from app.services.core.store import Store

MAX_CENTS = 10_000_000
MAX_DESCRIPTION = 300


@dataclass(frozen=True)
class ExpenseInput:
    student_id: uuid.UUID
    plan_id: uuid.UUID | None
    measure_type_id: uuid.UUID
    spent_on: date
    amount_cents: int
    description: str = ""


@dataclass(frozen=True)
class ExpenseView:
    id: uuid.UUID
    student_id: uuid.UUID
    plan_id: uuid.UUID | None
    measure_type_id: uuid.UUID
    code: str
    name_lv: str
    name_en: str
    spent_on: date
    amount_cents: int
    description: str
    recorded_by_id: uuid.UUID
    recorded_by_name: str


def _type_problems(session: Session, data: ExpenseInput) -> list[FieldProblem]:
    mt = session.get(MeasureType, data.measure_type_id)
    if mt is None:
        return [FieldProblem("measure_type_id", "support.expense_type_unknown")]
    if mt.unit is not MeasureUnit.EURO:
        return [FieldProblem("measure_type_id", "support.expense_type_not_euro")]
    year = session.get(SchoolYear, mt.school_year_id)
    assert year is not None
    if not year.starts_on <= data.spent_on <= year.ends_on:
        return [FieldProblem("measure_type_id", "support.expense_type_other_year",
                             {"year": year.label, "date": format_date(data.spent_on)})]
    return []


def _problems(session: Session, data: ExpenseInput) -> list[FieldProblem]:
    problems = _type_problems(session, data)
    if not 1 <= data.amount_cents <= MAX_CENTS:
        problems.append(FieldProblem("amount_cents", "support.amount_range",
                                     {"max": format_money(MAX_CENTS)}))
    if data.spent_on > date.today():
        problems.append(FieldProblem("spent_on", "support.spent_on_future",
                                     {"date": format_date(data.spent_on)}))
    if len(data.description.strip()) > MAX_DESCRIPTION:
        problems.append(FieldProblem("description", "support.description_too_long",
                                     {"max": MAX_DESCRIPTION}))
    if data.plan_id is not None:
        owner = session.scalar(select(SupportPlan.student_id)
                               .where(SupportPlan.id == data.plan_id))
        if owner != data.student_id:
            problems.append(FieldProblem("plan_id", "support.plan_other_student"))
    return problems


def cap_problem(session: Session, data: ExpenseInput) -> FieldProblem | None:
    """Whether this expense would take the pupil past the measure's cap for the semester it
    falls in (the regulation's limit per pupil and semester); overspending is never silent."""
    mt = session.get(MeasureType, data.measure_type_id)
    if mt is None or mt.cap_cents is None:
        return None
    semester = session.scalar(select(Semester).where(Semester.starts_on <= data.spent_on,
                                                     Semester.ends_on >= data.spent_on))
    if semester is None:
        return None
    spent = session.scalar(select(func.coalesce(func.sum(Expense.amount_cents), 0)).where(
        Expense.student_id == data.student_id, Expense.measure_type_id == mt.id,
        Expense.spent_on.between(semester.starts_on, semester.ends_on))) or 0
    if spent + data.amount_cents <= mt.cap_cents:
        return None
    return FieldProblem("amount_cents", "support.expense_over_cap", {
        "measure": {"lv": mt.name_lv, "en": mt.name_en}, "semester": semester.label,
        "total": format_money(spent + data.amount_cents), "cap": format_money(mt.cap_cents),
        "spent": format_money(int(spent)), "left": format_money(max(0, mt.cap_cents - spent))})


def record_expense(store: Store, actor: Actor, data: ExpenseInput) -> ExpenseView:
    """Record a compensation paid for a pupil the actor may see."""
    require(actor, Permission.EXPENSE_RECORD)
    with store.write() as s:
        student = require_student(s, actor, data.student_id)
        problems = _problems(s, data)
        over = cap_problem(s, data) if not problems else None
        if over is not None:
            problems.append(over)
        if problems:
            raise ValidationError(problems)
        e = Expense(student_id=student.id, plan_id=data.plan_id,
                    measure_type_id=data.measure_type_id, spent_on=data.spent_on,
                    amount_cents=data.amount_cents, description=data.description.strip(),
                    recorded_by_id=actor.user_id)
        s.add(e)
        s.flush()
        audit.record(s, actor, "expense.record", "expense", e.id, student_id=student.id,
                     amount_cents=e.amount_cents, spent_on=e.spent_on.isoformat(),
                     measure_type_id=str(e.measure_type_id))
        return _views(s, Expense.id == e.id)[0]


def _views(session: Session, *where: ColumnElement[bool]) -> list[ExpenseView]:
    rows = session.execute(
        select(Expense, MeasureType, User.full_name)
        .join(MeasureType, MeasureType.id == Expense.measure_type_id)
        .join(User, User.id == Expense.recorded_by_id)
        .where(*where)
        .order_by(Expense.spent_on.desc(), Expense.created_at.desc()))
    return [ExpenseView(e.id, e.student_id, e.plan_id, t.id, t.code, t.name_lv, t.name_en,
                        e.spent_on, e.amount_cents, e.description, e.recorded_by_id, name)
            for e, t, name in rows]


def list_expenses(store: Store, actor: Actor, student_id: uuid.UUID,
                  semester_id: uuid.UUID | None = None) -> list[ExpenseView]:
    """A pupil's expenses, newest first; within one semester when `semester_id` is given."""
    require(actor, Permission.PLAN_VIEW)
    with store.read() as s:
        require_student(s, actor, student_id)
        where = [Expense.student_id == student_id]
        if semester_id is not None:
            sem = s.get(Semester, semester_id)
            if sem is None:
                raise NotFound("plans.semester_not_found")
            where.append(Expense.spent_on.between(sem.starts_on, sem.ends_on))
        return _views(s, *where)
