"""Semester end → the next plan: "Start from the previous plan" beside "Create plan".

Offered when the pupil has no plan in the current semester but a CLOSED (evaluated) plan in
an earlier one, and this person may edit plans. `plan_continuation.start_next_plan` makes the
new draft with the closed plan's goals, responsible person and summary, and its measures at
this school year's rates; measures it could not carry over are named afterwards.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.models.enums import PlanStatus
from app.services.core.rbac import Permission, can
from app.services.plans import lifecycle as plans
from app.services.plans.continuation import start_next_plan
from app.services.plans.lifecycle import MeasureView, PlanView
from app.services.school.calendar import all_semesters
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.tasks import Op


@dataclass(frozen=True)
class PreviousPlan:
    """The pupil's latest closed plan before the current semester."""

    id: uuid.UUID
    semester_label: str
    measures: tuple[MeasureView, ...]


def previous_closed_plan(ctx: UiContext, student_id: uuid.UUID) -> PreviousPlan | None:
    """Runs on the worker: the latest earlier semester's CLOSED plan of the pupil, if any."""
    if not can(ctx.actor, Permission.PLAN_EDIT):
        return None
    earlier = [s for s in all_semesters(ctx.store) if s.starts_on < ctx.semester.starts_on]
    for semester in reversed(earlier):
        for summary in plans.list_plans(ctx.store, ctx.actor, semester.id, PlanStatus.CLOSED,
                                        student_id=student_id):
            view = plans.get_plan(ctx.store, ctx.actor, summary.id)
            return PreviousPlan(view.id, semester.label, view.measures)
    return None


def measures_left_out(previous: PreviousPlan, started: PlanView, lang: str) -> list[str]:
    """The names of the previous plan's measures that the new plan does not have."""
    missing = Counter(m.code for m in previous.measures)
    missing.subtract(m.code for m in started.measures)
    names = []
    for m in previous.measures:
        if missing[m.code] > 0:
            missing[m.code] -= 1
            names.append(m.name_lv if lang == "lv" else m.name_en)
    return names


class PlanContinuation(QWidget):
    """The button (with its explanation); `started` carries the new draft's PlanView."""

    started = Signal(object)

    def __init__(self, ctx: UiContext, failed: Callable[[Exception], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._failed = ctx, failed
        self.previous: PreviousPlan | None = None
        self.button = QPushButton(self.tr("Start from the previous plan"))
        self.button.setObjectName("continue_plan")
        self.button.clicked.connect(self.start)
        self.note = QLabel()
        self.note.setObjectName("continue_note")
        self.note.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.note, 1)
        self.hide()

    def offer(self, previous: PreviousPlan | None) -> None:
        """Show the offer for `previous` (None: nothing to continue from, hidden)."""
        self.previous = previous
        self.button.setEnabled(True)
        if previous is None:
            self.note.clear()
            self.hide()
            return
        self.note.setText(self.tr(
            "The plan of semester %1 is evaluated and closed. Starting from it copies its "
            "goals and measures, at this school year's rates.").replace(
            "%1", previous.semester_label))
        self.button.setToolTip(self.note.text())
        self.show()

    def start(self) -> None:
        previous, ctx = self.previous, self.ctx
        if previous is None:
            return
        self.button.setEnabled(False)
        Op(self, ctx.worker,
           lambda _p, _c: start_next_plan(ctx.store, ctx.actor, previous.id, ctx.semester.id),
           self.tr("Starting the plan from the previous one…")).changes(
            ctx.changes, {Entity.PLAN}).success(
            self.started.emit).failure(self._start_failed).start()

    def _start_failed(self, exc: Exception) -> None:
        self.button.setEnabled(True)
        self._failed(exc)

    def left_out_text(self, view: PlanView) -> str:
        """What the person should know about measures not carried over; "" when none."""
        if self.previous is None:
            return ""
        names = measures_left_out(self.previous, view, self.ctx.lang)
        if not names:
            return ""
        return self.tr(
            "Not copied from the previous plan: %1. A measure is left out when it is not in "
            "this school year's catalogue, its provider no longer works at the school, or it "
            "would exceed the year's limit; add the support needed now in the measures table."
        ).replace("%1", ", ".join(names))
