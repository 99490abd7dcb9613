"""Settings → Classes → "Import from the e-journal…" on a real encrypted database: the
preview with every row's outcome, the options off until chosen, a question before the
import, the corrected column mapping, and the rows with problems saved for the e-journal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import SchoolClass, Student
from app.services.roster import RosterField
from app.ui.settings.classes_tab import ClassesTab
from app.ui.settings.roster_dialog import RosterImportDialog
from tests.builders.roster_files import personal_code, write_csv
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_students import click

MARTA = personal_code(date(2014, 9, 1), 202)


def _pupils(school: SchoolFixture) -> dict[str, str]:
    with school.store.read() as s:
        return {f"{first} {last}": cls for first, last, cls in s.execute(
            select(Student.first_name, Student.last_name, SchoolClass.name)
            .join(SchoolClass, Student.class_id == SchoolClass.id))}


def _dialog(qtbot: QtBot, make_ctx: MakeContext, path: Path, answers: list[bool],
            asked: list[str]) -> RosterImportDialog:
    def confirm(_parent: object, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    dialog = RosterImportDialog(make_ctx("coordinator"), path, confirm=confirm)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    return dialog


def test_the_preview_then_the_import_after_a_question(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "e-klase.csv", [
        ["Lūsis", "Oskars", "", "", "6.b"],  # unchanged
        ["Jaunā", "Marta", MARTA, "01.09.2014", "7.c"],  # new, in a class to create
        ["Kļava", "Toms", "123", "", "5.a"],  # a bad personal code
    ], encoding="cp1257")
    asked: list[str] = []
    dialog = _dialog(qtbot, make_ctx, path, [False, True], asked)
    view = dialog.view
    assert "Windows-1257" in view.source.text() or "cp1257" in view.source.text()
    assert "Jauni: 1" in view.counts.text() and "7.c" in view.counts.text()
    outcomes = [view.rows.item(i, 3).text() for i in range(view.rows.rowCount())]
    assert outcomes[0] == "bez izmaiņām" and outcomes[1] == "jauns skolēns"
    assert outcomes[2].startswith("netiek importēts: ") and "personas kod" in outcomes[2].lower()
    assert view.columns[RosterField.SURNAME].currentText() == "Uzvārds"
    assert not dialog.import_button.isEnabled()  # a bad row and a class to create: not yet
    assert "e-žurnālā" in dialog.message.text() or "klases" in dialog.message.text()

    dialog.skip_bad_rows.setChecked(True)
    assert not dialog.import_button.isEnabled()  # 7.c still needs its own tick
    dialog.create_classes.setChecked(True)
    assert dialog.import_button.isEnabled()

    click(qtbot, dialog.import_button)  # "No" changes nothing
    assert "Marta Jaunā" not in _pupils(school)
    with qtbot.waitSignal(dialog.imported):
        click(qtbot, dialog.import_button)
    assert asked[1].startswith("Importēt klases sarakstu? Jauni skolēni: 1")
    assert _pupils(school)["Marta Jaunā"] == "7.c"
    assert "Toms Kļava" not in _pupils(school)
    assert "Importēti: 1 jauni skolēni" in dialog.message.text()
    assert not dialog.import_button.isEnabled()  # the same file is not imported twice


def test_a_file_with_unknown_headers_is_mapped_by_hand(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture, tmp_path: Path) -> None:
    headers = ("Nr.", "Uzvārds", "Vārds", "Personas kods", "Kl.", "Piezīmes")
    path = write_csv(tmp_path / "viis.csv", [["1", "Jaunā", "Marta", MARTA, "6.b", "Kl. 6"]],
                     headers=headers)
    dialog = RosterImportDialog(make_ctx("coordinator"), path, confirm=lambda _p, _t: True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(dialog.error.isVisible)
    assert "klase" in dialog.error.text().lower()  # the class column is not known by name
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert dialog.view.columns[RosterField.SURNAME].currentText() == "Uzvārds"

    def pick(field: RosterField, header: str) -> None:
        combo = dialog.view.columns[field]
        combo.setCurrentIndex(combo.findText(header))
        combo.activated.emit(combo.currentIndex())  # as a click on the item does
        qtbot.waitUntil(lambda: dialog.op is None)

    pick(RosterField.CLASS_NAME, "Piezīmes")  # a wrong pick: the preview says so per row
    assert dialog.preview is not None and dialog.preview.has_problems
    pick(RosterField.CLASS_NAME, "Kl.")
    assert dialog.preview is not None, dialog.error.text()
    assert not dialog.error.isVisible()
    assert dialog.view.rows.item(0, 1).text() == "Marta Jaunā"
    with qtbot.waitSignal(dialog.imported):
        click(qtbot, dialog.import_button)
    assert _pupils(school)["Marta Jaunā"] == "6.b"


def test_the_classes_tab_opens_the_import_and_refreshes_after_it(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "mykoob.csv", [["Jaunā", "Marta", MARTA, "", "6.b"]],
                     delimiter="\t")
    tab = ClassesTab(make_ctx("coordinator"), confirm=lambda _p, _t: True,
                     choose_file=lambda _parent: str(path))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.import_button.isVisible()
    dialog = tab.import_roster()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert "tabulācij" in dialog.view.source.text()
    with qtbot.waitSignal(dialog.imported):
        click(qtbot, dialog.import_button)
    assert _pupils(school)["Marta Jaunā"] == "6.b"
