"""The home screen per role: each item says what waits, and Enter opens where the work is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.approvals.decisions import return_plan
from app.services.core import audit
from app.ui.home.my_work_screen import MyWorkScreen
from app.ui.main_window import MainWindow
from app.ui.students.students_screen import StudentsScreen
from tests.builders.approvals import submitted_plan
from tests.builders.attendance_files import eklase_csv, import_attendance
from tests.builders.catalogue import CatalogueFixture
from tests.builders.early_warning import OCTOBER, SEPTEMBER, TODAY
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext


def home(qtbot: QtBot, window: MainWindow) -> MyWorkScreen:
    screen = window.screen_at(window.row_of("home"))
    assert isinstance(screen, MyWorkScreen)
    qtbot.waitUntil(lambda: screen.work is not None)
    return screen


def lines(screen: MyWorkScreen) -> list[str]:
    out = []
    for g in range(screen.tree.topLevelItemCount()):
        group = screen.tree.topLevelItem(g)
        assert group is not None
        out.append(group.text(0))
        out += ["  " + group.child(c).text(0) for c in range(group.childCount())]
    return out


def backed_up(school: SchoolFixture) -> None:
    """A backup made just now, as the backup service records it in the audit trail."""
    with school.store.write() as s:
        audit.record(s, school.actors["admin"], "backup.created", entity="database",
                     file="pumpurs-priekules-vidusskola.pumpurs-backup")


def test_the_director_starts_at_the_plans_to_approve_and_enter_opens_them(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    submitted_plan(school, catalogue)
    window = MainWindow(make_ctx("director"))
    qtbot.addWidget(window)
    assert window.navigation.currentRow() == window.row_of("home") == 0
    screen = home(qtbot, window)
    shown = lines(screen)
    assert shown[0] == "Plāni, kas gaida jūsu apstiprinājumu (1)"
    assert shown[1].startswith("  Anna Ēcere (5.a) — iesniegts ")
    assert screen.tree.currentItem() is not None  # the first item, ready for Enter
    qtbot.keyClick(screen.tree, Qt.Key.Key_Return)
    assert window.navigation.currentRow() == window.row_of("approvals")


def test_the_teacher_sees_the_returned_plan_and_opens_the_card(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    plan_id = submitted_plan(school, catalogue)
    return_plan(school.store, school.actors["director"], plan_id, "Precizējiet mērķus.")
    window = MainWindow(make_ctx("teacher"))
    qtbot.addWidget(window)
    screen = home(qtbot, window)
    assert lines(screen)[:2] == ["Labošanai atgrieztie plāni (1)",
                                 "  Anna Ēcere (5.a) — atgriezts: Precizējiet mērķus."]
    qtbot.keyClick(screen.tree, Qt.Key.Key_Return)
    pupils = window.screen_at(window.row_of("pupils"))
    assert isinstance(pupils, StudentsScreen)
    anna = school.student_ids["Anna Ēcere"]
    qtbot.waitUntil(lambda: anna in pupils.cards)
    assert window.close_cards()


def test_nothing_waiting_says_so_and_a_new_plan_appears_without_a_restart(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    backed_up(school)
    ctx = make_ctx("director")
    screen = MyWorkScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    qtbot.waitUntil(lambda: screen.work is not None)
    assert screen.empty.isVisible() and screen.empty.text() == "Šobrīd jums nekas negaida."
    submitted_plan(school, catalogue)
    screen.reload()  # what F5 does; the lists also follow edits made in the app
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() == 1)
    assert not screen.empty.isVisible()


def test_a_school_never_backed_up_is_reminded_and_enter_opens_the_settings(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    window = MainWindow(make_ctx("director"))
    qtbot.addWidget(window)
    screen = home(qtbot, window)
    assert lines(screen) == ["Rezerves kopija", "  Datubāzei vēl nav izveidota rezerves "
                             "kopija — izveidojiet to tagad (Iestatījumi → Rezerves kopija)."]
    qtbot.keyClick(screen.tree, Qt.Key.Key_Return)
    assert window.navigation.currentRow() == window.row_of("settings")

    backed_up(school)
    window.show_screen("home")
    screen.reload()
    qtbot.waitUntil(lambda: screen.empty.isVisibleTo(screen))  # a fresh backup: nothing waits
    assert screen.last_backup.isVisibleTo(screen)
    assert screen.last_backup.text().startswith("Pēdējā rezerves kopija: ")


def test_a_class_teacher_sees_the_candidates_with_their_reasons_and_opens_the_card(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture, tmp_path: Path) -> None:
    coordinator = school.actors["coordinator"]
    for period, rows in (("2026-09", SEPTEMBER), ("2026-10", OCTOBER)):
        import_attendance(school.store, coordinator, eklase_csv(tmp_path / f"{period}.csv",
                                                                rows), period, TODAY)
    window = MainWindow(make_ctx("teacher"))
    qtbot.addWidget(window)
    screen = home(qtbot, window)
    assert lines(screen)[:4] == [
        "Kandidāti izvērtēšanai (3)",
        "  Anna Ēcere (5.a) — 12 neattaisnoti kavētas stundas oktobrī; kavējumi 13,3 % "
        "stundu; pasliktinājies (iepriekš septembrī: kavējumi 3 %, neattaisnoti 1)",
        "  Laura Ķemere (5.a) — 21 neattaisnoti kavēta stunda oktobrī; kavējumu %: nav datu;"
        " iepriekšējā perioda datu nav",
        "  Pēteris Šmits (5.a) — 0 neattaisnoti kavētas stundas oktobrī; kavējumi 20 % "
        "stundu; iepriekšējā perioda datu nav",
    ]  # 6.b's Oskars is another teacher's
    qtbot.keyClick(screen.tree, Qt.Key.Key_Return)
    pupils = window.screen_at(window.row_of("pupils"))
    assert isinstance(pupils, StudentsScreen)
    anna = school.student_ids["Anna Ēcere"]
    qtbot.waitUntil(lambda: anna in pupils.cards)
    assert window.close_cards()
