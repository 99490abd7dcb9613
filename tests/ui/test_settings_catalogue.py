"""Settings → Catalogue (coordinator): add and reword a measure type, retire a risk sign so
the assessment form no longer offers it, and set the ABC thresholds with errors under the
fields — through the real widgets, offscreen, on the encrypted test school."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.models.enums import MeasureUnit, SpecialistType
from app.services.catalogue import measure_types, risk_signs, year_thresholds
from app.ui.settings.catalogue_dialogs import MeasureDialog, NamesDialog
from app.ui.settings.settings_screen import SettingsScreen
from app.ui.settings.thresholds_tab import ThresholdsDialog
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext


def _catalogue(qtbot: QtBot, make_ctx: MakeContext) -> SettingsScreen:
    screen = SettingsScreen(make_ctx("coordinator"))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.catalogue_tab is not None
    screen.tabs.setCurrentWidget(screen.catalogue_tab)
    return screen


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_coordinator_adds_a_measure_and_rewords_it(qtbot: QtBot, make_ctx: MakeContext,
                                                   school: SchoolFixture,
                                                   catalogue: CatalogueFixture) -> None:
    screen = _catalogue(qtbot, make_ctx)
    tab = screen.rates_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0)
    rows_before = tab.table.rowCount()
    _click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert isinstance(dialog, MeasureDialog) and dialog.isVisible()
    dialog.unit.setCurrentIndex(dialog.unit.findData(MeasureUnit.HOURS.value))
    dialog.specialist.setCurrentIndex(
        dialog.specialist.findData(SpecialistType.SOCIAL_PEDAGOGUE.value))
    type_text(dialog.rate, "15,5")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.op is None)
    assert dialog.errors.message("name_lv") == "Nosaukums latviski: ierakstiet nosaukumu."
    type_text(dialog.name_lv, "Mentora atbalsts")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: tab.table.rowCount() == rows_before + 1)
    assert not dialog.isVisible()
    row = tab.row_of("skola_mentora_atbalsts")
    assert tab.table.item(row, 0).text() == "Mentora atbalsts"
    assert tab.table.item(row, 2).text() == "15,50\u00a0€"
    assert tab.table.item(row, 4).text() == "piedāvā"

    tab.table.selectRow(row)
    _click(qtbot, tab.names_button)
    names = tab.dialog
    assert isinstance(names, NamesDialog) and names.name_lv.text() == "Mentora atbalsts"
    names.name_en.clear()
    type_text(names.name_en, "Mentoring")
    _click(qtbot, names.save_button)
    qtbot.waitUntil(lambda: not names.isVisible())
    views = {m.code: m for m in measure_types(school.store, school.year_id)}
    assert views["skola_mentora_atbalsts"].name_en == "Mentoring"
    assert views["skola_mentora_atbalsts"].specialist_type is SpecialistType.SOCIAL_PEDAGOGUE


def test_a_retired_sign_is_shown_as_such_and_offered_again(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    screen = _catalogue(qtbot, make_ctx)
    assert screen.catalogue_tab is not None
    tab = screen.catalogue_tab.signs
    screen.catalogue_tab.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0)
    row = tab.row_of("low_income")
    tab.table.selectRow(row)
    assert tab.retire_button.text() == "Vairs nepiedāvāt"
    _click(qtbot, tab.retire_button)
    qtbot.waitUntil(lambda: tab.table.item(row, 2).text() == "vairs nepiedāvā")
    assert "vairs netiek piedāvāta jauniem vērtējumiem" in tab.message.text()
    signs = {s.code: s for s in risk_signs(school.store, school.year_id)}
    assert signs["low_income"].retired
    tab.table.selectRow(row)
    assert tab.retire_button.text() == "Piedāvāt atkal"
    _click(qtbot, tab.retire_button)
    qtbot.waitUntil(lambda: tab.table.item(row, 2).text() == "piedāvā")
    assert not {s.code: s for s in risk_signs(school.store, school.year_id)}[
        "low_income"].retired


def test_coordinator_sets_the_thresholds_with_errors_under_the_fields(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    screen = _catalogue(qtbot, make_ctx)
    assert screen.catalogue_tab is not None
    tab = screen.catalogue_tab.thresholds
    qtbot.waitUntil(lambda: tab.edit_button.isEnabled())
    assert "no 5 %" in tab.summary.text() and "no 10 %" in tab.summary.text()
    _click(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert isinstance(dialog, ThresholdsDialog)
    assert dialog.caution.text() == "5" and dialog.high.text() == "10"
    dialog.high.clear()
    type_text(dialog.high, "4")
    dialog.counts["failing"][0].clear()
    type_text(dialog.counts["failing"][0], "x")
    _click(qtbot, dialog.save_button)
    assert dialog.errors.message("failing") == (
        "Katram līmenim ierakstiet veselu skaitli, piemēram, 1, 2 un 4.")
    dialog.counts["failing"][0].clear()
    type_text(dialog.counts["failing"][0], "1")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.op is None)
    assert dialog.errors.message("absence_high_pct") == (
        "Augsta riska kavējumu slieksnim jābūt lielākam par uzmanības slieksni.")
    dialog.high.clear()
    type_text(dialog.high, "7,5")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "no 7,5 %" in tab.summary.text()
    assert year_thresholds(school.store, "2026/2027").absence_high_pct == Decimal("7.5")
