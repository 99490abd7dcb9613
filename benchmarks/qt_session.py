"""A Qt application set up as the desktop app sets it up (app.ui.desktop.run_desktop), and a
way to wait until every database job and the callbacks it triggers are done."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from app.models.database import open_school_database
from app.services.core.store import Store
from app.services.school.calendar import current_semester, school_info
from app.ui.context import UiContext
from app.ui.fonts import load_fonts
from app.ui.main_thread_gc import MainThreadGarbageCollector
from app.ui.tasks import DatabaseWorker, Worker
from app.ui.translation import install_translator
from benchmarks.data import TODAY, actor, school_secrets

_keep: list[Any] = []


def application(lang: str = "lv") -> QApplication:
    app = QApplication.instance() or QApplication(["pumpurs-bench"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Pumpurs")
    _keep.append(MainThreadGarbageCollector(app))
    load_fonts(app)
    _keep.append(install_translator(app, lang))
    return app


def context(path: Path, username: str = "koordinators", lang: str = "lv") -> UiContext:
    """Open the school as the app does (keyed, migrated to head) and sign `username` in."""
    secrets = school_secrets(path)
    store = Store(open_school_database(path, secrets))
    return UiContext(store, actor(store, username), DatabaseWorker(), school_info(store),
                     current_semester(store, TODAY), lang, secrets)


def settle(app: QApplication, worker: Worker) -> None:
    """Until the worker is idle and every result it produced has been delivered (a callback
    that starts another job is waited for too)."""
    while True:
        worker.pool.waitForDone(-1)
        app.processEvents()
        if worker.pool.activeThreadCount() == 0 and worker.pool.waitForDone(0):
            app.processEvents()
            if worker.pool.activeThreadCount() == 0:
                return
