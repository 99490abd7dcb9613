"""The first-run wizard and the one function the desktop start-up calls when there is no
database yet:

    path = run_first_run_wizard(app, lang)   # None: the person cancelled
    if path is not None: ... open it as usual (secret store, sign-in)

Pages: welcome and language → school → first administrator → who uses this computer
(only this user, or every account: the per-machine mode), database location and key
store → creation, with the recovery key shown once (and its printable sheet saved as a PDF).
The key store, "today" and the PDF file dialogs are injectable for tests
(`FirstRunWizard(lang, keyring_backend=MemoryKeyring(), pdf_files=PdfFiles(...), ...)`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from app.paths import default_database_path
from app.services.school.creation import CreatedSchool, CreationRequest
from app.ui.first_run.create_page import CreatePage
from app.ui.first_run.location_page import LocationPage
from app.ui.first_run.pages import AdminPage, SchoolPage, WelcomePage
from app.ui.pdf_export import PdfFiles
from app.ui.tasks import DatabaseWorker
from app.ui.translation import install_translator


class FirstRunWizard(QWizard):
    def __init__(self, lang: str = "lv", *, default_path: Path | None = None,
                 keyring_backend: KeyringBackend | None = None, today: date | None = None,
                 pdf_files: PdfFiles | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.requested_language: str | None = None
        self._backend = keyring_backend
        self._today = today
        self.worker = DatabaseWorker()
        self.setWindowTitle(self.tr("Pumpurs — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome_page = WelcomePage(lang, self._switch_language)
        self.school_page = SchoolPage(lang)
        self.admin_page = AdminPage(lang)
        self.location_page = LocationPage(lang, default_path or default_database_path(),
                                     keyring_backend)
        self.create_page = CreatePage(lang, self.worker, self._request, pdf_files)
        for page in (self.welcome_page, self.school_page, self.admin_page,
                     self.location_page, self.create_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.create_page.completeChanged.connect(self._guard_cancel)
        self.resize(720, 560)

    @property
    def created(self) -> CreatedSchool | None:
        return self.create_page.result

    def _request(self) -> CreationRequest:
        return CreationRequest(self.location_page.database_path(), self.school_page.value(),
                               self.admin_page.value(), self._today or date.today(),
                               self.location_page.chosen_passphrase(), self._backend,
                               self.location_page.per_machine())

    def _switch_language(self, lang: str) -> None:
        """The whole wizard changes language: close, and the caller re-opens it in `lang`."""
        if lang != self.lang:
            self.requested_language = lang
            self.reject()

    def _guard_cancel(self) -> None:
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.setEnabled(not self.create_page.must_stay())

    def reject(self) -> None:
        if self.create_page.must_stay():
            return  # creating, or the recovery key is not confirmed stored yet
        self.worker.wait()
        super().reject()

    def accept(self) -> None:
        self.worker.wait()
        super().accept()


@dataclass(frozen=True)
class FirstRunOutcome:
    path: Path
    lang: str  # the language chosen in the wizard
    created: CreatedSchool


def run_first_run(app: QApplication, lang: str, *, default_path: Path | None = None,
                  keyring_backend: KeyringBackend | None = None) -> FirstRunOutcome | None:
    """Show the wizard (modal) until the school is created or the person cancels."""
    while True:
        translator = install_translator(app, lang)
        wizard = FirstRunWizard(lang, default_path=default_path,
                                keyring_backend=keyring_backend)
        accepted = wizard.exec()
        if translator is not None:
            app.removeTranslator(translator)
        if wizard.requested_language and wizard.created is None:
            lang = wizard.requested_language
            continue
        created = wizard.created
        if not accepted or created is None:
            return None
        return FirstRunOutcome(created.path, lang, created)


def run_first_run_wizard(app: QApplication, lang: str) -> Path | None:
    """The new database's path, or None when the person cancelled the wizard."""
    outcome = run_first_run(app, lang)
    return None if outcome is None else outcome.path
