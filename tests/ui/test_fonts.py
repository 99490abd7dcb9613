"""The person's text size is respected: the app font is DejaVu Sans (Latvian letters) at the
system's general font size, and the card's heading grows with it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.fonts import FAMILY, load_fonts
from app.ui.student_card.card import StudentCard, basic_tabs
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext


@pytest.fixture
def restored_font(qapp: QApplication) -> Iterator[None]:
    yield
    load_fonts(qapp, 10)


def test_the_app_font_takes_the_systems_size(qapp: QApplication, restored_font: None) -> None:
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    assert load_fonts(qapp) == FAMILY
    assert qapp.font().family() == FAMILY and qapp.font().pointSizeF() == system


def test_a_larger_text_size_makes_the_card_heading_larger(
        qapp: QApplication, restored_font: None, qtbot: QtBot, make_ctx: MakeContext,
        school: SchoolFixture) -> None:
    load_fonts(qapp, 16)
    card = StudentCard(make_ctx("coordinator"), school.student_ids["Anna Ēcere"], basic_tabs())
    qtbot.addWidget(card)
    assert card.name.font().pointSizeF() == pytest.approx(16 * 1.6)
    assert card.class_label.font().pointSizeF() == 16
