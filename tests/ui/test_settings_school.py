"""Settings → School (administrator) and Settings → Catalogue → Support measures (coordinator)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.services.catalogue.loading import measure_types
from app.services.school.calendar import school_info
from app.ui.settings.settings_screen import SettingsScreen
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext


def _screen(qtbot: QtBot, make_ctx: MakeContext, who: str) -> SettingsScreen:
    screen = SettingsScreen(make_ctx(who))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_admin_edits_the_school_and_the_idle_lock(qtbot: QtBot, make_ctx: MakeContext,
                                                  school: SchoolFixture) -> None:
    screen = _screen(qtbot, make_ctx, "admin")
    tab = screen.school_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.name.text() == "Priekules vidusskola")
    assert tab.registration_number.text() == "4113900123"
    assert tab.idle_minutes.value() == 10
    before = school_info(school.store)

    tab.registration_number.clear()
    type_text(tab.registration_number, "41139O0123")  # a letter O instead of a zero
    tab.idle_minutes.setValue(25)
    assert tab.is_dirty()
    _click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: tab.op is None)
    assert tab.errors.message("registration_number") == (
        "Reģistrācijas numurs: tajā drīkst būt tikai cipari — izņemiet burtus un citas zīmes.")
    assert school_info(school.store) == before  # nothing saved, not even the minutes

    _click(qtbot, tab.revert_button)
    assert tab.registration_number.text() == "4113900123" and not tab.is_dirty()

    tab.name.clear()
    type_text(tab.name, "Priekules vidusskola un pirmsskola")
    tab.idle_minutes.setValue(25)
    with qtbot.waitSignal(screen.idle_lock_changed) as changed:
        _click(qtbot, tab.save_button)
    assert changed.args == [25]
    assert tab.status.text() == "Skolas iestatījumi ir saglabāti."
    assert tab.errors.message("registration_number") == ""
    info = school_info(school.store)
    assert (info.name, info.idle_lock_minutes) == ("Priekules vidusskola un pirmsskola", 25)


def test_admin_shares_the_confidential_notes_with_every_support_specialist(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    screen = _screen(qtbot, make_ctx, "admin")
    tab = screen.school_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.name.text() == "Priekules vidusskola")
    assert not tab.notes_shared.isChecked() and not tab.is_dirty()
    assert tab.notes_shared.text() == (
        "Konfidenciālās piezīmes lasa visi skolēna atbalsta speciālisti")
    tab.notes_shared.setChecked(True)
    assert tab.is_dirty()
    _click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: tab.op is None)
    assert school_info(school.store).notes_shared is True and not tab.is_dirty()


def test_coordinator_edits_a_rate_typed_with_a_decimal_comma(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    screen = _screen(qtbot, make_ctx, "coordinator")
    tab = screen.rates_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0)
    row = tab.row_of("consult_psychologist")
    assert tab.table.item(row, 0).text() == "Psihologa konsultācijas"
    assert tab.table.item(row, 2).text() == "22,00\u00a0€"
    assert tab.table.item(row, 3).text() == "bez limita"
    tab.table.selectRow(row)
    _click(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert dialog is not None and dialog.rate.text() == "22,00"

    dialog.rate.clear()
    type_text(dialog.rate, "18,5x")
    _click(qtbot, dialog.save_button)
    assert dialog.errors.message("rate_cents") == (
        "Stundas likme: ievadiet summu eiro, piemēram, 18,50.")
    dialog.rate.clear()
    type_text(dialog.rate, "0")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.op is None)
    assert dialog.errors.message("rate_cents") == "Stundas likme: jābūt no 0,01 līdz 1000,00 EUR."

    dialog.rate.clear()
    type_text(dialog.rate, "18,50")
    type_text(dialog.cap, "600")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: tab.table.item(row, 2).text() == "18,50\u00a0€")
    assert tab.table.item(row, 3).text() == "600,00\u00a0€"
    assert not dialog.isVisible()
    views = {m.code: m for m in measure_types(school.store, school.year_id)}
    assert (views["consult_psychologist"].rate_cents,
            views["consult_psychologist"].cap_cents) == (1850, 60000)


def test_a_euro_measure_has_no_rate_to_edit(qtbot: QtBot, make_ctx: MakeContext,
                                            catalogue: CatalogueFixture) -> None:
    screen = _screen(qtbot, make_ctx, "coordinator")
    tab = screen.rates_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0)
    row = tab.row_of("meals")
    assert tab.table.item(row, 2).text() == "—"
    tab.table.selectRow(row)
    _click(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert dialog is not None
    assert not dialog.rate.isEnabled()
    assert dialog.cap.text() == "225,00"
