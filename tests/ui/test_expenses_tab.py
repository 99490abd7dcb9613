"""The Expenses tab: the coordinator records a compensation (amount typed "25,50") and sees
it listed and counted against the plan; bad amounts are named in Latvian; support staff only
read."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QGroupBox, QTableWidget
from pytestqt.qtbot import QtBot

from app.services.plans.lifecycle import save_plan_draft
from app.services.support.expenses import list_expenses
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import db_state, full_draft, new_plan
from tests.builders.school import SchoolFixture
from tests.builders.ui_expenses_tab import ANNA, open_tab
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext

NBSP = "\u00a0"


def row(table: QTableWidget, r: int) -> list[str]:
    return [table.item(r, c).text() for c in range(table.columnCount())]


def test_coordinator_records_an_expense_against_the_plan(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    plan = new_plan(school)
    save_plan_draft(school.store, school.actors["teacher"], plan.id,
                    full_draft(school, catalogue))  # meals: 120,00 € planned
    tab = open_tab(qtbot, make_ctx, school, "coordinator")
    assert tab.title() == "Izdevumi"
    assert tab.delivery_title.text().startswith("Semestra 2026/2027-1 atbalsta plāns")
    assert row(tab.delivery, 0) == ["Ēdināšana", f"120,00{NBSP}€", f"0,00{NBSP}€",
                                    f"120,00{NBSP}€"]
    names = [tab.measure.itemText(i) for i in range(tab.measure.count())]
    assert "Ēdināšana" in names and not any("psiholog" in n.lower() for n in names)

    tab.spent_on.setDate(QDate(2026, 11, 16))
    tab.measure.setCurrentIndex(tab.measure.findText("Ēdināšana"))
    qtbot.keyClicks(tab.amount, "25,50")
    type_text(tab.description, "Pusdienas novembrī")
    assert tab.is_dirty()
    with qtbot.waitSignal(tab.loaded):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert not tab.is_dirty() and tab.amount.text() == ""
    assert row(tab.table, 0) == ["16.11.2026", "Ēdināšana", f"25,50{NBSP}€",
                                 "Pusdienas novembrī", "Dace Vītola"]
    assert row(tab.delivery, 0) == ["Ēdināšana", f"120,00{NBSP}€", f"25,50{NBSP}€",
                                    f"94,50{NBSP}€"]
    stored = list_expenses(school.store, school.actors["coordinator"],
                           school.student_ids[ANNA])
    assert [(e.code, e.amount_cents, e.plan_id, e.description) for e in stored] == [
        ("meals", 2550, plan.id, "Pusdienas novembrī")]


def test_bad_amounts_are_named_in_latvian_and_nothing_is_saved(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school, "coordinator")
    assert tab.delivery_title.text().startswith("Semestrī 2026/2027-1 nav ne atbalsta plāna")
    before = db_state(school.store)
    qtbot.keyClicks(tab.amount, "25,5x")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.errors.message("amount_cents") == (
        "Summa: ievadiet summu eiro, piemēram, 25,50.")

    tab.amount.clear()
    qtbot.keyClicks(tab.amount, "0")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.errors.message("amount_cents").startswith(
        "Summa: jābūt lielākai par nulli"))
    assert tab.is_dirty() and tab.amount.text() == "0"
    assert db_state(school.store) == before


def test_support_staff_read_the_expenses_without_a_form(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school, "support")
    assert tab.form is None
    assert tab.findChild(QGroupBox, "expense_form") is None
    assert tab.table.rowCount() == 0
