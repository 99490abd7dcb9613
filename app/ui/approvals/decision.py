"""The director's decision on the plan being read: approve and sign it, or return it to its
author with a comment (required; the message appears under the field when it is empty)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.ui.field_form import FieldForm
from app.ui.form_errors import FormErrors


class DecisionPanel(QGroupBox):
    def __init__(self, errors: FormErrors, can_sign: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Decision"))
        self.can_sign = can_sign
        self.approve_button = QPushButton(self.tr("Approve and sign"))
        self.approve_button.setObjectName("approve_plan")
        if not can_sign:
            self.approve_button.setToolTip(self.tr(
                "Approving needs this computer's key store, which is not available now."))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("return_comment")
        self.comment.setPlaceholderText(self.tr("What should the author change?"))
        self.comment.setMaximumHeight(90)
        self.return_button = QPushButton(self.tr("Return to the author"))
        self.return_button.setObjectName("return_plan")
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        form = FieldForm(self)
        form.addRow(self.tr("Comment for the author"), errors.wrap("comment", self.comment))
        form.addRow(buttons)
        self.set_open(False)

    def set_open(self, has_plan: bool) -> None:
        """Decisions are possible only while a plan is open (read) here."""
        self.approve_button.setEnabled(has_plan and self.can_sign)
        self.return_button.setEnabled(has_plan)
        self.comment.setEnabled(has_plan)

    def set_busy(self, busy: bool, has_plan: bool) -> None:
        if busy:
            self.approve_button.setEnabled(False)
            self.return_button.setEnabled(False)
        else:
            self.set_open(has_plan)
