"""Settings → Classes → "Import figures…" on a real encrypted database: attendance of October
previewed with its counts and problem rows, refused until the bad rows are left out, imported
after a question — and the pupils it flags are then the candidates for an assessment."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.early_warning import screen
from app.ui.settings.classes_tab import ClassesTab
from app.ui.settings.indicator_dialog import IndicatorImportDialog
from tests.builders.attendance_files import eklase_csv
from tests.builders.early_warning import OCTOBER
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_students import click


def test_attendance_previewed_then_imported_after_a_question(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture, tmp_path: Path) -> None:
    path = eklase_csv(tmp_path / "oktobris.csv",
                      [*OCTOBER, ["Nezināma", "Ieva", "", "5.a", "100", "1", "1", ""]])
    asked: list[str] = []
    answers = [False, True]

    def confirm(_parent: object, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    tab = ClassesTab(make_ctx("coordinator"), confirm, choose_figures=lambda _p: str(path))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.figures_button.isVisible()
    click(qtbot, tab.figures_button)
    dialog = tab.figures_dialog
    assert isinstance(dialog, IndicatorImportDialog) and dialog.isVisible()
    assert not dialog.import_button.isEnabled()
    type_text(dialog.period, "2026-10")
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    summary = dialog.summary.text()
    assert "Periods 2026-10: 01.10.2026 – 31.10.2026." in summary
    assert "Atrasti skolēni: 5; nav atrasti: 1" in summary
    assert dialog.problems.count() == 1 and "Ieva" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()
    dialog.skip_bad_rows.setChecked(True)
    assert dialog.import_button.isEnabled()

    click(qtbot, dialog.import_button)  # "no" to the question: nothing stored
    assert asked == ["Saglabāt rādītājus periodam 2026-10 (skolēni: 5)?"]
    assert dialog.preview is not None
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.op is None and dialog.preview is None)
    assert dialog.message.text().startswith("Saglabāti rādītāji periodam 2026-10 (skolēni: 5, ")

    names = {c.full_name for c in screen(school.store, school.actors["coordinator"]).candidates}
    assert "Anna Ēcere" in names and "Laura Ķemere" in names


def test_a_bad_period_is_said_under_the_dialog(qtbot: QtBot, make_ctx: MakeContext,
                                               school: SchoolFixture, tmp_path: Path) -> None:
    dialog = IndicatorImportDialog(make_ctx("coordinator"),
                                   eklase_csv(tmp_path / "oktobris.csv", OCTOBER))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.period, "2026-13")
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.op is None)
    assert dialog.preview is None and dialog.error.isVisible()
    assert "2026-13" in dialog.error.text()
