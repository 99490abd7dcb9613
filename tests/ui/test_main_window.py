"""The main window shows each role only its screens and opens pupil cards from any of them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.students.students_screen import StudentsScreen
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext


def titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


@pytest.mark.parametrize(("who", "expected"), [
    ("teacher", ["Mans darbs", "Skolēni", "Plāni"]),
    ("support", ["Mans darbs", "Skolēni", "Plāni", "Konsultācijas"]),
    ("coordinator", ["Mans darbs", "Skolēni", "Plāni", "Pārskati", "Sinhronizācija",
                     "Audita žurnāls", "Iestatījumi"]),
    ("director", ["Mans darbs", "Skolēni", "Plāni", "Apstiprināšana", "Pārskati",
                  "Audita žurnāls", "Iestatījumi"]),
    ("admin", ["Mans darbs", "Audita žurnāls", "Iestatījumi"]),
])
def test_navigation_by_role(make_ctx: MakeContext, qtbot: QtBot, who: str,
                            expected: list[str]) -> None:
    window = MainWindow(make_ctx(who))
    qtbot.addWidget(window)
    assert titles(window) == expected
    assert "Semestris 2026/2027-1" in window.semester_label.text()
    qtbot.waitUntil(lambda: "vēl nav iestatīta" in window.sync_label.text())


def test_a_student_card_opens_from_another_screen(make_ctx: MakeContext, qtbot: QtBot,
                                                school: SchoolFixture) -> None:
    window = MainWindow(make_ctx("coordinator"))
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(window.row_of("plans"))
    anna = school.student_ids["Anna Ēcere"]
    window.open_student(anna)
    students = window.screen_at(window.row_of("pupils"))
    assert isinstance(students, StudentsScreen)
    card = students.cards[anna]
    qtbot.waitUntil(lambda: "Ēcere" in card.windowTitle())
    tab_names = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert tab_names[:3] == ["Pārskats", "Riska izvērtējums", "Atbalsta plāns"]
    assert window.close_cards()
    qtbot.waitUntil(lambda: anna not in students.cards)
