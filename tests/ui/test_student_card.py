"""The pupil card: header, Overview, Documents and History tabs, and unsaved-edit guarding."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.formatting import riga_today
from app.models.enums import RiskCategory, Severity
from app.services.plans.lifecycle import create_plan
from app.services.students.registry import StudentInput, get_student, update_student
from app.services.support.attachments import list_attachments
from app.ui.context import UiContext
from app.ui.student_card.card import basic_tabs
from app.ui.student_card.card_tab import CardTab
from app.ui.student_card.documents_tab import DocumentsTab
from app.ui.student_card.history_tab import HistoryTab
from app.ui.student_card.overview_tab import OverviewTab
from app.ui.students.questions import UnsavedChoice
from app.ui.tasks import Op
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_student_card import ANNA, open_card
from tests.builders.ui_students import assess, click


def test_overview_explains_the_risk_and_its_trend(school: SchoolFixture,
                                                  catalogue: CatalogueFixture,
                                                  make_ctx: MakeContext, qtbot: QtBot) -> None:
    assess(school, catalogue, ANNA, unjustified=3, semester="2025/2026-2", on=date(2026, 3, 2))
    assess(school, catalogue, ANNA, unjustified=12,
           signs=(("low_income", Severity.MEDIUM),))
    update_student(school.store, school.actors["coordinator"], school.student_ids[ANNA],
                   StudentInput("Anna", "Ēcere", school.class_ids["5.a"], guardians=[]))
    create_plan(school.store, school.actors["teacher"], school.student_ids[ANNA],
                school.current_semester_id)
    card = open_card(make_ctx("support"), school, qtbot, basic_tabs())
    assert card.class_label.text() == "5.a klase" and card.status_label.text() == "mācās"
    assert card.risk.text() == "vidējs"
    assert [card.tabs.tabText(i) for i in range(3)] == ["Pārskats", "Dokumenti", "Vēsture"]
    overview = card.tab_list[0]
    assert isinstance(overview, OverviewTab)
    qtbot.waitUntil(lambda: overview.data is not None)
    learning = overview.explanations[RiskCategory.LEARNING].text()
    assert learning == "Neattaisnoti kavētas 12 stundas."
    assert overview.trends[RiskCategory.LEARNING].text() == (
        "Risks ir pieaudzis: iepriekšējā semestrī līmenis bija zems.")
    assert "maznodrošināta" in overview.explanations[RiskCategory.ECONOMIC].text().lower()
    assert overview.trends[RiskCategory.ECONOMIC].text().startswith("Jauns risks")
    assert overview.risk_note.text().startswith("Izvērtēts 02.11.2026, izvērtēja Dace Vītola")
    assert overview.plan_label.text() == "Plāns ir melnraksts."
    assert overview.guardians_label.text() == "Vecāki vai aizbildņi nav norādīti."
    assert overview.staff_label.text() == "Līga Zariņa (psiholoģe)"


def test_documents_attach_open_remove(school: SchoolFixture, make_ctx: MakeContext,
                                      qtbot: QtBot, tmp_path: Path) -> None:
    scan = tmp_path / "Vecāku iesniegums.pdf"
    scan.write_bytes(b"%PDF-1.4 iesniegums")
    opened: list[QUrl] = []
    answers = [False, True]
    ctx = make_ctx("teacher")
    sid = school.student_ids[ANNA]
    tab = DocumentsTab(ctx, sid, choose=lambda _w: str(scan),
                       open_url=lambda url: opened.append(url) or True,
                       confirm=lambda _w, _t: answers.pop(0))
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded):
        tab.load()
    assert tab.table.rowCount() == 0 and not tab.open_button.isEnabled()

    with qtbot.waitSignal(tab.loaded):
        click(qtbot, tab.attach_button)
    assert tab.table.item(0, 0).text() == "Vecāku iesniegums.pdf"
    assert tab.table.item(0, 2).text() == "Ilze Kalniņa"
    assert tab.message.text() == "Dokuments “Vecāku iesniegums.pdf” pievienots."
    assert [a.filename for a in list_attachments(school.store, ctx.actor, sid)] == [
        "Vecāku iesniegums.pdf"]

    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.opened) as shown:
        click(qtbot, tab.open_button)
    path = Path(shown.args[0])
    assert path.read_bytes() == b"%PDF-1.4 iesniegums" and opened[0].toLocalFile() == str(path)

    click(qtbot, tab.remove_button)  # answered "no"
    assert tab.table.rowCount() == 1 and len(list_attachments(school.store, ctx.actor, sid)) == 1
    with qtbot.waitSignal(tab.loaded):
        click(qtbot, tab.remove_button)
    assert tab.table.rowCount() == 0 and list_attachments(school.store, ctx.actor, sid) == []


def test_an_empty_file_is_refused_with_its_name(school: SchoolFixture, make_ctx: MakeContext,
                                                qtbot: QtBot, tmp_path: Path) -> None:
    empty = tmp_path / "tukšs.txt"
    empty.write_bytes(b"")
    tab = DocumentsTab(make_ctx("coordinator"), school.student_ids[ANNA],
                       choose=lambda _w: str(empty))
    qtbot.addWidget(tab)
    op = tab.attach()
    assert op is not None
    with qtbot.waitSignal(op.finished):
        pass
    assert "tukšs.txt" in tab.message.text()
    assert list_attachments(school.store, school.actors["coordinator"],
                            school.student_ids[ANNA]) == []


def test_the_director_cannot_attach(school: SchoolFixture, make_ctx: MakeContext,
                                    qtbot: QtBot) -> None:
    tab = DocumentsTab(make_ctx("director"), school.student_ids[ANNA])
    qtbot.addWidget(tab)
    assert tab.attach_button.isHidden() and tab.remove_button.isHidden()


def test_history_shows_the_edit_and_a_new_document(school: SchoolFixture,
                                                   make_ctx: MakeContext, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    sid = school.student_ids[ANNA]
    update_student(school.store, school.actors["teacher"], sid,
                   StudentInput("Anna", "Ēcere-Ozola", school.class_ids["5.a"]))
    scan = tmp_path / "izziņa.pdf"
    scan.write_bytes(b"%PDF izzina")

    def documents(ctx: UiContext, student_id: uuid.UUID) -> CardTab:
        return DocumentsTab(ctx, student_id, choose=lambda _w: str(scan))

    card = open_card(make_ctx("coordinator"), school, qtbot, [documents, HistoryTab])
    history = card.tab_list[1]
    assert isinstance(history, HistoryTab)
    with qtbot.waitSignal(history.loaded):
        card.tabs.setCurrentIndex(1)
    assert [history.table.item(0, c).text() for c in (1, 2)] == [
        "Ilze Kalniņa", "Laboti skolēna dati: uzvārds."]
    assert history.table.item(0, 0).text().startswith(  # shown in Latvian time
        riga_today().strftime("%d.%m.%Y"))

    card.tabs.setCurrentIndex(0)
    docs = card.tab_list[0]
    assert isinstance(docs, DocumentsTab)
    with qtbot.waitSignal(docs.loaded):
        click(qtbot, docs.attach_button)
    with qtbot.waitSignal(history.loaded):
        card.tabs.setCurrentIndex(1)
    assert history.table.item(0, 2).text() == "Pievienots dokuments “izziņa.pdf”."
    assert history.table.rowCount() == 2


def test_a_tab_is_made_when_first_shown(school: SchoolFixture, make_ctx: MakeContext,
                                        qtbot: QtBot) -> None:
    card = open_card(make_ctx("coordinator"), school, qtbot, basic_tabs())
    assert [card.tabs.tabText(i) for i in range(3)] == ["Pārskats", "Dokumenti", "Vēsture"]
    assert [card.tab_list.is_made(i) for i in range(3)] == [True, False, False]
    assert card.findChildren(HistoryTab) == [] and card.findChildren(DocumentsTab) == []
    card.tabs.setCurrentIndex(2)
    assert [card.tab_list.is_made(i) for i in range(3)] == [True, False, True]
    history = card.tab_list[2]
    assert isinstance(history, HistoryTab) and history.isVisible()
    assert card.findChildren(HistoryTab) == [history] and card.current_tab() is history
    qtbot.waitUntil(lambda: history.empty.isVisible())  # loaded: nothing recorded yet
    assert history.table.rowCount() == 0
    docs = card.tab_list[1]  # asked for before it is shown: made, not loaded
    assert isinstance(docs, DocumentsTab) and card.tab_list.is_made(1)
    assert not docs.isVisible() and card.tab_list.made() == [card.tab_list[0], docs, history]


class SurnameTab(CardTab):
    """An editing tab like the other helpers' ones: it changes the pupil's surname."""

    def __init__(self, ctx: UiContext, student_id: uuid.UUID) -> None:
        super().__init__(ctx, student_id)
        self.surname = QLineEdit()
        QVBoxLayout(self).addWidget(self.surname)
        self.stored = ""
        self.surname.textEdited.connect(lambda t: self.set_dirty(t != self.stored))

    def title(self) -> str:
        return "Uzvārds"

    def load(self) -> None:
        Op(self, self.ctx.worker, lambda _p, _c: get_student(
            self.ctx.store, self.ctx.actor, self.student_id)).success(self._show).start()

    def _show(self, view: object) -> None:
        self.stored = view.last_name  # type: ignore[attr-defined]
        self.surname.setText(self.stored)

    def save(self) -> None:
        data = StudentInput("Anna", self.surname.text(), self.ctx_class)
        Op(self, self.ctx.worker, lambda _p, _c: update_student(
            self.ctx.store, self.ctx.actor, self.student_id, data)).success(self._saved).start()

    def _saved(self, view: object) -> None:
        self._show(view)
        self.set_dirty(False)
        self.saved.emit()

    def revert(self) -> None:
        self.surname.setText(self.stored)
        self.set_dirty(False)


def test_unsaved_edits_are_guarded(school: SchoolFixture, make_ctx: MakeContext,
                                   qtbot: QtBot) -> None:
    choices = [UnsavedChoice.CANCEL, UnsavedChoice.DISCARD, UnsavedChoice.SAVE]
    asked: list[str] = []

    def ask(_parent: QWidget, text: str) -> UnsavedChoice:
        asked.append(text)
        return choices.pop(0)

    def surname_tab(ctx: UiContext, sid: uuid.UUID) -> CardTab:
        tab = SurnameTab(ctx, sid)
        tab.ctx_class = school.class_ids["5.a"]  # type: ignore[attr-defined]
        return tab

    ctx = make_ctx("coordinator")
    card = open_card(ctx, school, qtbot, [surname_tab, HistoryTab], ask=ask)
    tab = card.tab_list[0]
    assert isinstance(tab, SurnameTab)
    qtbot.waitUntil(lambda: tab.surname.text() == "Ēcere")
    assert not card.save_button.isEnabled() and not card.revert_button.isEnabled()
    type_text(tab.surname, "-Liepa")
    assert card.tabs.tabText(0) == "Uzvārds *" and card.save_button.isEnabled()
    click(qtbot, card.revert_button)
    assert tab.surname.text() == "Ēcere" and card.tabs.tabText(0) == "Uzvārds"

    type_text(tab.surname, "-Liepa")
    card.close()  # Cancel: stays open with the edit
    assert card.isVisible() and tab.surname.text() == "Ēcere-Liepa"
    assert asked == ["Nesaglabātas izmaiņas cilnēs: Uzvārds. Vai saglabāt tās pirms aizvēršanas?"]
    card.close()  # Discard
    assert not card.isVisible() and tab.surname.text() == "Ēcere"

    card = open_card(ctx, school, qtbot, [surname_tab], ask=ask)
    tab = card.tab_list[0]
    assert isinstance(tab, SurnameTab)
    qtbot.waitUntil(lambda: tab.surname.text() == "Ēcere")
    type_text(tab.surname, "-Liepa")
    card.close()  # Save: closes once saved
    qtbot.waitUntil(lambda: not card.isVisible())
    assert get_student(school.store, ctx.actor, school.student_ids[ANNA]).last_name == (
        "Ēcere-Liepa")
