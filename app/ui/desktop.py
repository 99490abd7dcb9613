"""Starting the desktop app: Qt, fonts, language, the database key, sign-in, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from app.errors import AppError
from app.i18n import render
from app.key_slots import has_key_slots, slots_path
from app.machine_install import machine_install
from app.secrets import SecretStore, SecretStoreChoice, secret_store_for
from app.services.core.actor import Actor
from app.services.core.store import Store, open_store
from app.services.school.calendar import current_semester, school_info
from app.services.users import MachineSignIn, auth
from app.ui.context import UiContext
from app.ui.first_run.wizard import run_first_run
from app.ui.fonts import load_fonts
from app.ui.idle_lock import IdleLock
from app.ui.login_dialog import LoginDialog, SignIn
from app.ui.main_thread_gc import MainThreadGarbageCollector
from app.ui.main_window import MainWindow
from app.ui.mnemonics import Mnemonics
from app.ui.tasks import DatabaseWorker
from app.ui.translation import install_translator
from app.ui.wheel_guard import WheelGuard

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


Announce = Callable[[str], str]  # a sentence in the language given, "" for none


def _sign_in(app: QApplication, sign_in: SignIn, school: str,
             lang: str) -> tuple[Actor, str] | None:
    """Show the login until someone signs in or quits; a language switch re-opens it."""
    translator = install_translator(app, lang)
    while True:
        dialog = LoginDialog(school, sign_in, lang)
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


def silent(_lang: str) -> str:
    return ""


def key_store_notice(choice: SecretStoreChoice) -> Announce:
    """The sentence that announces a key-store fallback, rendered in the language of the
    moment it is shown (the person may switch language at the login); none for the keyring."""
    return choice.announcement if choice.fallback else silent


def _open_store(db: Path, lang: str, mode: str, plaintext: bool
                ) -> tuple[Store, SecretStore | None, Announce]:
    """Open the database with its key; returns the store, the key store and the notice."""
    announce: Announce = silent
    secrets = None
    if not plaintext:
        choice = secret_store_for(db, mode, lang, _ask_passphrase, log.info)
        secrets = choice.store
        announce = key_store_notice(choice)
    return open_store(db, secrets, plaintext=plaintext), secrets, announce


def _work_session(app: QApplication, ctx: UiContext) -> bool:
    """Show the main window until it closes; True if the person was signed out by the idle
    lock (back to the login), False if they closed the window (quit)."""
    window = MainWindow(ctx)
    lock = IdleLock(window, ctx, ctx.school.idle_lock_minutes)
    window.idle_lock_changed.connect(lock.set_minutes)
    signed_out: list[bool] = []

    def sign_out() -> None:
        signed_out.append(True)
        window.close()

    lock.signed_out.connect(sign_out)
    window.lock_requested.connect(lock.lock)
    window.sign_out_requested.connect(sign_out)
    window.show()
    app.exec()
    lock.stop()
    ctx.shutdown()
    return bool(signed_out)


def run_desktop(db: Path, lang: str, mode: str, plaintext: bool) -> int:
    logging.basicConfig(level=logging.INFO)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Pumpurs")
    collector = MainThreadGarbageCollector(app)  # noqa: F841 — lives as long as the app
    wheel_guard = WheelGuard(app)  # noqa: F841 — lives as long as the app
    mnemonics = Mnemonics(app)  # noqa: F841 — lives as long as the app
    load_fonts(app)
    sys.excepthook = _excepthook
    if not db.exists():
        if plaintext:
            QMessageBox.critical(None, "Pumpurs", render("cli.db_not_found", lang, path=db))
            return 2
        outcome = run_first_run(app, lang, default_path=db)
        if outcome is None:
            return 0
        db, lang = outcome.path, outcome.lang
    if not plaintext and has_key_slots(db):
        return _run_shared(app, db, lang)
    try:
        store, secrets, announce = _open_store(db, lang, mode, plaintext)
    except AppError as exc:
        QMessageBox.critical(None, "Pumpurs", exc.text(lang))
        return 2
    try:
        school = school_info(store)
        while True:
            signed_in = _sign_in(app, lambda u, p: auth.sign_in(store, u, p), school.name,
                                 lang)
            if signed_in is None:
                return 0
            actor, lang = signed_in
            # the key file is said calmly where it matters (Settings → Backup, About), not as
            # a red line at every sign-in; in the language the person chose
            ctx = UiContext(store, actor, DatabaseWorker(), school_info(store),
                            current_semester(store), lang, secrets,
                            key_store_note=announce(lang))
            if not _work_session(app, ctx):
                return 0
    finally:
        store.close()


def _run_shared(app: QApplication, db: Path, lang: str) -> int:
    """The per-machine database: each sign-in opens it with the person's key slot and
    each sign-out closes it again, so its key is in memory only while someone works."""
    shared = machine_install()
    school_name = shared.school_name if shared is not None else "Pumpurs"
    while True:
        opener = MachineSignIn(db)
        try:
            signed_in = _sign_in(app, opener, school_name, lang)
            if signed_in is None or opener.store is None:
                return 0
            actor, lang = signed_in
            store = opener.store
            ctx = UiContext(store, actor, DatabaseWorker(), school_info(store),
                            current_semester(store), lang, opener.slots,
                            key_store_note=render("store.using_slots", lang,
                                                  path=slots_path(db)))
            if not _work_session(app, ctx):
                return 0
        except AppError as exc:  # the key-slot file is missing or damaged
            QMessageBox.critical(None, "Pumpurs", exc.text(lang))
            return 2
        finally:
            opener.close()
