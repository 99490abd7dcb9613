"""The idle lock screen: "Locked — enter your password" for the signed-in person.

A separate application-modal window over the main window, so every window underneath (the
main window and any open dialog, modal or not) keeps its state and unsaved edits. A right
password emits `unlocked`; a wrong one says so; once the account is locked out (or was
deactivated) only "Sign out" is left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AuthenticationFailed
from app.services.users import auth
from app.ui.context import UiContext
from app.ui.field_form import FieldForm
from app.ui.form_errors import ERROR_STYLE
from app.ui.tasks import Op


class LockScreen(QWidget):
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self._may_close = False
        self.op: Op | None = None
        self.setObjectName("lock_screen")
        self.setWindowTitle(self.tr("Pumpurs — locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.heading = QLabel(self.tr("Locked — enter your password"))
        self.heading.setObjectName("lock_heading")
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 6)
        self.heading.setFont(font)
        self.who = QLabel(f"{ctx.actor.full_name} ({ctx.actor.username})")
        self.password = QLineEdit()
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.error = QLabel()
        self.error.setObjectName("unlock_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out = QPushButton(self.tr("Sign out"))
        self.sign_out.setObjectName("sign_out")
        self.sign_out.clicked.connect(self.sign_out_requested)
        self.form = QWidget()
        form = FieldForm(self.form)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out)
        buttons.addWidget(self.unlock_button)
        box = QWidget()
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        for widget in (self.heading, self.who, self.form, self.error):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.password.setFocus()

    def try_unlock(self) -> None:
        if self.op is not None or not self.unlock_button.isVisible():
            return
        typed = self.password.text()
        if not typed:
            self.error.setText(self.tr("Password: enter your password to unlock."))
            return
        store, actor = self.ctx.store, self.ctx.actor

        def check(_progress: object, _cancel: object) -> tuple[bool, AuthenticationFailed | None]:
            if auth.verify_password_for_unlock(store, actor, typed):
                return True, None
            return False, auth.unlock_refusal(store, actor)

        self.unlock_button.setEnabled(False)
        self.op = Op(self, self.ctx.worker, check).success(self._answer).failure(self._failed)
        self.op.start()

    def _answer(self, answer: tuple[bool, AuthenticationFailed | None]) -> None:
        self.op = None
        self.unlock_button.setEnabled(True)
        self.password.clear()
        ok, refusal = answer
        if ok:
            self.error.clear()
            self.unlocked.emit()
        elif refusal is not None:
            self.only_sign_out(refusal.text(self.ctx.lang))
        else:
            self.error.setText(self.tr("Password: it is not correct — check it and try again."))
            self.password.setFocus()

    def _failed(self, exc: Exception) -> None:
        self.op = None
        self.unlock_button.setEnabled(True)
        self.error.setText(str(exc))

    def only_sign_out(self, message: str) -> None:
        self.error.setText(message)
        self.form.hide()
        self.unlock_button.hide()
        self.sign_out.setDefault(True)
        self.sign_out.setFocus()

    def dismiss(self) -> None:
        self._may_close = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()  # only the password or "Sign out" leave the lock screen
