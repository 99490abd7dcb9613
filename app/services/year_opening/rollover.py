"""Opening the next school year (the coordinator, `Permission.YEAR_OPEN`).

`open_school_year(store, actor, "2027/2028", ...)`:
1. checks everything first (the year is the next one; the catalogue file is valid; the
   semester dates fit) — a problem changes nothing;
2. takes a backup of the database beside it (`<db>.backup-year-2027-2028-<UTC time>`, the
   SQLite online backup encrypted with the same key, as before a schema upgrade);
3. in ONE transaction: creates the year and its two semesters; loads its catalogue; creates
   each active class's successor ("5.a" → "6.a", same class teachers) and moves its active
   pupils there — pupils chosen as repeaters go to the class of the same name in the new year
   (created when missing), pupils of a final grade or course become graduated; records for
   every pupil the class they finished last year in (`ClassEnrolment`); and, for each pupil
   at risk chosen in `continue_plans` whose last plan is closed, starts a DRAFT plan in the
   new year's semester I from it (`plans.continuation.continue_plan`).
Nothing of the old year changes: its classes, semesters, catalogue, plans and signatures
stay as they were.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, ValidationError
from app.models import (
    ClassEnrolment,
    ClassTeacher,
    SchoolClass,
    SchoolYear,
    Semester,
    Student,
)
from app.models.enums import StudentStatus
from app.models.migrate import backup_database
from app.services.catalogue.carrying import carry_school_entries
from app.services.catalogue.loading import CatalogueLoadResult, load_catalogue_file
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.plans.continuation import continue_plan
from app.services.school.calendar import semesters
from app.services.school.semester_dates import (
    SemesterDates,
    default_semester_dates,
    semester_dates_problems,
)
from app.services.year_opening.preview import (
    YearOpeningPreview,
    catalogue_of,
    next_class_name,
    preview_year_opening,
    previous_year,
    year_start,
)


@dataclass(frozen=True)
class YearOpeningResult:
    school_year: str
    previous_year: str
    backup: Path | None
    classes_created: int
    promoted: int
    repeated: int
    graduated: int
    plans_started: int
    catalogue: CatalogueLoadResult


def _backup(store: Store, label: str) -> Path | None:
    name = store.engine.url.database
    if not name or name == ":memory:":
        return None
    return backup_database(store.engine, Path(name), "year-" + label.replace("/", "-"))


def _add_year(session: Session, label: str, dates: SemesterDates) -> tuple[SchoolYear,
                                                                          list[Semester]]:
    year = SchoolYear(id=uuid.uuid4(), label=label, starts_on=dates[0][0],
                      ends_on=dates[1][1])
    session.add(year)
    session.flush()
    sems = [Semester(id=uuid.uuid4(), school_year_id=year.id, number=n, starts_on=a,
                     ends_on=b) for n, (a, b) in enumerate(dates, 1)]
    session.add_all(sems)
    session.flush()
    return year, sems


class _NewClasses:
    """The new year's classes by name, created on first use from an old class."""

    def __init__(self, session: Session, year: SchoolYear) -> None:
        self.session, self.year = session, year
        self.by_name: dict[str, SchoolClass] = {}
        self.created = 0

    def get(self, name: str, old: SchoolClass, grade: int, *, teachers: bool) -> SchoolClass:
        row = self.by_name.get(name.lower())
        if row is not None:
            return row
        row = SchoolClass(id=uuid.uuid4(), school_year_id=self.year.id, name=name,
                          programme=old.programme, grade=grade,
                          programme_name=old.programme_name, final_grade=old.final_grade,
                          promoted_from_id=old.id if teachers else None,
                          class_teacher_id=old.class_teacher_id if teachers else None)
        self.session.add(row)
        self.session.flush()
        if teachers:
            ids = list(self.session.scalars(select(ClassTeacher.user_id).where(
                ClassTeacher.class_id == old.id)))
            if not ids and old.class_teacher_id is not None:
                ids = [old.class_teacher_id]
            self.session.add_all(ClassTeacher(class_id=row.id, user_id=u) for u in ids)
        self.by_name[name.lower()] = row
        self.created += 1
        return row


def _promote(session: Session, previous: SchoolYear, year: SchoolYear,
             repeaters: Collection[uuid.UUID], today: date) -> tuple[int, int, int, int]:
    classes = _NewClasses(session, year)
    promoted = repeated = graduated = 0
    old_classes = list(session.scalars(select(SchoolClass).where(
        SchoolClass.school_year_id == previous.id, SchoolClass.archived.is_(False))
        .order_by(SchoolClass.grade)))
    for old in old_classes:  # successors first, so a repeater joins the promoted class
        nxt = next_class_name(old)
        if nxt is not None:
            classes.get(nxt, old, old.grade + 1, teachers=True)
    for old in old_classes:
        nxt = next_class_name(old)
        for st in session.scalars(select(Student).where(
                Student.class_id == old.id, Student.status == StudentStatus.ACTIVE)):
            if st.id in repeaters:
                outcome = "repeated"
                st.class_id = classes.get(old.name, old, old.grade, teachers=False).id
                repeated += 1
            elif nxt is None:
                outcome = "graduated"
                st.status, st.status_changed_on = StudentStatus.GRADUATED, today
                graduated += 1
            else:
                outcome = "promoted"
                st.class_id = classes.get(nxt, old, old.grade + 1, teachers=True).id
                promoted += 1
            session.add(ClassEnrolment(student_id=st.id, school_year_id=previous.id,
                                       class_id=old.id, outcome=outcome))
    session.flush()
    return classes.created, promoted, repeated, graduated


def _refuse_bad_choices(preview: YearOpeningPreview, repeaters: Collection[uuid.UUID],
                        continue_plans: Collection[uuid.UUID]) -> None:
    known = {st.student_id for st in preview.students}
    leaving = {st.student_id for st in preview.students
               if st.graduates and st.student_id not in repeaters}
    continuable = {c.student_id for c in preview.at_risk if c.can_continue} - leaving
    problems = []
    if set(repeaters) - known:
        problems.append(FieldProblem("repeaters", "year.repeater_unknown"))
    if set(continue_plans) - continuable:
        problems.append(FieldProblem("continue_plans", "year.cannot_continue"))
    if problems:
        raise ValidationError(problems)


def open_school_year(store: Store, actor: Actor, label: str, *,
                     catalogue_file: Path | None = None,
                     repeaters: Collection[uuid.UUID] = (),
                     continue_plans: Collection[uuid.UUID] = (),
                     semester_dates: SemesterDates | None = None,
                     backup: bool = True, today: date | None = None) -> YearOpeningResult:
    """Open school year `label` as described above; the counts of what was done."""
    require(actor, Permission.YEAR_OPEN)
    today = today or date.today()
    dates = semester_dates or default_semester_dates(year_start(label))
    preview = preview_year_opening(store, actor, label, catalogue_file=catalogue_file)
    _refuse_bad_choices(preview, repeaters, continue_plans)
    with store.read() as s:
        problems = semester_dates_problems(dates, semesters(s))
    if problems:
        raise ValidationError(problems)
    data = catalogue_of(label, catalogue_file)
    copy = _backup(store, label) if backup else None
    with store.write() as s:
        previous = previous_year(s, label)
        year, sems = _add_year(s, label, dates)
        catalogue = load_catalogue_file(s, data.path, actor=actor, expected_year=label)
        carried = carry_school_entries(s, previous, year)
        created, promoted, repeated, graduated = _promote(s, previous, year, set(repeaters),
                                                          today)
        started = 0
        plan_of = {c.student_id: c.plan_id for c in preview.at_risk}
        for student_id in continue_plans:
            plan_id = plan_of[student_id]
            assert plan_id is not None
            continue_plan(s, actor, plan_id, sems[0].id)
            started += 1
        audit.record(s, actor, "year.opened", "school_year", year.id, school_year=label,
                     previous_year=previous.label, catalogue=data.path.name,
                     backup=copy.name if copy else None, catalogue_carried=list(carried),
                     classes_created=created,
                     promoted=promoted, repeated=repeated, graduated=graduated,
                     plans_started=started)
        return YearOpeningResult(label, previous.label, copy, created, promoted, repeated,
                                 graduated, started, catalogue)
