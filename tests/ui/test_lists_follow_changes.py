"""Issue 17, defect 2: lists do not go stale. A write anywhere in the app announces what it
changed, and the Pupils and Plans screens of the same session reload; F5 reloads the current
screen of the main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.enums import ConsultationKind
from app.secrets import KeyringSecretStore
from app.services.plans.lifecycle import submit_plan
from app.services.support.consultations import ConsultationInput, log_consultation
from app.services.sync.enrolment import enrolment_request, import_trust
from app.ui.consultations.consultations_screen import ConsultationsScreen
from app.ui.context import UiContext
from app.ui.item_models.student_rows import OVERALL_COLUMN, PLAN_COLUMN
from app.ui.main_window import MainWindow
from app.ui.plans.plans_screen import PlansScreen
from app.ui.student_card.assessment_tab import AssessmentTab
from app.ui.student_card.consultations_tab import ConsultationsTab
from app.ui.student_card.plan_dates import set_date
from app.ui.student_card.plan_tab import PlanTab
from app.ui.student_card.tabs import card_tabs
from app.ui.students.students_screen import StudentsScreen
from app.ui.sync.sync_screen import SyncScreen
from tests.builders.approvals import submitted_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.plans_submit import ready_plan
from tests.builders.running_hub import Running
from tests.builders.school import SchoolFixture
from tests.builders.ui_approvals_screen import click, director, read_row, sign
from tests.builders.ui_approvals_screen import open_screen as open_approvals
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_students import open_screen

ANNA = "Anna Ēcere"


def student_cell(screen: StudentsScreen, surname: str, column: int) -> str:
    p = screen.proxy
    for row in range(p.rowCount()):
        if p.data(p.index(row, 0)) == surname:
            return str(p.data(p.index(row, column)))
    raise AssertionError(f"{surname} is not in the list")


def plans_screen(qtbot: QtBot, ctx: UiContext) -> PlansScreen:
    screen = PlansScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.reload().finished):
        pass
    return screen


def plan_status(screen: PlansScreen, name: str = ANNA) -> str:
    p = screen.proxy
    for row in range(p.rowCount()):
        if p.data(p.index(row, 0)) == name:
            return str(p.data(p.index(row, 3)))
    return ""


def plan_tab(qtbot: QtBot, ctx: UiContext, school: SchoolFixture) -> PlanTab:
    tab = PlanTab(ctx, school.student_ids[ANNA], confirm=lambda _parent, _question: True)
    qtbot.addWidget(tab)
    tab.resize(1100, 900)
    tab.show()
    tab.load()
    qtbot.waitUntil(lambda: tab.view is not None)
    return tab


def test_the_pupils_list_shows_an_assessment_saved_in_a_pupil_card(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    ctx = make_ctx("teacher")
    screen = open_screen(ctx, qtbot, tab_factories=card_tabs(ctx))
    assert student_cell(screen, "Ēcere", OVERALL_COLUMN) == ""  # not assessed yet
    card = screen.open_student(school.student_ids[ANNA])
    assert card is not None
    tab = next(t for t in card.tab_list if isinstance(t, AssessmentTab))
    card.tabs.setCurrentIndex(card.tab_list.index(tab))
    qtbot.waitUntil(lambda: bool(tab.boxes) and tab.message.text() != "Ielādē izvērtējumu…")
    tab.unjustified.setValue(12)
    set_date(tab.assessed_on, date(2026, 11, 20))
    with qtbot.waitSignal(tab.saved):
        tab.save()

    qtbot.waitUntil(lambda: student_cell(screen, "Ēcere", OVERALL_COLUMN) == "vidējs")
    assert screen.current_row() is None or screen.current_row().last_name == "Ēcere"


def test_the_pupils_and_plans_lists_show_a_submitted_plan(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    ready_plan(school, catalogue)
    ctx = make_ctx("teacher")
    students = open_screen(ctx, qtbot)
    plans = plans_screen(qtbot, ctx)
    assert student_cell(students, "Ēcere", PLAN_COLUMN) == "melnraksts"
    assert plan_status(plans) == "melnraksts"

    tab = plan_tab(qtbot, ctx, school)
    with qtbot.waitSignal(tab.saved):
        click(qtbot, tab.submit_button)

    qtbot.waitUntil(lambda: plan_status(plans) == "iesniegts")
    qtbot.waitUntil(lambda: student_cell(students, "Ēcere", PLAN_COLUMN) == "iesniegts")


def test_the_pupils_and_plans_lists_show_an_approval_made_on_the_approvals_screen(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    submitted_plan(school, catalogue)
    ctx = director(make_ctx)
    students = open_screen(ctx, qtbot)
    plans = plans_screen(qtbot, ctx)
    approvals = open_approvals(qtbot, ctx)
    assert plan_status(plans) == "iesniegts"
    assert student_cell(students, "Ēcere", PLAN_COLUMN) == "iesniegts"

    read_row(qtbot, approvals, 0)
    click(qtbot, approvals.decision.approve_button)
    sign(qtbot, approvals, school)
    qtbot.waitUntil(lambda: approvals.notice.isVisible())

    qtbot.waitUntil(lambda: plan_status(plans) == "apstiprināts")
    qtbot.waitUntil(lambda: student_cell(students, "Ēcere", PLAN_COLUMN) == "apstiprināts")
    qtbot.waitUntil(lambda: approvals.count.text() == "Neviens plāns negaida apstiprinājumu.")


def test_the_consultations_screen_shows_a_consultation_logged_in_a_pupil_card(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    ctx = make_ctx("support")
    log_consultation(school.store, ctx.actor, ConsultationInput(
        school.student_ids[ANNA], None, date(2026, 10, 5), 45, ConsultationKind.INDIVIDUAL,
        "Iepazīšanās saruna", True, ""))
    screen = ConsultationsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    op = screen.reload()
    assert op is not None
    with qtbot.waitSignal(op.finished):
        pass
    assert screen.model.rowCount() == 1

    tab = ConsultationsTab(ctx, school.student_ids[ANNA])
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded):
        tab.load()
    assert tab.form is not None
    tab.form.held_on.setDate(QDate(2026, 11, 20))
    tab.form.minutes.selectAll()
    qtbot.keyClicks(tab.form.minutes, "50")
    type_text(tab.form.topic, "Mācību motivācija")
    with qtbot.waitSignal(tab.loaded):
        qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    assert screen.students.item(0, 2).text() == "2"


def test_a_hidden_plans_screen_catches_up_when_it_is_shown_again(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    ready_plan(school, catalogue)
    ctx = make_ctx("teacher")
    plans = plans_screen(qtbot, ctx)
    plans.hide()
    tab = plan_tab(qtbot, ctx, school)
    with qtbot.waitSignal(tab.saved):
        click(qtbot, tab.submit_button)

    plans.show()
    qtbot.waitUntil(lambda: plan_status(plans) == "iesniegts")


def test_f5_reloads_the_current_screen(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    plan_id = ready_plan(school, catalogue)
    window = MainWindow(make_ctx("teacher"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigation.setCurrentRow(window.row_of("plans"))
    plans = window.screen_at(window.row_of("plans"))
    assert isinstance(plans, PlansScreen)
    qtbot.waitUntil(lambda: plan_status(plans) == "melnraksts")
    # Changed where this session does not hear of it (the command line, say).
    submit_plan(school.store, school.actors["teacher"], plan_id)

    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: plan_status(plans) == "iesniegts")
    window.close()


def test_the_pupils_list_reloads_after_a_sync_with_the_real_hub(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        running_hub: Running) -> None:
    from app.hub.enrolment import enrol_school

    secrets = KeyringSecretStore(MemoryKeyring())
    coordinator = school.actors["coordinator"]
    request = enrolment_request(school.store, secrets, coordinator)
    import_trust(school.store, coordinator,
                 enrol_school(running_hub.hub, request.data).trust)  # type: ignore[arg-type]
    ctx = make_ctx("coordinator", secrets=secrets)
    students = open_screen(ctx, qtbot)
    sync = SyncScreen(ctx)
    qtbot.addWidget(sync)
    sync.show()
    sync.reload()
    qtbot.waitUntil(lambda: sync.view is not None and sync.sync_button.isEnabled())

    with qtbot.waitSignal(students.loaded, timeout=30000):  # the sync may bring anything
        qtbot.mouseClick(sync.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sinhronizācija pabeigta" in sync.message.text(), timeout=30000)
