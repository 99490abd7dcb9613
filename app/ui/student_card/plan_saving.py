"""The plan editor's work on the database worker: loading, saving, submitting.

Loading reads the year's measure types, the staff to choose from and the pupil's plan of
the semester (if any) — or, when there is none, the pupil's latest closed plan of an earlier
semester to start from.

Save keeps the draft (`save_plan_draft`) and then the parent's application
(`record_parent_application`, with the scan read from disk here, off the GUI thread) — each
only if it changed. The draft is saved all or nothing: if it is refused, nothing is saved. The
application is a separate record: if only it is refused, the draft stays saved and the
application's problems are shown next to its fields. Submit saves pending edits first, then
sends the plan (`submit_plan`); each missing part is named under its field.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import AppError, FieldProblem, ValidationError
from app.services.catalogue.loading import MeasureTypeView, measure_types
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.plans import lifecycle as plans
from app.services.plans.lifecycle import PlanDraftInput, PlanView
from app.services.plans.staff import StaffMember, plan_staff
from app.services.school.calendar import school_year_id
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.student_card.plan_application import read_scan
from app.ui.student_card.plan_continue import PreviousPlan, previous_closed_plan
from app.ui.tasks import Op

if TYPE_CHECKING:
    from app.ui.student_card.plan_tab import PlanTab


@dataclass(frozen=True)
class PlanData:
    types: list[MeasureTypeView]
    staff: list[StaffMember]
    plan: PlanView | None
    previous: PreviousPlan | None = None  # only when `plan` is None


def load_plan_data(ctx: UiContext, student_id: uuid.UUID) -> PlanData:
    """Runs on the worker."""
    types = measure_types(ctx.store, school_year_id(ctx.store, ctx.semester.school_year))
    staff = plan_staff(ctx.store, ctx.actor)
    found = plans.list_plans(ctx.store, ctx.actor, ctx.semester.id, student_id=student_id)
    view = plans.get_plan(ctx.store, ctx.actor, found[0].id) if found else None
    previous = None if view is not None else previous_closed_plan(ctx, student_id)
    return PlanData(types, staff, view, previous)


@dataclass(frozen=True)
class SaveOutcome:
    view: PlanView | None  # the plan as stored now; None if nothing was saved
    problem: AppError | None = None  # the application's problem after the draft was saved


@dataclass(frozen=True)
class Pending:
    """The edits to save, taken from the widgets on the GUI thread."""

    plan_id: uuid.UUID
    draft: PlanDraftInput | None
    applicant: str | None
    received_on: date
    scan_path: str | None


class PlanSaving:
    def __init__(self, tab: PlanTab) -> None:
        self.tab = tab

    def pending(self) -> Pending:
        tab = self.tab
        assert tab.view is not None
        draft = tab.draft() if tab.draft_changed() else None
        applicant, received_on, scan_path = tab.application.key()
        return Pending(tab.view.id, draft,
                       str(applicant) if tab.application_changed() else None,
                       received_on, scan_path)  # type: ignore[arg-type]

    def start(self, submit: bool) -> Op:
        tab, ctx = self.tab, self.tab.ctx
        pending = self.pending()
        tab.errors.clear()

        def work(_progress: object, _cancel: object) -> SaveOutcome:
            outcome = save_pending(ctx.store, ctx.actor, pending)
            if outcome.problem is not None or not submit:
                return outcome
            return SaveOutcome(plans.submit_plan(ctx.store, ctx.actor, pending.plan_id))

        title = (QCoreApplication.translate("PlanSaving", "Submitting the plan…") if submit
                 else QCoreApplication.translate("PlanSaving", "Saving the plan…"))
        return (Op(tab, ctx.worker, work, title).changes(ctx.changes, {Entity.PLAN})
                .success(tab.saved_outcome).start())  # a failure shows in the tab's errors


def save_pending(store: Store, actor: Actor, p: Pending) -> SaveOutcome:
    """Runs on the worker: the draft (raises if refused), then the application."""
    view = plans.save_plan_draft(store, actor, p.plan_id, p.draft) if p.draft else None
    if p.applicant is None:
        return SaveOutcome(view or plans.get_plan(store, actor, p.plan_id))
    try:
        scan = read_scan(p.scan_path) if p.scan_path else None
    except OSError:
        problem = ValidationError(FieldProblem("scan", "plan_editor.scan_unreadable",
                                               {"filename": p.scan_path}))
        if view is None:
            raise problem from None
        return SaveOutcome(view, problem)
    try:
        view = plans.record_parent_application(store, actor, p.plan_id, p.applicant,
                                               p.received_on, scan)
    except AppError as exc:
        if view is None:
            raise
        return SaveOutcome(view, exc)
    return SaveOutcome(view)
