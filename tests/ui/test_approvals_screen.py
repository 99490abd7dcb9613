"""The director's Approvals screen: read a plan from the queue, approve it (signed), return
one with a comment, approve several read plans at once (all or nothing), and amend an
approved plan from the plan tab. The plans are made through the services, as a class
teacher would; the director's key lives in an in-memory SecretStore.

The helpers at the top are shared by the audit and reports screen tests.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.formatting import format_money
from app.models.enums import PlanStatus
from app.services.plans import lifecycle as plans
from app.ui.approvals.approvals_screen import ApprovalsScreen
from app.ui.audit.audit_screen import AuditScreen
from app.ui.main_window import MainWindow
from app.ui.reports.reports_screen import ReportsScreen
from app.ui.student_card.plan_tab import PlanTab
from tests.builders.approvals import stored_version, submitted_plan, verifies
from tests.builders.approvals_batch import second_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture
from tests.builders.ui_approvals_screen import (
    ANNA,
    PETERIS,
    approved_plan,
    cell,
    click,
    director,
    open_screen,
    read_row,
    select_rows,
    sign,
)
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext


def status(school: SchoolFixture, plan_id: uuid.UUID) -> PlanStatus:
    return plans.get_plan(school.store, school.actors["coordinator"], plan_id).status


def test_the_director_reads_and_approves_a_plan_from_the_queue(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    plan_id = submitted_plan(school, catalogue)
    screen = open_screen(qtbot, director(make_ctx))

    assert screen.model.rowCount() == 1
    assert [cell(screen, 0, c) for c in (0, 1, 5, 3)] == [ANNA, "5.a", "Ilze Kalniņa", ""]
    assert "Mācības: augsts" in cell(screen, 0, 4)
    view = plans.get_plan(school.store, school.actors["director"], plan_id)
    assert cell(screen, 0, 2).replace("\u00a0", " ") == \
        f"{view.total_cost_cents // 100},{view.total_cost_cents % 100:02d} €"
    assert screen.count.text() == "Gaida apstiprinājumu: 1"
    assert not screen.decision.approve_button.isEnabled()  # nothing read yet

    read_row(qtbot, screen, 0)
    text = screen.reader.toPlainText()
    for expected in (ANNA, "Klase 5.a", "Uzlabot sekmes matemātikā līdz 5 ballēm.",
                     "Līga Zariņa", "Ruta Ēcere, saņemts 03.09.2026.",
                     "Šī ir plāna pirmā versija.", "Kas mainījies"):
        assert expected in text, expected
    assert cell(screen, 0, 3) == "✓"

    click(qtbot, screen.decision.approve_button)
    assert status(school, plan_id) is PlanStatus.SUBMITTED  # nothing signed at one click
    dialog = screen.sign_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.what.text() == (
        f"{ANNA}, semestris 2026/2027-1: {format_money(view.total_cost_cents)}")
    assert dialog.total.text() == f"Kopējās izmaksas: {format_money(view.total_cost_cents)}"
    sign(qtbot, screen, school, "nepareiza")
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith("Parole nav pareiza")
    assert dialog.isVisible() and status(school, plan_id) is PlanStatus.SUBMITTED
    sign(qtbot, screen, school)
    qtbot.waitUntil(lambda: screen.notice.isVisible())
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: screen.count.text() == "Neviens plāns negaida apstiprinājumu.")
    assert screen.model.rowCount() == 0
    view = plans.get_plan(school.store, school.actors["director"], plan_id)
    assert view.status is PlanStatus.APPROVED
    assert view.signer_fingerprint is not None and len(view.signer_fingerprint) == 39
    assert screen.notice.text().startswith(
        f"Apstiprināts un parakstīts: {ANNA}. Parakstīja Jānis Bērziņš ")
    assert view.signer_fingerprint not in screen.notice.text()
    assert stored_version(school, plan_id, 1).signature is not None
    assert verifies(school, plan_id, 1)
    assert screen.reader.plan is None and not screen.decision.return_button.isEnabled()


def test_returning_needs_a_comment_shown_under_the_field(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    plan_id = submitted_plan(school, catalogue)
    screen = open_screen(qtbot, director(make_ctx))
    read_row(qtbot, screen, 0)

    click(qtbot, screen.decision.return_button)
    message = screen.errors.labels["comment"]
    qtbot.waitUntil(lambda: message.isVisible())
    assert message.text() == ("Komentārs: komentārs ir obligāts — uzrakstiet, kas plānā "
                              "jāizlabo.")
    assert status(school, plan_id) is PlanStatus.SUBMITTED
    assert screen.model.rowCount() == 1

    type_text(screen.decision.comment, "Precizējiet mērķus un pievienojiet ēdināšanu.")
    click(qtbot, screen.decision.return_button)
    qtbot.waitUntil(lambda: screen.notice.isVisible())
    assert screen.notice.text() == f"Plāns atgriezts labošanai autoram (Ilze Kalniņa): {ANNA}."
    assert not message.isVisible()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    view = plans.get_plan(school.store, school.actors["teacher"], plan_id)
    assert view.status is PlanStatus.RETURNED
    assert view.decision_comment == "Precizējiet mērķus un pievienojiet ēdināšanu."


def test_batch_approval_is_all_or_nothing_and_names_each_unread_plan(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    anna = submitted_plan(school, catalogue)
    peteris = second_plan(school, catalogue)
    screen = open_screen(qtbot, director(make_ctx))
    assert [cell(screen, r, 0) for r in range(2)] == [ANNA, PETERIS]
    read_row(qtbot, screen, 0)  # only Anna's plan is read

    select_rows(screen, 0, 1)
    click(qtbot, screen.batch_button)
    sign(qtbot, screen, school)
    refusal = screen.errors.general
    qtbot.waitUntil(lambda: refusal.isVisible())
    assert refusal.text() == (
        "Neviens plāns netika apstiprināts:\n• Pēteris Šmits: kopš iesniegšanas plāns jūsu "
        "kontā nav atvērts — atveriet un izlasiet to, pirms apstiprināt.")
    assert status(school, anna) is PlanStatus.SUBMITTED
    assert status(school, peteris) is PlanStatus.SUBMITTED

    read_row(qtbot, screen, 1)
    select_rows(screen, 0, 1)
    click(qtbot, screen.batch_button)
    dialog = screen.sign_dialog
    assert dialog is not None
    assert dialog.what.text().splitlines()[0].startswith(f"{ANNA} (5.a): ")
    sign(qtbot, screen, school)
    qtbot.waitUntil(lambda: screen.notice.isVisible())
    assert screen.notice.text().startswith(
        f"Apstiprināts un parakstīts: {ANNA}, {PETERIS}. Parakstīja Jānis Bērziņš ")
    assert not refusal.isVisible()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    assert status(school, anna) is PlanStatus.APPROVED
    assert status(school, peteris) is PlanStatus.APPROVED
    assert verifies(school, anna, 1) and verifies(school, peteris, 1)


def test_without_a_key_store_the_director_can_read_and_return_but_not_sign(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    submitted_plan(school, catalogue)
    screen = open_screen(qtbot, make_ctx("director"))
    read_row(qtbot, screen, 0)
    assert not screen.decision.approve_button.isEnabled()
    assert "atslēgu glabātuve" in screen.decision.approve_button.toolTip()
    assert screen.decision.return_button.isEnabled()
    select_rows(screen, 0)
    assert not screen.batch_button.isEnabled()


def test_the_author_amends_an_approved_plan_into_a_new_version(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    plan_id = approved_plan(school, catalogue)
    director_tab = PlanTab(make_ctx("director"), school.student_ids[ANNA])
    qtbot.addWidget(director_tab)
    director_tab.show()
    director_tab.load()
    qtbot.waitUntil(lambda: director_tab.view is not None)
    assert director_tab.print_actions.pdf_button.isVisible()
    assert not director_tab.print_actions.amend_button.isVisible()  # not the author

    tab = PlanTab(make_ctx("teacher"), school.student_ids[ANNA])
    qtbot.addWidget(tab)
    tab.resize(1100, 900)
    tab.show()
    tab.load()
    qtbot.waitUntil(lambda: tab.view is not None)
    assert tab.status.status.text() == "Statuss: apstiprināts (tikai lasīšanai)"
    with qtbot.waitSignal(tab.saved):
        click(qtbot, tab.print_actions.amend_button)
    assert tab.status.status.text() == "Statuss: melnraksts"
    assert not tab.print_actions.amend_button.isVisible()
    assert tab.submit_button.isVisible() and tab.editable

    view = plans.get_plan(school.store, school.actors["teacher"], plan_id)
    assert (view.status, view.version) == (PlanStatus.DRAFT, 2)
    first = stored_version(school, plan_id, 1)
    assert first.status is PlanStatus.APPROVED and first.signature is not None
    assert verifies(school, plan_id, 1)  # the approved version stays as it was signed


def test_the_new_screens_open_from_the_main_window(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    submitted_plan(school, catalogue)
    window = MainWindow(director(make_ctx))
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(window.row_of("approvals"))
    approvals = window.screen_at(window.row_of("approvals"))
    assert isinstance(approvals, ApprovalsScreen)
    qtbot.waitUntil(lambda: approvals.count.text() == "Gaida apstiprinājumu: 1")
    window.navigation.setCurrentRow(window.row_of("audit"))
    audit = window.screen_at(window.row_of("audit"))
    assert isinstance(audit, AuditScreen)
    qtbot.waitUntil(lambda: audit.banner.text().startswith("Audita žurnāla ķēde ir nebojāta"))
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0)
    window.navigation.setCurrentRow(window.row_of("reports"))
    reports = window.screen_at(window.row_of("reports"))
    assert isinstance(reports, ReportsScreen)
    qtbot.waitUntil(lambda: reports.preview.text().startswith("Skolēni: aktīvi 5"))
    window.close()


def test_selecting_a_row_shows_its_plan_and_the_cost_and_read_mark_are_in_sight(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    submitted_plan(school, catalogue)
    second_plan(school, catalogue)
    screen = open_screen(qtbot, director(make_ctx))
    table = screen.table
    for column in (2, 3):  # the total cost and the read mark, without scrolling
        assert table.columnViewportPosition(column) + table.columnWidth(column) \
            <= table.viewport().width(), screen.model.headerData(
                column, Qt.Orientation.Horizontal)

    select_rows(screen, 1)
    plan_id = screen.model.item(1).plan_id
    qtbot.waitUntil(lambda: screen.reader.plan is not None
                    and screen.reader.plan.plan.id == plan_id)
    assert PETERIS in screen.reader.toPlainText()
    assert cell(screen, 1, 3) == "✓" and cell(screen, 0, 3) == ""

    select_rows(screen, 0, 1)  # several selected: the plan shown stays, nothing else is read
    qtbot.wait(400)
    assert screen.reader.plan is not None and screen.reader.plan.plan.id == plan_id
    assert cell(screen, 0, 3) == ""
