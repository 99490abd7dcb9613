"""UI tests run offscreen with the bundled font and the Latvian translation installed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.fonts import load_fonts
from app.ui.translation import install_translator


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["pumpurs-tests"]


@pytest.fixture(autouse=True)
def latvian_ui(qapp: QApplication) -> Iterator[None]:
    load_fonts(qapp)
    translator = install_translator(qapp, "lv")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)
