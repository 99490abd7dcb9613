"""The support plan (IAP) tab of the pupil card: the current semester's plan, edited as a
draft and sent to the director.

No plan yet: a "Create plan" button (from the semester's risk assessment), and "Start from
the previous plan" when an earlier semester's plan was closed (plan_continue.py). A plan: goals,
measures with their live cost, the responsible person, review dates, a summary and the
parent's application; Save (the card's) keeps the draft, "Submit for approval" sends it.
Everything is read-only unless the plan is a draft or was returned and this person is its
author or the coordinator.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_money
from app.models.enums import PlanStatus, Role
from app.services.core.rbac import Permission, can
from app.services.plans import lifecycle as plans
from app.services.plans.lifecycle import PlanDraftInput, PlanView
from app.services.plans.staff import StaffMember
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.field_form import FieldForm
from app.ui.form_errors import ErrorLabel, FormErrors
from app.ui.pdf_export import PdfFiles
from app.ui.scan_button import ScanButton
from app.ui.settings.labels import SettingsLabels
from app.ui.student_card.card_tab import CardTab
from app.ui.student_card.plan_application import ApplicationEditor, ChooseFile, choose_scan
from app.ui.student_card.plan_continue import PlanContinuation
from app.ui.student_card.plan_dates import ReviewDatesEditor
from app.ui.student_card.plan_discard import DraftDiscard
from app.ui.student_card.plan_evaluation import EvaluationForm
from app.ui.student_card.plan_goals import GoalsEditor
from app.ui.student_card.plan_measures import MeasuresEditor, combo_id
from app.ui.student_card.plan_print import PlanPrintActions
from app.ui.student_card.plan_saving import PlanData, PlanSaving, SaveOutcome, load_plan_data
from app.ui.student_card.plan_status import PlanStatusBox
from app.ui.student_card.staff_assign import staff_text
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op, show_failure

EDITABLE = (PlanStatus.DRAFT, PlanStatus.RETURNED)


class PlanTab(CardTab):
    def __init__(self, ctx: UiContext, student_id: uuid.UUID,
                 choose_file: ChooseFile = choose_scan, parent: QWidget | None = None,
                 pdf_files: PdfFiles | None = None, confirm: Confirm = ask_yes_no) -> None:
        super().__init__(ctx, student_id, parent)
        self._confirm = confirm
        self.view: PlanView | None = None
        self.editable = False
        self.errors = self.error_place = FormErrors(ctx.lang)
        self.saving = PlanSaving(self)
        self._draft_base: tuple[object, ...] = ()
        self._app_base: tuple[object, ...] = ()
        self._filling = False
        self.print_actions = PlanPrintActions(ctx, pdf_files)
        self.print_actions.amended.connect(self._amended)
        self.message = QLabel(self.tr("Loading the plan…"))
        self.message.setObjectName("plan_message")
        self.message.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create plan"))
        self.create_button.setObjectName("create_plan")
        self.create_button.hide()
        self.create_button.clicked.connect(self.create_plan)
        self.continuation = PlanContinuation(ctx, self._action_failed)
        self.continuation.started.connect(self._continued)
        self._build_editor(choose_file)
        start_row = QHBoxLayout()
        start_row.addWidget(self.create_button)
        start_row.addWidget(self.continuation, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(start_row)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.page_scroll, 1)
        self.page_scroll.hide()

    @classmethod
    def heading(cls) -> str:
        return QCoreApplication.translate("PlanTab", "Support plan")

    def _build_editor(self, choose_file: ChooseFile) -> None:
        lang, errors = self.ctx.lang, self.errors
        self.status = PlanStatusBox(lang)
        self.goals = GoalsEditor()
        self.measures = MeasuresEditor(lang)
        self.responsible = QComboBox()
        self.responsible.setObjectName("responsible")
        self.review_dates = ReviewDatesEditor()
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("plan_summary")
        self.summary.setMaximumHeight(90)
        self.scan_button = ScanButton(self.ctx, self._action_failed)
        self.application = ApplicationEditor(errors, choose_file, scan_button=self.scan_button)
        self.submit_button = QPushButton(self.tr("Submit for approval"))
        self.submit_button.setObjectName("submit_plan")
        self.submit_button.clicked.connect(self.submit)
        self.draft_discard = DraftDiscard(self.ctx, self._confirm, self._discarded,
                                    self._action_failed)
        self.evaluation = EvaluationForm(self.ctx, errors, self._evaluated)
        self.evaluation.hide()
        goals_box = QGroupBox(self.tr("Goals"))
        QVBoxLayout(goals_box).addWidget(errors.wrap("goals", self.goals))
        measures_box = QGroupBox(self.tr("Support measures"))
        QVBoxLayout(measures_box).addWidget(errors.wrap("measures", self.measures))
        other = FieldForm()
        other.addRow(self.tr("Responsible person"),
                     errors.wrap("responsible_id", self.responsible))
        other.addRow(self.tr("Review dates"), errors.wrap("review_dates", self.review_dates))
        other.addRow(self.tr("Summary"), errors.wrap("summary", self.summary))
        application_box = QGroupBox(self.tr("Parent's application"))
        QVBoxLayout(application_box).addWidget(
            errors.wrap("parent_application", self.application))
        actions = QHBoxLayout()
        actions.addWidget(self.print_actions, 1)
        actions.addWidget(self.draft_discard)
        actions.addWidget(self.submit_button)
        page = QWidget()
        body = QVBoxLayout(page)
        body.addWidget(self.status)
        body.addWidget(goals_box)
        body.addWidget(measures_box)
        body.addLayout(other)
        body.addWidget(application_box)
        body.addWidget(self.evaluation)
        body.addLayout(actions)
        body.addStretch(1)
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setWidget(page)
        for editor in (self.goals, self.measures, self.review_dates, self.application):
            editor.changed.connect(self._edited)
        self.responsible.currentIndexChanged.connect(lambda _i: self._edited())
        self.summary.textChanged.connect(self._edited)

    # --- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        ctx, student_id = self.ctx, self.student_id
        Op(self, ctx.worker, lambda _p, _c: load_plan_data(ctx, student_id)).success(
            self._loaded).failure(
            lambda exc: show_failure(ErrorLabel(self.message, ctx.lang), exc)).start()

    def _loaded(self, data: PlanData) -> None:
        self.measures.set_catalogue(data.types, data.staff)
        self._fill_staff(data.staff)
        self.continuation.offer(data.previous)
        self.show_plan(data.plan)

    def _fill_staff(self, staff: list[StaffMember]) -> None:
        self._filling = True
        self.responsible.clear()
        self.responsible.addItem(self.tr("— not chosen —"), "")
        labels = SettingsLabels(self)
        for m in staff:
            self.responsible.addItem(staff_text(labels, m), str(m.id))
        self._filling = False

    def may_change(self, view: PlanView) -> bool:
        """The plan's author or a coordinator, with the right to edit plans."""
        actor = self.ctx.actor
        return can(actor, Permission.PLAN_EDIT) and (
            view.author_id == actor.user_id or actor.has(Role.COORDINATOR))

    def may_edit(self, view: PlanView) -> bool:
        return view.status in EDITABLE and self.may_change(view)

    def show_plan(self, view: PlanView | None) -> None:
        """Show the stored plan (or the way to create one) and forget unsaved edits."""
        self.view = view
        self.errors.clear()
        if view is None:
            can_create = can(self.ctx.actor, Permission.PLAN_EDIT)
            self.message.setText(
                self.tr("This pupil has no support plan for semester %1 yet.").replace(
                    "%1", self.ctx.semester.label))
            self.message.show()
            self.create_button.setVisible(can_create)
            self.continuation.setVisible(can_create and self.continuation.previous is not None)
            self.page_scroll.hide()
            self.draft_discard.show_plan(None, False)
            self.set_dirty(False)
            return
        self.message.clear()
        self.message.hide()
        self.create_button.hide()
        self.continuation.hide()
        self.page_scroll.show()
        self.editable = self.may_edit(view)
        self.status.show_plan(view, self.editable)
        self.print_actions.show_plan(view, self.may_change(view))
        self.draft_discard.show_plan(view, self.may_change(view))
        self._fill_draft(view)
        self._fill_application(view)
        self._set_read_only(not self.editable)
        self.evaluation.plan = view
        self.evaluation.setVisible(view.status is PlanStatus.APPROVED and self.may_change(view))
        self.set_dirty(False)

    def _fill_draft(self, view: PlanView) -> None:
        self._filling = True
        self.goals.set_goals(view.goals)
        self.measures.set_measures(view.measures, current_rates=self.may_edit(view))
        index = self.responsible.findData(str(view.responsible_id)) if view.responsible_id else 0
        if index < 0:  # no longer active: still show who it is
            self.responsible.addItem(view.responsible_name or "?", str(view.responsible_id))
            index = self.responsible.count() - 1
        self.responsible.setCurrentIndex(index)
        self.review_dates.set_dates(view.review_dates)
        self.summary.setPlainText(view.summary)
        self._filling = False
        self._draft_base = self._draft_key()

    def _fill_application(self, view: PlanView) -> None:
        self._filling = True
        default_day = min(date.today(), self.ctx.semester.ends_on)
        self.application.set_view(view.parent_application, default_day)
        self._filling = False
        self._app_base = self.application.key()

    def _set_read_only(self, read_only: bool) -> None:
        self.goals.set_read_only(read_only)
        self.measures.set_read_only(read_only)
        self.review_dates.set_read_only(read_only)
        self.application.set_read_only(read_only)
        self.responsible.setEnabled(not read_only)
        self.summary.setReadOnly(read_only)
        self.submit_button.setVisible(not read_only)

    # --- edits -----------------------------------------------------------------------------

    def draft(self) -> PlanDraftInput:
        return PlanDraftInput(goals=self.goals.goals(), measures=self.measures.inputs(),
                              responsible_id=combo_id(self.responsible),
                              review_dates=self.review_dates.dates(),
                              summary=self.summary.toPlainText())

    def _draft_key(self) -> tuple[object, ...]:
        d = self.draft()
        return (d.goals, self.measures.key(), d.responsible_id, d.review_dates,
                d.summary.strip())

    def draft_changed(self) -> bool:
        return self._draft_key() != self._draft_base

    def application_changed(self) -> bool:
        return self.application.key() != self._app_base

    def _edited(self) -> None:
        if not self._filling and self.view is not None:
            self.set_dirty(self.draft_changed() or self.application_changed())

    # --- actions ---------------------------------------------------------------------------

    def create_plan(self) -> None:
        ctx = self.ctx
        self.create_button.setEnabled(False)
        Op(self, ctx.worker,
           lambda _p, _c: plans.create_plan(ctx.store, ctx.actor, self.student_id,
                                            ctx.semester.id),
           self.tr("Creating the plan…")).changes(ctx.changes, {Entity.PLAN}).success(
            self._created).failure(self._action_failed).start()

    def _created(self, view: PlanView) -> None:
        self.create_button.setEnabled(True)
        self.show_plan(view)
        self.saved.emit()

    def _continued(self, view: PlanView) -> None:
        """A draft started from the previous plan: shown, with the measures not copied."""
        left_out = self.continuation.left_out_text(view)
        self.continuation.offer(None)
        self._created(view)
        if left_out:
            self.message.setText(left_out)
            self.message.show()

    def save(self) -> None:
        if self.view is None or not self.editable or not self.is_dirty():
            return
        self.saving.start(submit=False)

    def submit(self) -> None:
        """Asks first: once submitted, the plan waits for the director unchanged."""
        if self.view is None or not self.editable:
            return
        question = self.tr(
            "Submit the plan of %1 for the director's approval? Total cost: %2. Until the "
            "director decides, the plan cannot be changed.").replace(
            "%1", self.view.student_name).replace(
            "%2", format_money(self.measures.model.total_cents(), self.ctx.lang))
        if self._confirm(self, question):
            self.saving.start(submit=True)

    def revert(self) -> None:
        self.errors.clear()
        self.load()

    def saved_outcome(self, outcome: SaveOutcome) -> None:
        """Called by `PlanSaving` when the work is done (all of it, or the draft only)."""
        if outcome.problem is None:
            self.show_plan(outcome.view)
            self.saved.emit()
            return
        if outcome.view is not None:  # the draft was saved, the application was not
            self.view = outcome.view
            self._fill_draft(outcome.view)
            self.status.show_plan(outcome.view, self.editable)
            self.saved.emit()
        self.errors.show(outcome.problem)
        self._edited()

    def _discarded(self) -> None:
        self.show_plan(None)
        self.saved.emit()
        self.load()

    def _amended(self, view: PlanView) -> None:  # a new draft version of an approved plan
        self._evaluated(view)

    def _evaluated(self, view: PlanView) -> None:
        self.show_plan(view)
        self.saved.emit()

    def _action_failed(self, exc: Exception) -> None:
        self.create_button.setEnabled(True)
        show_failure(self, exc)
