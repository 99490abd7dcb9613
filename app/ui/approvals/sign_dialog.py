"""Before a signature: what is being signed, and the director's own password.

    dialog = SignDialog(parent, signer, lines, total)
    dialog.sign_requested.connect(check_password_then_sign)   # str: the password typed
    dialog.open()          # window-modal, returns at once; dialog.show_error(...) / accept()

The dialog names each plan (pupil, semester, total cost) and the sum; "Sign" stays inside
the dialog until the screen reports the password was right (then `accept()`), so a wrong
password is said where it was typed and nothing is signed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_form import FieldForm
from app.ui.form_errors import ERROR_STYLE


class SignDialog(QDialog):
    sign_requested = Signal(str)

    def __init__(self, parent: QWidget, signer: str, lines: list[str], total: str) -> None:
        super().__init__(parent)
        self.setObjectName("sign_dialog")
        self.setWindowTitle(self.tr("Approve and sign"))
        intro = QLabel(self.tr("You sign with your name (%1) and this computer's key:")
                       .replace("%1", signer))
        intro.setWordWrap(True)
        self.what = QLabel("\n".join(lines))
        self.what.setObjectName("signed_content")
        self.what.setWordWrap(True)
        self.total = QLabel(self.tr("Total cost: %1").replace("%1", total))
        self.total.setObjectName("signed_total")
        self.total.setStyleSheet("font-weight: bold")
        self.password = QLineEdit()
        self.password.setObjectName("sign_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Your password"))
        self.error = QLabel()
        self.error.setObjectName("sign_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.sign_button = QPushButton(self.tr("&Sign"))
        self.sign_button.setObjectName("sign_button")
        self.sign_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_button.clicked.connect(self._sign)
        self.cancel_button.clicked.connect(self.reject)
        form = FieldForm()
        form.addRow(self.tr("Your password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.what)
        layout.addWidget(self.total)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _sign(self) -> None:
        if not self.password.text():
            self.show_error(self.tr("Type your password to sign."))
            return
        self.error.hide()
        self.set_busy(True)
        self.sign_requested.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.sign_button.setEnabled(not busy)
        self.password.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.password.clear()
        self.password.setFocus()
        self.error.setText(text)
        self.error.show()
