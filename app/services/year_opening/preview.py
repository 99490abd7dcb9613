"""What opening the next school year will do, shown before anything changes.

`preview_year_opening(store, actor, "2027/2028")` answers, for the coordinator
(`Permission.YEAR_OPEN`):
- the new year's semesters (default dates, `semester_dates.default_semester_dates`);
- its catalogue — the shipped file resources/catalogue/2027-2028.json, or a file the
  coordinator picked — checked, with what changes against last year's catalogue (signs and
  measure types added or retired, rates and caps changed);
- each active class of last year and what it becomes ("5.a" → "6.a"; a final grade or course
  graduates), with every pupil of it, so repeaters can be chosen;
- the pupils at risk (a support plan in last year, or risk findings in its last semester),
  and whether their last plan is closed and can be continued ("start from last semester's
  plan").
The year must be the one right after the school's latest year.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, NotFound, ValidationError
from app.models import (
    MeasureType,
    RiskAssessment,
    RiskFinding,
    RiskSign,
    SchoolClass,
    SchoolYear,
    Semester,
    Student,
    SupportPlan,
)
from app.models.enums import PlanStatus, ProgrammeKind, StudentStatus
from app.services.catalogue.carrying import school_added
from app.services.catalogue.file_format import CatalogueFile, read_catalogue_file
from app.services.catalogue.loading import catalogue_path
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.school.class_names import class_name_of
from app.services.school.semester_dates import SemesterDates, default_semester_dates
from app.services.students.search import latvian_sort_key

_LABEL = re.compile(r"^(\d{4})/(\d{4})$")


@dataclass(frozen=True)
class CatalogueChange:
    kind: str  # "sign" | "measure"
    code: str
    change: str  # "added" | "retired" | "rate" | "cap" | "carried" (the school's own entry)
    name: str
    before_cents: int | None = None
    after_cents: int | None = None


@dataclass(frozen=True)
class StudentStep:
    student_id: uuid.UUID
    full_name: str
    class_name: str
    graduates: bool  # unless chosen as a repeater


@dataclass(frozen=True)
class ClassStep:
    class_id: uuid.UUID
    name: str
    next_name: str | None  # None: the class graduates
    students: tuple[StudentStep, ...]


@dataclass(frozen=True)
class CarriedStudent:
    student_id: uuid.UUID
    full_name: str
    class_name: str
    plan_id: uuid.UUID | None  # the latest plan of last year
    plan_status: PlanStatus | None
    plan_semester: str

    @property
    def can_continue(self) -> bool:
        """"Start from last semester's plan" needs a closed (evaluated) plan."""
        return self.plan_status is PlanStatus.CLOSED


@dataclass(frozen=True)
class YearOpeningPreview:
    school_year: str
    previous_year: str
    semester_dates: SemesterDates
    catalogue_file: str
    catalogue_changes: tuple[CatalogueChange, ...]
    classes: tuple[ClassStep, ...]
    at_risk: tuple[CarriedStudent, ...]

    @property
    def students(self) -> tuple[StudentStep, ...]:
        return tuple(st for c in self.classes for st in c.students)


def year_start(label: str) -> int:
    """1927 of "1927/1928"; `ValidationError` (field "year") for anything else."""
    m = _LABEL.match(label.strip())
    if m is None or int(m.group(2)) != int(m.group(1)) + 1:
        raise ValidationError(FieldProblem("year", "year.label_invalid", {"value": label}))
    return int(m.group(1))


def previous_year(session: Session, label: str) -> SchoolYear:
    """The school's latest year, which must be the one right before `label`."""
    start = year_start(label)
    if session.scalar(select(SchoolYear.id).where(SchoolYear.label == label)) is not None:
        raise Conflict("year.exists", year=label)
    last = session.scalars(select(SchoolYear).order_by(SchoolYear.starts_on.desc())).first()
    if last is None:
        raise NotFound("not_found", entity="school_year")
    expected = f"{last.starts_on.year + 1}/{last.starts_on.year + 2}"
    if last.starts_on.year + 1 != start:
        raise ValidationError(FieldProblem("year", "year.not_next",
                                           {"value": label, "expected": expected}))
    return last


def catalogue_of(label: str, path: Path | None) -> CatalogueFile:
    """The checked catalogue for the year: `path`, or the shipped file."""
    if path is None:
        path = catalogue_path(label)
        if not path.is_file():
            raise NotFound("year.no_catalogue", year=label, file=path.name)
    return read_catalogue_file(path, expected_year=label)


def catalogue_changes(session: Session, previous: SchoolYear,
                      data: CatalogueFile) -> tuple[CatalogueChange, ...]:
    signs = {r.code: r for r in session.scalars(
        select(RiskSign).where(RiskSign.school_year_id == previous.id))}
    measures = {r.code: r for r in session.scalars(
        select(MeasureType).where(MeasureType.school_year_id == previous.id))}
    out: list[CatalogueChange] = []
    new_signs = {e.code: e for e in data.signs}
    out += [CatalogueChange("sign", c, "added", e.name_lv) for c, e in new_signs.items()
            if c not in signs]
    own_signs, own_measures = school_added(session, previous)
    carried = {r.code for r in own_signs} | {r.code for r in own_measures}
    out += [CatalogueChange("sign", c, "carried" if c in carried else "retired", r.name_lv)
            for c, r in signs.items() if c not in new_signs]
    new_measures = {e.code: e for e in data.measures}
    for code, e in new_measures.items():
        row = measures.get(code)
        if row is None:
            out.append(CatalogueChange("measure", code, "added", e.name_lv))
            continue
        if row.rate_cents != e.rate_cents:
            out.append(CatalogueChange("measure", code, "rate", e.name_lv, row.rate_cents,
                                       e.rate_cents))
        if row.cap_cents != e.cap_cents:
            out.append(CatalogueChange("measure", code, "cap", e.name_lv, row.cap_cents,
                                       e.cap_cents))
    out += [CatalogueChange("measure", c, "carried" if c in carried else "retired", r.name_lv)
            for c, r in measures.items() if c not in new_measures]
    return tuple(out)


def next_class_name(row: SchoolClass) -> str | None:
    """"6.a" for last year's "5.a"; None when the class graduates."""
    if row.grade >= row.final_grade:
        return None
    return class_name_of(row.programme, row.grade, row.name, row.programme_name).promoted().text


def _class_steps(session: Session, previous: SchoolYear) -> tuple[ClassStep, ...]:
    rows = session.scalars(select(SchoolClass).where(
        SchoolClass.school_year_id == previous.id, SchoolClass.archived.is_(False)))
    steps = []
    for row in sorted(rows, key=lambda c: (c.programme is ProgrammeKind.VOCATIONAL, c.grade,
                                           latvian_sort_key(c.name))):
        nxt = next_class_name(row)
        students = session.scalars(select(Student).where(
            Student.class_id == row.id, Student.status == StudentStatus.ACTIVE))
        steps.append(ClassStep(row.id, row.name, nxt, tuple(sorted(
            (StudentStep(st.id, st.full_name, row.name, nxt is None) for st in students),
            key=lambda x: latvian_sort_key(f"{x.full_name}")))))
    return tuple(steps)


def _at_risk(session: Session, previous: SchoolYear,
             steps: tuple[ClassStep, ...]) -> tuple[CarriedStudent, ...]:
    sems = list(session.scalars(select(Semester).where(
        Semester.school_year_id == previous.id).order_by(Semester.number)))
    labels = {s.id: f"{previous.label}-{s.number}" for s in sems}
    order = {s.id: s.number for s in sems}
    flagged: set[uuid.UUID] = set()
    if sems:
        flagged = set(session.scalars(
            select(RiskAssessment.student_id).join(RiskFinding)
            .where(RiskAssessment.semester_id == sems[-1].id)))
    plans: dict[uuid.UUID, SupportPlan] = {}
    for plan in session.scalars(select(SupportPlan).where(SupportPlan.semester_id.in_(labels))):
        held = plans.get(plan.student_id)
        if held is None or order[plan.semester_id] > order[held.semester_id]:
            plans[plan.student_id] = plan
    out = []
    for step in steps:
        for st in step.students:
            last = plans.get(st.student_id)
            if last is None and st.student_id not in flagged:
                continue
            out.append(CarriedStudent(st.student_id, st.full_name, step.name,
                                      last.id if last else None,
                                      last.status if last else None,
                                      labels[last.semester_id] if last else ""))
    return tuple(out)


def preview_year_opening(store: Store, actor: Actor, label: str, *,
                         catalogue_file: Path | None = None) -> YearOpeningPreview:
    """What `open_school_year` would do; nothing is written."""
    require(actor, Permission.YEAR_OPEN)
    start = year_start(label)
    with store.read() as s:
        previous = previous_year(s, label)
        data = catalogue_of(label, catalogue_file)
        steps = _class_steps(s, previous)
        return YearOpeningPreview(
            label, previous.label, default_semester_dates(start), data.path.name,
            catalogue_changes(s, previous, data), steps, _at_risk(s, previous, steps))
