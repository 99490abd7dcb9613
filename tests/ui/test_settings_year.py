"""Settings → School year: the preview of opening 2027/2028, a repeater ticked, the year
opened in the background; Settings → Classes refuses to archive a class with pupils."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import SchoolClass, Student
from app.ui.settings.settings_screen import SettingsScreen
from app.ui.settings.year_dialog import YearOpeningDialog
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_students import click


def _screen(qtbot: QtBot, make_ctx: MakeContext, who: str) -> SettingsScreen:
    asked: list[str] = []
    screen = SettingsScreen(make_ctx(who), confirm=lambda _w, text: asked.append(text) or True)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_open_the_next_school_year_from_settings(qtbot: QtBot, make_ctx: MakeContext,
                                                 school: SchoolFixture) -> None:
    screen = _screen(qtbot, make_ctx, "coordinator")
    tab = screen.year_tab
    assert tab is not None
    screen.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.open_button.isEnabled())
    assert tab.table.rowCount() == 4
    dialog = tab.open_dialog()
    assert isinstance(dialog, YearOpeningDialog)
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled())
    assert "Mācību gads 2027/2028 seko gadam 2026/2027" in dialog.summary.text()
    assert [dialog.classes.item(i).text() for i in range(dialog.classes.count())] == [
        "5.a → 6.a (3)", "6.b → 7.b (2)"]
    dialog.choose(dialog.repeaters, "Laura Ķemere")
    with qtbot.waitSignal(dialog.opened, timeout=20000):
        click(qtbot, dialog.open_button)
    assert "pārcelti 4, atstāti uz otru gadu 1" in dialog.message.text()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 6)
    with school.store.read() as s:
        laura = s.get(Student, school.student_ids["Laura Ķemere"])
        assert laura is not None
        row = s.get(SchoolClass, laura.class_id)
        assert row is not None and row.name == "5.a" and row.id != school.class_ids["5.a"]
        assert s.scalar(select(SchoolClass.id).where(SchoolClass.name == "7.b")) is not None


def test_a_class_with_pupils_is_not_archived(qtbot: QtBot, make_ctx: MakeContext) -> None:
    screen = _screen(qtbot, make_ctx, "admin")
    tab = screen.classes_tab
    assert tab is not None
    screen.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2)
    assert [tab.table.item(r, 1).text() for r in range(2)] == ["Ilze Kalniņa", "Māris Ozols"]
    tab.table.selectRow(tab.row_of("5.a"))
    click(qtbot, tab.archive_button)
    qtbot.waitUntil(lambda: "nevar arhivēt" in tab.message.text())
    assert tab.table.rowCount() == 2


def test_the_semester_dates_are_edited_and_checked(qtbot: QtBot, make_ctx: MakeContext,
                                                   school: SchoolFixture) -> None:
    screen = _screen(qtbot, make_ctx, "coordinator")
    tab = screen.year_tab
    assert tab is not None
    screen.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.dates_button.isEnabled())
    dialog = tab.edit_dates()
    assert dialog is not None and dialog.windowTitle() == "2026/2027 semestru datumi"
    first_end, second_start = dialog.edits[1][1], dialog.edits[2][0]
    first_end.setDate(QDate(2027, 1, 20))  # overlaps semester II
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.errors.message("semester2") != "")
    assert "jāsākas pēc 1. semestra beigām" in dialog.errors.message("semester2")
    second_start.setDate(QDate(2027, 1, 21))
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: tab.table.item(3, 1) is not None
                    and tab.table.item(3, 1).text() == "21.01.2027")
    assert tab.table.item(2, 2).text() == "20.01.2027"
