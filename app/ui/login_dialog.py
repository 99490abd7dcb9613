"""Sign-in: user name and password, a clear message on failure, the language switch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.services.core.actor import Actor
from app.ui.field_form import FieldForm

SignIn = Callable[[str, str], Actor]


class LoginDialog(QDialog):
    """Asks for credentials and calls `sign_in`; `actor` is set when it succeeds."""

    def __init__(self, school_name: str, sign_in: SignIn, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign_in, self._lang = sign_in, lang
        self.actor: Actor | None = None
        self.requested_language: str | None = None
        self.setWindowTitle(self.tr("Pumpurs — sign in"))
        self.school = QLabel(school_name)
        self.school.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        self.language.addItem("Latviešu", "lv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "lv" else 1)
        self.language.currentIndexChanged.connect(self._switch_language)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = FieldForm()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Language"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.school)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def _switch_language(self, _index: int) -> None:
        """The whole UI changes language: close, and the caller re-opens the login in it."""
        self.requested_language = self.language.currentData()
        self.reject()

    def try_sign_in(self) -> None:
        username = self.username.text().strip()
        if not username:
            self.error.setText(self.tr("User name: enter your user name."))
            return
        try:
            self.actor = self._sign_in(username, self.password.text())
        except AppError as exc:
            self.password.clear()
            self.error.setText(exc.text(self._lang))
            return
        self.accept()
