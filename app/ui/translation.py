"""Qt translations: English source strings, Latvian (default) from resources/i18n/*.ts.

Qt's own strings (file dialogs, the text fields' context menu, standard buttons) come from
the qtbase_<lang>.qm that ships with PySide6; the app's translator falls back to it, so one
translator object is installed and removed.

The .qm files are compiled from the .ts files at build time (`make`); if one is missing or
older than its .ts (a fresh checkout run without make), it is compiled here with the
lrelease that ships with PySide6. A frozen build (PyInstaller, `sys.frozen`) trusts its .qm
as built: copying the bundle reorders file times, and there is no lrelease in it.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from app.paths import resource_path

log = logging.getLogger(__name__)


def ts_path(lang: str) -> Path:
    return resource_path("i18n", f"pumpurs_{lang}.ts")


def compile_translation(lang: str) -> Path | None:
    ts = ts_path(lang)
    qm = ts.with_suffix(".qm")
    if getattr(sys, "frozen", False):
        return qm if qm.exists() else None
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return None
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    lrelease = lrelease or shutil.which("pyside6-lrelease")
    if lrelease is None:
        log.warning("pyside6-lrelease not found; %s stays uncompiled", ts)
        return None
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class UiTranslator(QTranslator):
    """The app's strings, then Qt's own (qtbase_<lang>.qm) for what the app does not have."""

    def __init__(self, parent: QObject, lang: str) -> None:
        super().__init__(parent)
        self.qt = QTranslator(self)
        if not self.qt.load(f"qtbase_{lang}", str(qt_translations_dir())):
            log.warning("Qt's own %s translation (qtbase_%s.qm) not found", lang, lang)

    def translate(self, context: str, source: str,
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        found = found or self.qt.translate(context, source, disambiguation, n)
        # None reaches Qt as a null QString ("not translated here": Qt and PySide's tr()
        # then try the next context or keep the source); "" would mean "translated as empty".
        return found or None

    def isEmpty(self) -> bool:
        return super().isEmpty() and self.qt.isEmpty()


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Install the translator for `lang` ("lv" or "en"); returns it so it can be removed."""
    QLocale.setDefault(QLocale(QLocale.Language.Latvian if lang == "lv"
                               else QLocale.Language.English, QLocale.Country.Latvia))
    if lang == "en":
        return None
    qm = compile_translation(lang)
    translator = UiTranslator(app, lang)
    if qm is None or not translator.load(str(qm)):
        log.warning("no %s translation loaded; the UI shows English", lang)
        return None
    app.installTranslator(translator)
    return translator
