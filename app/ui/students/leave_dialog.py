"""Marking a pupil as having left: how (left, transferred, graduated), on which day, a note."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import StudentStatus
from app.services.students.registry import StudentView, mark_student_left
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.dates import qdate
from app.ui.field_form import FieldForm
from app.ui.form_errors import FormErrors
from app.ui.tasks import Op, show_failure


class LeaveDialog(QDialog):
    saved = Signal(object)  # StudentView

    def __init__(self, ctx: UiContext, student_id: uuid.UUID, student_name: str,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.student_id = ctx, student_id
        self.setWindowTitle(self.tr("Mark as left"))
        self.errors = FormErrors(ctx.lang)
        self.status = QComboBox()
        self.status.setObjectName("leave_status")
        self.status.addItem(self.tr("left school"), StudentStatus.LEFT.value)
        self.status.addItem(self.tr("transferred to another school"),
                            StudentStatus.TRANSFERRED.value)
        self.status.addItem(self.tr("graduated"), StudentStatus.GRADUATED.value)
        self.on_date = QDateEdit()
        self.on_date.setObjectName("leave_date")
        self.on_date.setDisplayFormat("dd.MM.yyyy")
        self.on_date.setCalendarPopup(True)
        self.on_date.setDate(qdate(today or date.today()))
        self.note = QLineEdit()
        self.note.setObjectName("leave_note")
        self.note.setPlaceholderText(self.tr("e.g. the new school, or the reason"))
        form = FieldForm()
        form.addRow(QLabel(student_name))
        form.addRow(self.tr("What happened"), self.errors.wrap("status", self.status))
        form.addRow(self.tr("Date"), self.errors.wrap("status_changed_on", self.on_date))
        form.addRow(self.tr("Note"), self.errors.wrap("status_note", self.note))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def save(self) -> Op:
        ctx, sid = self.ctx, self.student_id
        status = StudentStatus(self.status.currentData())
        on_date = date.fromisoformat(self.on_date.date().toString("yyyy-MM-dd"))
        note = self.note.text()
        self.save_button.setEnabled(False)

        def write(_p: object, _c: object) -> StudentView:
            return mark_student_left(ctx.store, ctx.actor, sid, status, on_date, note)

        return (Op(self, ctx.worker, write).changes(ctx.changes, {Entity.STUDENT})
                .success(self._saved).failure(self._failed).start())

    def _saved(self, view: StudentView) -> None:
        self.saved.emit(view)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        show_failure(self.errors, exc)
