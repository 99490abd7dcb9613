"""The Pupils screen filtered by the imported indicators' level (early warning), as the
coordinator and as a class teacher (their classes only)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.models.enums import RiskLevel
from app.services.early_warning import indicator_levels
from tests.builders.attendance_files import eklase_csv, import_attendance
from tests.builders.early_warning import OCTOBER, TODAY
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_students import open_screen, shown_column


def test_the_pupils_list_filters_by_the_indicator_level(
        school: SchoolFixture, make_ctx: MakeContext, qtbot: QtBot, tmp_path: Path) -> None:
    # October: Anna 13,3 % and Laura 21 unjustified HIGH, Pēteris 20 % HIGH (assessed or not,
    # the list shows the level), Oskars 6 % MEDIUM, Elīza 2 % but 1 unjustified LOW
    import_attendance(school.store, school.actors["coordinator"],
                      eklase_csv(tmp_path / "oktobris.csv", OCTOBER), "2026-10", TODAY)
    levels = indicator_levels(school.store, school.actors["coordinator"], "2026/2027")
    assert {n: levels[i] for n, i in school.student_ids.items()} == {
        "Anna Ēcere": RiskLevel.HIGH, "Pēteris Šmits": RiskLevel.HIGH,
        "Laura Ķemere": RiskLevel.HIGH, "Oskars Lūsis": RiskLevel.MEDIUM,
        "Elīza Ņikitina": RiskLevel.LOW}

    screen = open_screen(make_ctx("coordinator"), qtbot)
    bar = screen.filters
    bar.select(bar.indicator_combo, RiskLevel.HIGH)
    assert shown_column(screen, 0) == ["Ēcere", "Ķemere", "Šmits"]
    bar.select(bar.indicator_combo, RiskLevel.MEDIUM)
    assert shown_column(screen, 0) == ["Ēcere", "Ķemere", "Lūsis", "Šmits"]
    assert bar.indicator_combo.itemText(1) == "Rādītāji: piesardzība vai augstāk"
    bar.select(bar.indicator_combo, None)
    assert screen.proxy.rowCount() == 5

    teacher = open_screen(make_ctx("teacher2"), qtbot)
    teacher.filters.select(teacher.filters.indicator_combo, RiskLevel.MEDIUM)
    assert shown_column(teacher, 0) == ["Lūsis"]


def test_who_may_not_screen_has_no_indicator_filter(school: SchoolFixture,
                                                    make_ctx: MakeContext, qtbot: QtBot) -> None:
    screen = open_screen(make_ctx("director"), qtbot)
    assert not screen.filters.indicator_combo.isVisibleTo(screen)
    assert screen.proxy.rowCount() == 5
