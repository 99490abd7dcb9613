"""Starting the desktop app: Qt, fonts, language, the database key, sign-in, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from app.cli import secret_store_for
from app.errors import AppError
from app.models.database import open_school_database
from app.services import auth
from app.services.actor import Actor
from app.services.school import current_semester, school_info
from app.services.store import Store
from app.ui.context import UiContext
from app.ui.fonts import load_fonts
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.qt_workarounds import install_emit_fix
from app.ui.tasks import DatabaseWorker
from app.ui.translation import install_translator

log = logging.getLogger("pumpurs")


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    report = "".join(traceback.format_exception(kind, exc, tb))
    log.error("unexpected error\n%s", report)
    box = QMessageBox(QMessageBox.Icon.Critical, "Pumpurs",
                      QApplication.translate("desktop", "Something went wrong. Nothing you "
                                             "saved before is lost. Copy the report below and "
                                             "send it to your administrator."))
    box.setDetailedText(report)
    box.exec()


def _ask_passphrase(prompt: str) -> str | None:
    text, ok = QInputDialog.getText(None, "Pumpurs", prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def _sign_in(app: QApplication, store: Store, school: str, lang: str,
             announcement: str) -> tuple[Actor, str] | None:
    """Show the login until someone signs in or quits; a language switch re-opens it."""
    translator = install_translator(app, lang)
    while True:
        dialog = LoginDialog(school, lambda u, p: auth.sign_in(store, u, p), lang)
        if announcement:
            dialog.error.setText(announcement)
        accepted = dialog.exec()
        if dialog.requested_language:
            if translator is not None:
                app.removeTranslator(translator)
            lang = dialog.requested_language
            translator = install_translator(app, lang)
            continue
        if not accepted or dialog.actor is None:
            return None
        return dialog.actor, lang


def run_desktop(db: Path, lang: str, mode: str, plaintext: bool) -> int:
    logging.basicConfig(level=logging.INFO)
    install_emit_fix()  # PySide6 6.12 loses a reference to True per emitted signal
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Pumpurs")
    load_fonts(app)
    sys.excepthook = _excepthook
    try:
        announcement = ""
        secrets = None
        if not plaintext:
            choice = secret_store_for(db, mode, lang, _ask_passphrase, log.info)
            secrets = choice.store
            announcement = choice.announcement(lang) if choice.fallback else ""
        store = Store(open_school_database(db, secrets, plaintext=plaintext))
    except AppError as exc:
        QMessageBox.critical(None, "Pumpurs", exc.text(lang))
        return 2
    school = school_info(store)
    semester = current_semester(store)
    signed_in = _sign_in(app, store, school.name, lang, announcement)
    if signed_in is None:
        store.close()
        return 0
    actor, lang = signed_in
    worker = DatabaseWorker()
    window = MainWindow(UiContext(store, actor, worker, school, semester, lang, secrets))
    window.show()
    code = app.exec()
    worker.wait()
    store.close()
    return code
