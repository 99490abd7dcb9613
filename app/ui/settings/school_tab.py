"""Settings → School (administrator): name, registration number, municipality, the idle
lock time and who reads confidential notes, saved together (all or nothing) with
`save_school_settings`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.services.school.calendar import SchoolInfo, school_info
from app.services.school.settings import IDLE_LOCK_MAX, IDLE_LOCK_MIN, save_school_settings
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.field_form import FieldForm
from app.ui.form_errors import FormErrors
from app.ui.tasks import Op


def _line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    return edit


class SchoolTab(QWidget):
    school_changed = Signal(object)  # SchoolInfo

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: SchoolInfo | None = None
        self.op: Op | None = None
        self.errors = FormErrors(ctx.lang)
        self.name = _line("school_name")
        self.registration_number = _line("registration_number")
        self.municipality = _line("municipality")
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_lock_minutes")
        self.idle_minutes.setRange(IDLE_LOCK_MIN, IDLE_LOCK_MAX)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.notes_shared = QCheckBox(self.tr(
            "Every support specialist of the pupil reads the confidential notes"))
        self.notes_shared.setObjectName("notes_shared")
        self.notes_shared.setToolTip(self.tr(
            "Off (the usual rule): a consultation's confidential notes are read by their author "
            "and by specialists of the same kind only (a psychologist's by psychologists)."))
        form = FieldForm()
        form.addRow(self.tr("School name"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("Registration number"),
                    self.errors.wrap("registration_number", self.registration_number))
        form.addRow(self.tr("Municipality"), self.errors.wrap("municipality", self.municipality))
        form.addRow(self.tr("Lock the screen after idle time"),
                    self.errors.wrap("idle_lock_minutes", self.idle_minutes))
        form.addRow(self.tr("Confidential notes"), self.notes_shared)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_school")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.setObjectName("revert_school")
        self.revert_button.clicked.connect(self.revert)
        self.status = QLabel()
        self.status.setObjectName("school_status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def load(self) -> Op:
        store = self.ctx.store
        return Op(self, self.ctx.worker, lambda _p, _c: school_info(store)).success(
            self._show).start()

    def _show(self, info: SchoolInfo) -> None:
        self.info = info
        self.name.setText(info.name)
        self.registration_number.setText(info.registration_number)
        self.municipality.setText(info.municipality)
        self.idle_minutes.setValue(info.idle_lock_minutes)
        self.notes_shared.setChecked(info.notes_shared)

    def is_dirty(self) -> bool:
        info = self.info
        return info is not None and (
            self.name.text(), self.registration_number.text(), self.municipality.text(),
            self.idle_minutes.value(), self.notes_shared.isChecked(),
        ) != (info.name, info.registration_number, info.municipality, info.idle_lock_minutes,
              info.notes_shared)

    def revert(self) -> None:
        self.errors.clear()
        self.status.clear()
        if self.info is not None:
            self._show(self.info)

    def save(self) -> None:
        if self.op is not None:
            return
        self.errors.clear()
        self.status.clear()
        store, actor = self.ctx.store, self.ctx.actor
        values = (self.name.text(), self.registration_number.text(), self.municipality.text(),
                  self.idle_minutes.value(), self.notes_shared.isChecked())
        self.save_button.setEnabled(False)
        self.op = Op(self, self.ctx.worker,
                     lambda _p, _c: save_school_settings(store, actor, *values)).changes(
            self.ctx.changes, {Entity.SCHOOL})
        self.op.success(self._saved).failure(self._failed).start()

    def _saved(self, info: SchoolInfo) -> None:
        self.op = None
        self.save_button.setEnabled(True)
        self._show(info)
        self.status.setText(self.tr("The school's settings are saved."))
        self.school_changed.emit(info)

    def _failed(self, exc: Exception) -> None:
        self.op = None
        self.save_button.setEnabled(True)
        if isinstance(exc, AppError):
            self.errors.show(exc)
        else:
            self.errors.general.setText(str(exc))
            self.errors.general.show()
