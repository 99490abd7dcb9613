"""What waits for the signed-in person, each item pointing at where the work is.

- the director: plans submitted for approval, oldest first;
- a plan's author (a coordinator: every visible plan): plans returned for changes, with the
  director's or the municipality's comment;
- authors and responsible persons (a coordinator: every visible plan): review dates of the
  semester's plans due in the next `REVIEW_DAYS` days, or overdue and not done;
- support staff: their pupils with the hours delivered and missed this semester;
- whoever runs the sync: changes not yet sent and open conflicts;
- whoever may make a backup: the last backup, and a reminder when it is older than a week;
- the coordinator and class teachers: the candidates for an assessment screened from the
  imported attendance (`early_warning.screen`), with their reasons.
Only pupils the person may see appear; a section the role has no use for is empty.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, or_, select, true

from app.models import (
    PlanReviewDate,
    PlanVersion,
    SchoolClass,
    Semester,
    Student,
    SupportPlan,
)
from app.models.enums import PlanStatus, Role
from app.services.backup.reminder import BackupReminder, backup_reminder
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, can, visible_students
from app.services.core.store import Store
from app.services.early_warning import Candidate, screen
from app.services.school.calendar import SemesterInfo
from app.services.support.staff_log import StudentHours, staff_log
from app.services.sync.status import sync_status

REVIEW_DAYS = 14


class WorkKind(enum.StrEnum):
    APPROVE = "approve"  # a plan waits for the director
    RETURNED = "returned"  # a plan came back for changes
    REVIEW = "review"  # a plan's review date is due


@dataclass(frozen=True)
class WorkItem:
    kind: WorkKind
    plan_id: uuid.UUID
    student_id: uuid.UUID
    student_name: str
    class_name: str
    semester_label: str
    when: date | datetime | None  # submitted, returned or the review date
    comment: str = ""  # the return comment


@dataclass(frozen=True)
class MyWork:
    to_approve: tuple[WorkItem, ...]
    returned: tuple[WorkItem, ...]
    reviews_due: tuple[WorkItem, ...]
    students: tuple[StudentHours, ...]  # support staff: their pupils this semester
    unsent_changes: int | None  # None: this person does not run the sync
    open_conflicts: int
    backup: BackupReminder | None = None  # None: this person does not make backups
    candidates: tuple[Candidate, ...] = ()  # pupils to assess, from the imported attendance

    @property
    def empty(self) -> bool:
        return not (self.to_approve or self.returned or self.reviews_due or self.students
                    or self.candidates
                    or self.unsent_changes or self.open_conflicts
                    or (self.backup is not None and self.backup.due))


def _mine(actor: Actor) -> ColumnElement[bool]:
    """The plans this person works on: all visible ones for a coordinator."""
    if actor.has(Role.COORDINATOR):
        return true()
    return or_(SupportPlan.author_id == actor.user_id,
               PlanVersion.responsible_id == actor.user_id)


_Row = tuple[SupportPlan, PlanVersion, Student, str, str]  # + class name, semester label


def _plans(store: Store, actor: Actor, status: PlanStatus,
           *where: ColumnElement[bool]) -> list[_Row]:
    query = (
        select(SupportPlan, PlanVersion, Student, SchoolClass.name, Semester)
        .join(PlanVersion, (PlanVersion.plan_id == SupportPlan.id)
              & (PlanVersion.number == SupportPlan.current_version))
        .join(Student, Student.id == SupportPlan.student_id)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .join(Semester, Semester.id == SupportPlan.semester_id)
        .where(SupportPlan.status == status, visible_students(actor), *where)
        .order_by(PlanVersion.submitted_at, SchoolClass.name, Student.last_name))
    with store.read() as s:
        return [(p, v, st, c, sem.label) for p, v, st, c, sem in s.execute(query)]


def _item(kind: WorkKind, row: _Row, when: date | datetime | None,
          comment: str = "") -> WorkItem:
    plan, _version, student, class_name, semester_label = row
    return WorkItem(kind, plan.id, student.id, student.full_name, class_name, semester_label,
                    when, comment)


def _reviews(store: Store, actor: Actor, semester: SemesterInfo,
             today: date) -> list[WorkItem]:
    horizon = today + timedelta(days=REVIEW_DAYS)
    rows = []
    for status in (PlanStatus.APPROVED, PlanStatus.DRAFT, PlanStatus.RETURNED,
                   PlanStatus.SUBMITTED):
        rows += _plans(store, actor, status, _mine(actor),
                       SupportPlan.semester_id == semester.id)
    if not rows:
        return []
    by_version = {row[1].id: row for row in rows}
    with store.read() as s:
        due = s.execute(select(PlanReviewDate.version_id, PlanReviewDate.review_on)
                        .where(PlanReviewDate.version_id.in_(list(by_version)),
                               PlanReviewDate.done.is_(False),
                               PlanReviewDate.review_on <= horizon)
                        .order_by(PlanReviewDate.review_on)).all()
    return [_item(WorkKind.REVIEW, by_version[vid], on) for vid, on in due]


def my_work(store: Store, actor: Actor, semester: SemesterInfo,
            today: date | None = None) -> MyWork:
    """Everything that waits for `actor` (see the module docstring)."""
    day = today or date.today()
    to_approve = ([_item(WorkKind.APPROVE, r, r[1].submitted_at)
                   for r in _plans(store, actor, PlanStatus.SUBMITTED)]
                  if can(actor, Permission.PLAN_APPROVE) else [])
    returned = ([_item(WorkKind.RETURNED, r, r[1].decided_at, r[1].decision_comment)
                 for r in _plans(store, actor, PlanStatus.RETURNED, _mine(actor))]
                if can(actor, Permission.PLAN_EDIT) else [])
    reviews = _reviews(store, actor, semester, day) if can(actor, Permission.PLAN_VIEW) else []
    students = (staff_log(store, actor, semester).students
                if can(actor, Permission.CONSULTATION_LOG) else ())
    unsent, conflicts = None, 0
    if can(actor, Permission.SYNC_RUN):
        status = sync_status(store)
        unsent, conflicts = status.pending_changes, status.open_conflicts
    candidates = (screen(store, actor, semester).candidates
                  if can(actor, Permission.ASSESSMENT_EDIT)
                  and actor.has(Role.COORDINATOR, Role.TEACHER) else ())
    return MyWork(tuple(to_approve), tuple(returned), tuple(reviews), tuple(students),
                  unsent, conflicts, backup_reminder(store, actor), candidates)
