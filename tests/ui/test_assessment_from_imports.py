"""The assessment tab filled in from the e-journal's imports (attendance, marks, conduct):
a figure then changed shows a reason line, saving without the reason is refused with the
reason's message under it, and with it the change is stored with its reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import IndicatorOverride
from app.services.assessments.recording import get_assessment
from app.ui.student_card.assessment_tab import AssessmentTab
from tests.builders.attendance_files import eklase_csv, import_attendance
from tests.builders.catalogue import CatalogueFixture
from tests.builders.early_warning import OCTOBER, TODAY
from tests.builders.marks_files import (
    eklase_marks_csv,
    import_conduct,
    import_marks,
    mykoob_conduct_csv,
)
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext

ANNA = "Anna Ēcere"


def test_a_changed_imported_figure_needs_its_reason(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture, tmp_path: Path) -> None:
    coordinator = school.actors["coordinator"]
    import_attendance(school.store, coordinator, eklase_csv(tmp_path / "oktobris.csv",
                                                            OCTOBER), "2026-10", TODAY)
    import_marks(school.store, coordinator, eklase_marks_csv(tmp_path / "vērtējumi.csv", [
        ["1", "Ēcere", "Anna", "", "5.a", "3 2", "", "2", ""]]), "2026-10", TODAY)
    import_conduct(school.store, coordinator, mykoob_conduct_csv(tmp_path / "piezīmes.csv", [
        ["Anna", "Ēcere", "5.a", "01.10.2026", "Traucē stundu"]]), "2026-10", TODAY)
    tab = AssessmentTab(make_ctx("teacher"), school.student_ids[ANNA])
    qtbot.addWidget(tab)
    tab.resize(1000, 800)
    tab.show()
    tab.load()
    qtbot.waitUntil(lambda: bool(tab.boxes) and tab.from_import.isVisible())
    assert tab.from_import.text() == (
        "Aizpildīt no e-žurnāla importiem: oktobris.csv (2026-10), vērtējumi.csv (2026-10), "
        "piezīmes.csv (2026-10)")
    qtbot.mouseClick(tab.from_import, Qt.MouseButton.LeftButton)
    assert (tab.absence.text(), tab.unjustified.value(), tab.failing.value(),
            tab.subjects.text(), tab.conduct.value()) == ("13,3", 12, 3,
                                                          "Matemātika, Fizika", 1)
    reason = tab.import_reasons.lines["unjustified_lessons"]
    assert not reason.isVisibleTo(tab)
    tab.unjustified.setValue(8)  # the teacher knows better
    assert reason.isVisibleTo(tab)
    assert not tab.import_reasons.lines["failing_marks"].isVisibleTo(tab)

    tab.save()
    qtbot.waitUntil(lambda: tab.errors.message("unjustified_lessons_reason") != "")
    assert tab.errors.message("unjustified_lessons_reason") == (
        "Importētā vērtība ir 12 (periods 2026-10); ja to maināt, norādiet iemeslu.")
    assert get_assessment(school.store, school.actors["teacher"], school.student_ids[ANNA],
                          school.current_semester_id) is None

    type_text(reason, "4 stundas attaisnotas ar ārsta zīmi")
    with qtbot.waitSignal(tab.saved):
        tab.save()
    stored = get_assessment(school.store, school.actors["teacher"], school.student_ids[ANNA],
                            school.current_semester_id)
    assert stored is not None and (stored.unjustified_lessons, stored.failing_marks,
                                   stored.conduct_incidents) == (8, 3, 1)
    with school.store.read() as s:
        assert [(o.field, o.imported_value, o.entered_value, o.reason)
                for o in s.scalars(select(IndicatorOverride))] == [
            ("unjustified_lessons", "12", "8", "4 stundas attaisnotas ar ārsta zīmi")]
    assert not reason.isVisibleTo(tab)
