"""The wizard's first pages: welcome and language, the school's details, the first admin.

Each page checks its fields with the same rules the set-up service uses (no database yet) and
shows every problem under its field before it lets the person go on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWizardPage

from app.errors import ValidationError
from app.services.school.setup import (
    FirstAdminInput,
    SchoolSetupInput,
    first_admin_problems,
    setup_problems,
)
from app.ui.field_form import FieldForm
from app.ui.form_errors import FormErrors

LANGUAGES = (("lv", "Latviešu"), ("en", "English"))


def _line(name: str, password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class WelcomePage(QWizardPage):
    """What the wizard does, and the language; a change re-opens the wizard in it."""

    def __init__(self, lang: str, on_language: Callable[[str], None]) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Pumpurs"))
        intro = QLabel(self.tr(
            "This wizard sets up Pumpurs on this computer: it records your school's details, "
            "creates the first administrator account and an encrypted database. At the end "
            "it shows a recovery key once — have paper and a pen ready."))
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(0 if lang == "lv" else 1)
        self.language.currentIndexChanged.connect(
            lambda _i: on_language(self.language.currentData()))
        form = FieldForm()
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)


class SchoolPage(QWizardPage):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Your school"))
        self.setSubTitle(self.tr("As written in the register of educational institutions."))
        self.errors = FormErrors(lang)
        self.name = _line("school_name")
        self.registration_number = _line("registration_number")
        self.registration_number.setPlaceholderText(self.tr("10 or 11 digits"))
        self.municipality = _line("municipality")
        self.municipality.setPlaceholderText(self.tr("for example, Dienvidkurzemes novads"))
        form = FieldForm(self)
        form.addRow(self.tr("School name"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("Registration number"),
                    self.errors.wrap("registration_number", self.registration_number))
        form.addRow(self.tr("Municipality"), self.errors.wrap("municipality", self.municipality))
        form.addRow(self.errors.general)

    def value(self) -> SchoolSetupInput:
        return SchoolSetupInput(self.name.text(), self.registration_number.text(),
                                self.municipality.text())

    def validatePage(self) -> bool:
        problems = setup_problems(self.value())
        if problems:
            self.errors.show(ValidationError(problems))
            return False
        self.errors.clear()
        return True


class AdminPage(QWizardPage):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr(
            "The administrator manages user accounts and the school's settings. Other staff "
            "get their accounts from the administrator later."))
        self.errors = FormErrors(lang)
        self.username = _line("username")
        self.full_name = _line("full_name")
        self.password = _line("password", password=True)
        self.confirm = _line("password_confirm", password=True)
        form = FieldForm(self)
        form.addRow(self.tr("User name"), self.errors.wrap("username", self.username))
        form.addRow(self.tr("Full name"), self.errors.wrap("full_name", self.full_name))
        form.addRow(self.tr("Password"), self.errors.wrap("password", self.password))
        form.addRow(self.tr("Repeat the password"),
                    self.errors.wrap("password_confirm", self.confirm))
        form.addRow(self.errors.general)

    def value(self) -> FirstAdminInput:
        return FirstAdminInput(self.username.text(), self.full_name.text(),
                               self.password.text(), self.confirm.text())

    def validatePage(self) -> bool:
        problems = first_admin_problems(self.value())
        if problems:
            self.errors.show(ValidationError(problems))
            return False
        self.errors.clear()
        return True
