"""UI tests run offscreen with the bundled font and the Latvian translation installed."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from app.secrets import SecretStore
from app.services.school.calendar import current_semester, school_info
from app.ui.context import UiContext
from app.ui.fonts import load_fonts
from app.ui.main_thread_gc import MainThreadGarbageCollector
from app.ui.tasks import DatabaseWorker
from app.ui.translation import install_translator
from app.ui.wheel_guard import WheelGuard
from tests.builders.catalogue import CatalogueFixture, load_test_catalogue
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["pumpurs-tests"]


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc(qapp: QApplication) -> Iterator[None]:
    """As in the app: cyclic garbage (which may hold widgets) is collected on the GUI thread
    only, never by the database worker thread."""
    collector = MainThreadGarbageCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(scope="session", autouse=True)
def wheel_guard(qapp: QApplication) -> WheelGuard:
    """As in the app: the wheel changes a combo or spin box only when it has focus."""
    return WheelGuard(qapp)


@pytest.fixture(autouse=True)
def latvian_ui(qapp: QApplication) -> Iterator[None]:
    load_fonts(qapp, 10)  # one size for every test; tests/ui/test_fonts.py reads the system's
    translator = install_translator(qapp, "lv")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)
    gc.collect()  # this test's widgets go now, on the GUI thread


@pytest.fixture
def catalogue(school: SchoolFixture) -> CatalogueFixture:
    return load_test_catalogue(school.store, school)


@pytest.fixture
def make_ctx(school: SchoolFixture, catalogue: CatalogueFixture) -> Iterator[MakeContext]:
    """`make_ctx("teacher")` → a UiContext signed in as that fixture user, today 23.11.2026;
    `secrets=` gives it a SecretStore (the director's signing key for approvals)."""
    made: list[UiContext] = []

    def make(who: str, lang: str = "lv", secrets: SecretStore | None = None) -> UiContext:
        ctx = UiContext(school.store, school.actors[who], DatabaseWorker(),
                        school_info(school.store),
                        current_semester(school.store, date(2026, 11, 23)), lang, secrets)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.shutdown()
