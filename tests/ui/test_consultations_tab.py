"""The Consultations tab: support staff log and correct consultations; other roles read the
log without ever seeing (or seeing a hint of) the confidential notes."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.models.enums import ConsultationKind
from app.services.plans.lifecycle import save_plan_draft
from app.services.support.consultations import (
    list_consultations,
)
from app.ui.student_card.consultations_tab import ConsultationsTab
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import db_state, full_draft, new_plan
from tests.builders.school import SchoolFixture
from tests.builders.ui_consultations_tab import ANNA, NOTES, logged_by_support, open_tab
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext


def cells(tab: ConsultationsTab) -> list[list[str]]:
    m = tab.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def headers(tab: ConsultationsTab) -> list[str]:
    m = tab.model
    return [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]


def set_minutes(qtbot: QtBot, tab: ConsultationsTab, text: str) -> None:
    assert tab.form is not None
    tab.form.minutes.selectAll()
    qtbot.keyClicks(tab.form.minutes, text)


def test_support_logs_a_consultation_through_the_form(qtbot: QtBot, make_ctx: MakeContext,
                                                      school: SchoolFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school, "support")
    assert tab.title() == "Konsultācijas"
    assert tab.model.rowCount() == 0
    form = tab.form
    assert form is not None and form.title() == "Jauna konsultācija"
    form.held_on.setDate(QDate(2026, 11, 20))
    set_minutes(qtbot, tab, "50")
    form.kind.setCurrentIndex(form.kind.findText("ar vecākiem"))
    type_text(form.topic, "Mācību motivācija un attiecības klasē")
    type_text(form.notes, NOTES)
    assert tab.is_dirty()

    with qtbot.waitSignal(tab.loaded):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert not tab.is_dirty()
    assert "Konfidenciālās piezīmes" in headers(tab)
    row = cells(tab)[0]
    assert row[:5] == ["20.11.2026", "50", "ar vecākiem", "Mācību motivācija un attiecības klasē",
                       "jā"]
    assert row[5] == "Līga Zariņa (psiholoģe)" and row[6] == NOTES
    assert form.topic.text() == "" and form.notes.toPlainText() == ""  # ready for the next one
    assert "Sniegtās konsultāciju stundas: 50\u00a0min" in tab.totals.text()
    stored = list_consultations(school.store, school.actors["support"], school.student_ids[ANNA])
    assert [(c.minutes, c.kind, c.confidential_notes) for c in stored] == [
        (50, ConsultationKind.WITH_PARENT, NOTES)]


def test_the_teacher_sees_the_log_but_not_the_notes(qtbot: QtBot, make_ctx: MakeContext,
                                                    school: SchoolFixture) -> None:
    logged_by_support(school)
    for who in ("teacher", "coordinator", "director"):
        tab = open_tab(qtbot, make_ctx, school, who)
        assert tab.model.rowCount() == 1
        assert tab.model.column_of("notes") == -1
        assert "Konfidenciālās piezīmes" not in headers(tab)
        assert cells(tab)[0][:4] == ["02.11.2026", "40", "individuāla",
                                     "Trauksme pirms kontroldarbiem"]
        assert not any("konflikt" in cell for cell in cells(tab)[0])
        assert tab.form is None  # only support staff log consultations
        assert not any(b.text() == "Saglabāt konsultāciju"
                       for b in tab.findChildren(QPushButton))


def test_invalid_minutes_are_named_in_latvian_and_nothing_is_saved(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school, "support")
    assert tab.form is not None
    before = db_state(school.store)
    set_minutes(qtbot, tab, "600")
    type_text(tab.form.topic, "Saruna ar skolēnu")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.form is not None and tab.form.errors.message("minutes") != "")
    assert tab.form.errors.message("minutes") == (
        "Minūtes: konsultācijas ilgumam jābūt no 1 līdz 480 minūtēm.")
    assert tab.form.errors.labels["minutes"].isVisibleTo(tab)
    assert tab.is_dirty() and tab.form.minutes.value() == 600  # the input stays to be fixed
    assert db_state(school.store) == before

    tab.form.held_on.setDate(QDate.currentDate().addDays(3))
    set_minutes(qtbot, tab, "30")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.form is not None and tab.form.errors.message("held_on") != "")
    assert tab.form.errors.message("held_on").startswith("Konsultācijas datums:")
    assert tab.form.errors.message("minutes") == ""
    assert db_state(school.store) == before


def test_support_corrects_an_own_consultation_and_undo_restores_it(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    logged_by_support(school)
    tab = open_tab(qtbot, make_ctx, school, "support")
    assert tab.form is not None and tab.edit_button is not None
    assert not tab.edit_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert tab.form.title() == "Labot 02.11.2026 konsultāciju"
    assert tab.form.topic.text() == "Trauksme pirms kontroldarbiem"

    type_text(tab.form.topic, " un miegs")
    tab.revert()
    assert tab.form.topic.text() == "Trauksme pirms kontroldarbiem" and not tab.is_dirty()

    type_text(tab.form.topic, " un miegs")
    qtbot.mouseClick(tab.form.new_button, Qt.MouseButton.LeftButton)  # would lose the edit
    assert tab.form.errors.general.text() == (
        "Veidlapā ir nesaglabātas izmaiņas: vispirms saglabājiet vai atsauciet tās.")
    assert tab.form.editing is not None and tab.form.topic.text().endswith(" un miegs")
    tab.form.attended.setChecked(False)
    with qtbot.waitSignal(tab.loaded):
        tab.save()
    stored = list_consultations(school.store, school.actors["support"],
                                school.student_ids[ANNA])
    assert len(stored) == 1
    assert (stored[0].topic, stored[0].attended) == ("Trauksme pirms kontroldarbiem un miegs",
                                                     False)
    assert cells(tab)[0][3:5] == ["Trauksme pirms kontroldarbiem un miegs", "nē"]


def test_totals_compare_planned_and_delivered_hours(qtbot: QtBot, make_ctx: MakeContext,
                                                    school: SchoolFixture,
                                                    catalogue: CatalogueFixture) -> None:
    plan = new_plan(school)
    save_plan_draft(school.store, school.actors["teacher"], plan.id,
                    full_draft(school, catalogue))  # psychologist 90 minutes
    logged_by_support(school)  # 40 minutes, attended
    tab = open_tab(qtbot, make_ctx, school, "teacher")
    assert "Semestra 2026/2027-1 atbalsta plāns" in tab.totals.text()
    assert ("psihologs: plānotas 1\u00a0h\u00a030\u00a0min, sniegtas 40\u00a0min, "
            "neapmeklētas 0\u00a0h") in tab.totals.text()
