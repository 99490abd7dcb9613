"""The self-test's window check: Qt starts, the Latvian translation loads, and the sign-in
window shows its Latvian title. On a machine without a display it runs offscreen.

It lives in app/ui (the only place besides app/main.py that imports Qt); `pumpurs self-test`
adds it when PySide6 can be imported.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.errors import AppError
from app.services.core.actor import Actor
from app.ui.login_dialog import LoginDialog
from app.ui.translation import install_translator

ENGLISH_TITLE = "Pumpurs — sign in"


def _no_display() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _refuse(user: str, password: str) -> Actor:
    raise AppError("auth.failed")


def sign_in_window_title(lang: str = "lv") -> str:
    """The sign-in window's title in `lang`, from a window built and closed here."""
    if QApplication.instance() is None and _no_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "pumpurs"])
    assert isinstance(app, QApplication)
    translator = install_translator(app, lang)
    try:
        dialog = LoginDialog("Pašpārbaude", _refuse, lang)
        title = dialog.windowTitle()
        dialog.deleteLater()
    finally:
        if translator is not None:
            app.removeTranslator(translator)
    return title


def sign_in_window_check(folder: Path) -> str:
    """Raises when the window is not in Latvian; returns its title for the report."""
    title = sign_in_window_title("lv")
    if title == ENGLISH_TITLE:
        raise RuntimeError("the sign-in window is in English (no Latvian translation loaded)")
    return title
