"""A small form dialog that saves through the database worker and shows errors under fields.

Opened with `open()` (window-modal, never `exec()`), so tests can drive it. `saved` carries
the service's result; the dialog closes itself after a successful save.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError, Conflict, FieldProblem, ValidationError
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.field_form import FieldForm
from app.ui.form_errors import FormErrors
from app.ui.tasks import Op

FIELD_OF_CONFLICT = {"users.username_taken": "username"}


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SettingsDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.op: Op | None = None
        self.setWindowTitle(title)
        self.errors = FormErrors(ctx.lang)
        self.form = FieldForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, field: str, widget: QWidget) -> None:
        self.form.addRow(label, self.errors.wrap(field, widget))

    def work(self) -> Callable[[], Any] | None:
        """The service call to run (read the fields here, on the GUI thread); None when a
        field cannot even be read (the dialog then shows that problem itself)."""
        raise NotImplementedError

    def save(self) -> None:
        if self.op is not None:
            return
        self.errors.clear()
        call = self.work()
        if call is None:
            return  # the dialog has shown the problems with its own fields
        self.save_button.setEnabled(False)
        self.op = Op(self, self.ctx.worker, lambda _p, _c: call()).changes(
            self.ctx.changes, {Entity.SCHOOL})  # users, classes, rates: what lists show
        self.op.success(self._saved).failure(self._failed).start()

    def _saved(self, result: object) -> None:
        self.op = None
        self.save_button.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.op = None
        self.save_button.setEnabled(True)
        if not isinstance(exc, AppError):
            self.errors.general.setText(str(exc))
            self.errors.general.show()
        else:
            field = FIELD_OF_CONFLICT.get(exc.key) if isinstance(exc, Conflict) else None
            if field is not None:
                exc = ValidationError(FieldProblem(field, exc.key, exc.params))
            self.errors.show(exc)
        QTimer.singleShot(0, self, self.fit_messages)

    def fit_messages(self) -> None:
        """Grow to hold the messages now under the fields: wrapped lines need more height
        than the minimum size a layout reports, so the fields would be squashed."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalMinimumSize().height())
        if self.height() < needed:
            self.resize(self.width(), needed)
