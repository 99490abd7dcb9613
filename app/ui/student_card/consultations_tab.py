"""The pupil card's Consultations tab: the log, planned versus delivered hours, and for
support staff a form to log a consultation or correct one of their own.

Confidential notes appear only as the service returns them: roles that may not read them
get no notes column at all, so nothing hints that notes exist.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date, format_hours
from app.services.core.rbac import Permission, can
from app.services.plans.student_plan import StudentPlan, student_plan
from app.services.support.consultations import (
    ConsultationView,
    list_consultations,
    log_consultation,
    update_consultation,
)
from app.services.support.removal import delete_consultation
from app.ui.consultations.consultation_form import ConsultationForm
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ERROR_STYLE, ErrorLabel
from app.ui.item_models.consultation_rows import ConsultationRowsModel
from app.ui.student_card.card_tab import CardTab
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op, show_failure


@dataclass(frozen=True)
class _Loaded:
    consultations: list[ConsultationView]
    plan: StudentPlan | None


class ConsultationsTab(CardTab):
    loaded = Signal()

    def __init__(self, ctx: UiContext, student_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, student_id, parent)
        self.confirm: Confirm = ask_yes_no  # a test answers instead of a message box
        self.plan: StudentPlan | None = None
        self.model = ConsultationRowsModel(self)
        self.table = QTableView()
        self.table.setObjectName("consultations_table")
        self.table.setAccessibleName(self.tr("Consultations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._edit_index)
        self.totals = QLabel()
        self.totals.setObjectName("consultation_totals")
        self.totals.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, self.ctx.lang)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        self.form: ConsultationForm | None = None
        self.edit_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        if can(ctx.actor, Permission.CONSULTATION_LOG):
            self._add_form(layout)

    def _add_form(self, layout: QVBoxLayout) -> None:
        form = ConsultationForm(self.ctx.lang)
        form.edited.connect(lambda: self.set_dirty(True))
        form.save_button.clicked.connect(self.save)
        form.undo_button.clicked.connect(self.revert)
        form.new_button.clicked.connect(self._new)
        self.edit_button = QPushButton(self.tr("Correct the selected consultation"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button = QPushButton(self.tr("Delete the selected consultation"))
        self.delete_button.setObjectName("delete_consultation")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(self.edit_button)
        layout.addLayout(row)
        layout.addWidget(form)
        self.form = form

    @classmethod
    def heading(cls) -> str:
        return QCoreApplication.translate("ConsultationsTab", "Consultations")

    # Loading -----------------------------------------------------------------------------
    def load(self) -> None:
        ctx, sid = self.ctx, self.student_id

        def work(_p: object, _c: object) -> _Loaded:
            return _Loaded(list_consultations(ctx.store, ctx.actor, sid),
                           student_plan(ctx.store, ctx.actor, sid, ctx.semester.id))

        Op(self, ctx.worker, work).success(self._show).failure(self._load_failed).start()

    def _load_failed(self, exc: Exception) -> None:
        show_failure(self, exc)
        self.loaded.emit()

    def _show(self, data: _Loaded) -> None:
        self.error.hide()
        self.plan = data.plan
        rows = data.consultations
        show_notes = can(self.ctx.actor, Permission.CONFIDENTIAL_NOTES) or any(
            c.confidential_notes is not None for c in rows)
        self.model.set_rows(rows, show_notes=show_notes)
        self.model.fit_columns(self.table)
        self.totals.setText(self._totals_text(rows))
        self.loaded.emit()

    def _totals_text(self, rows: list[ConsultationView]) -> str:
        lang, sem = self.ctx.lang, self.ctx.semester
        if self.plan is None:
            minutes = sum(c.minutes for c in rows
                          if c.attended and sem.starts_on <= c.held_on <= sem.ends_on)
            return (self.tr("No support plan in semester %1. Consultation hours delivered: %2.")
                    .replace("%1", sem.label).replace("%2", format_hours(minutes, lang)))
        lines = [self.tr("Support plan of semester %1 — planned and delivered hours:")
                 .replace("%1", sem.label)]
        for h in self.plan.delivery.hours:
            lines.append(self.tr("%1: planned %2, delivered %3, not attended %4")
                         .replace("%1", self.model.words.specialist(h.specialist_type))
                         .replace("%2", format_hours(h.planned_minutes, lang))
                         .replace("%3", format_hours(h.delivered_minutes, lang))
                         .replace("%4", format_hours(h.missed_minutes, lang)))
        if len(lines) == 1:
            lines.append(self.tr("The plan has no consultation hours."))
        return "\n".join(lines)

    # Editing -----------------------------------------------------------------------------
    def _own(self, c: ConsultationView | None) -> bool:
        return c is not None and c.staff_id == self.ctx.actor.user_id

    def _selected(self) -> ConsultationView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        own = self._own(self._selected())
        for button in (self.edit_button, self.delete_button):
            if button is not None:
                button.setEnabled(own)

    def _edit_selected(self) -> None:
        self._start_edit(self._selected())

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._start_edit(self.model.rows[index.row()])

    def _start_edit(self, c: ConsultationView | None) -> None:
        if self.form is not None and self._own(c) and self._form_free():
            self.form.fill(c)

    def delete_selected(self) -> None:
        """Delete the own consultation selected, after a question naming it."""
        c = self._selected()
        if not self._own(c) or not self._form_free():
            return
        assert c is not None
        text = (self.tr("Delete the consultation of %1 (%2 min)? It no longer counts as "
                        "delivered, and the deletion is recorded in the history.")
                .replace("%1", format_date(c.held_on))
                .replace("%2", str(c.minutes)))
        if not self.confirm(self, text):
            return
        ctx, consultation_id = self.ctx, c.id

        def work(_p: object, _c: object) -> None:
            delete_consultation(ctx.store, ctx.actor, consultation_id)

        Op(self, ctx.worker, work).changes(ctx.changes, {Entity.CONSULTATION}).success(
            self._deleted).failure(self._delete_failed).start()

    def _deleted(self, _result: None) -> None:
        if self.form is not None and self.form.editing is not None:
            self.form.fill(None)
        self.saved.emit()
        self.load()

    def _delete_failed(self, exc: Exception) -> None:
        show_failure(self.error_place, exc)

    def _new(self) -> None:
        if self.form is not None and self._form_free():
            self.form.fill(None)

    def _form_free(self) -> bool:
        """Unsaved edits are never thrown away by a click: say what to do instead."""
        if self.form is not None and self.is_dirty():
            self.form.errors.general.setText(
                self.tr("The form has unsaved changes: save them or undo them first."))
            self.form.errors.general.show()
            return False
        return True

    def _plan_id(self, c: ConsultationView | None) -> uuid.UUID | None:
        assert self.form is not None
        if c is not None:
            return c.plan_id
        sem, day = self.ctx.semester, self.form.held_on_date()
        if self.plan is not None and sem.starts_on <= day <= sem.ends_on:
            return self.plan.plan.id
        return None

    def save(self) -> None:
        form = self.form
        if form is None:
            return
        ctx, editing = self.ctx, form.editing
        data = form.value(self.student_id, self._plan_id(editing))
        if editing is None:
            def work(_p: object, _c: object) -> ConsultationView:
                return log_consultation(ctx.store, ctx.actor, data)
        else:
            consultation_id = editing.id

            def work(_p: object, _c: object) -> ConsultationView:
                return update_consultation(ctx.store, ctx.actor, consultation_id, data)
        form.set_busy(True)
        Op(self, ctx.worker, work).changes(ctx.changes, {Entity.CONSULTATION}).success(
            self._saved).failure(self._save_failed).start()

    def _saved(self, _view: ConsultationView) -> None:
        assert self.form is not None
        self.form.set_busy(False)
        self.form.fill(None)
        self.set_dirty(False)
        self.saved.emit()
        self.load()

    def _save_failed(self, exc: Exception) -> None:
        assert self.form is not None
        self.form.set_busy(False)
        show_failure(self.form.errors, exc)

    def revert(self) -> None:
        if self.form is not None:
            self.form.fill(self.form.editing)
        self.set_dirty(False)
