"""The pupil card's charts: risk levels per category over the semesters (computed as the
assessment computes them) and the semester plan's euro planned against delivered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.models.enums import RiskCategory, RiskLevel
from app.services.assessments.history import risk_history
from app.ui.student_card.card import basic_tabs
from app.ui.student_card.overview_tab import OverviewTab
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture
from tests.builders.ui_approvals_screen import approved_plan
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_student_card import ANNA, open_card
from tests.builders.ui_students import assess


def test_the_overview_charts_the_risk_over_semesters_and_the_plans_money(
        school: SchoolFixture, catalogue: CatalogueFixture, make_ctx: MakeContext,
        qtbot: QtBot) -> None:
    approved_plan(school, catalogue)  # assessed this semester: learning high
    assess(school, catalogue, ANNA, unjustified=3, semester="2025/2026-2", on=date(2026, 3, 2))

    history = risk_history(school.store, school.actors["coordinator"], school.student_ids[ANNA])
    assert [h.semester_label for h in history] == ["2025/2026-2", "2026/2027-1"]
    assert [h.level(RiskCategory.LEARNING) for h in history] == [RiskLevel.LOW, RiskLevel.HIGH]

    card = open_card(make_ctx("coordinator"), school, qtbot, basic_tabs())
    overview = card.tab_list[0]
    assert isinstance(overview, OverviewTab)
    qtbot.waitUntil(lambda: overview.data is not None)
    assert overview.charts.titles() == ["Riska līmeņi pa semestriem",
                                        "Plānots un sniegts šajā semestrī, eiro"]
    risks, money = (svg.decode() for _, svg in overview.data.charts)  # type: ignore[union-attr]
    for words in ("2025/2026-2", "2026/2027-1", "augsts", "zems", "Mācību darbs, vide"):
        assert words in risks, words
    for words in ("Psihologs", "Ēdināšana", "Plānots", "Sniegts"):
        assert words in money, words
    for chart in overview.charts.charts:
        assert chart.renderer().isValid() and chart.accessibleName() == chart.title
        image = chart.grab().toImage()
        assert image.pixelColor(image.width() - 2, 2).lightness() > 240
        assert sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                   if image.pixelColor(x, y).saturation() > 60) > 20, chart.title


def test_a_pupil_never_assessed_and_without_a_plan_has_no_charts(
        school: SchoolFixture, make_ctx: MakeContext, qtbot: QtBot) -> None:
    card = open_card(make_ctx("coordinator"), school, qtbot, basic_tabs())
    overview = card.tab_list[0]
    assert isinstance(overview, OverviewTab)
    qtbot.waitUntil(lambda: overview.data is not None)
    assert overview.charts.titles() == [] and not overview.charts.isVisible()


def test_the_overview_charts_the_lessons_missed_per_imported_period(
        school: SchoolFixture, make_ctx: MakeContext, qtbot: QtBot, tmp_path: Path) -> None:
    from app.services.indicators import apply_attendance, preview_attendance
    from app.services.indicators.history import attendance_history
    from app.services.roster import read_roster
    from tests.builders.attendance_files import eklase_csv

    coordinator = school.actors["coordinator"]
    for period, justified, unjustified in (("2026-09", "2", "1"), ("2026-10", "4", "9")):
        path = eklase_csv(tmp_path / f"{period}.csv", [
            ["Ēcere", "Anna", "", "5.a", "80", justified, unjustified, ""]])
        preview = preview_attendance(school.store, coordinator, read_roster(path), period,
                                     today=date(2026, 11, 5))
        apply_attendance(school.store, coordinator, preview, today=date(2026, 11, 5))
    history = attendance_history(school.store, coordinator, school.student_ids[ANNA])
    assert [(h.period, h.justified, h.unjustified) for h in history] == [
        ("2026-09", 2, 1), ("2026-10", 4, 9)]

    card = open_card(make_ctx("coordinator"), school, qtbot, basic_tabs())
    overview = card.tab_list[0]
    assert isinstance(overview, OverviewTab)
    qtbot.waitUntil(lambda: overview.data is not None)
    assert "Kavētās stundas pa periodiem" in overview.charts.titles()
    assert overview.data is not None
    svg = dict(overview.data.charts)["Kavētās stundas pa periodiem"].decode()
    for words in ("2026-09", "2026-10", "attaisnoti", "neattaisnoti"):
        assert words in svg, words
