"""The risk assessment tab, used as a class teacher and as roles that may only read it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.models.enums import RiskCategory, RiskLevel, Severity
from app.services.assessments.recording import FindingInput, get_assessment, record_assessment
from app.services.catalogue import set_risk_sign_retired
from app.services.catalogue.loading import category_name
from app.services.early_warning import screen
from app.ui.student_card.assessment_tab import AssessmentTab
from app.ui.student_card.plan_dates import set_date
from tests.builders.assessments import make_input
from tests.builders.attendance_files import eklase_csv, import_attendance
from tests.builders.catalogue import CatalogueFixture
from tests.builders.early_warning import OCTOBER, TODAY
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext

ANNA = "Anna Ēcere"


def open_tab(qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
             who: str = "teacher") -> AssessmentTab:
    tab = AssessmentTab(make_ctx(who), school.student_ids[ANNA])
    qtbot.addWidget(tab)
    tab.resize(1000, 800)
    tab.show()
    tab.load()
    qtbot.waitUntil(lambda: bool(tab.boxes) and tab.message.text() != "Ielādē izvērtējumu…")
    return tab


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the check box's square, as a person does (its centre may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_number(qtbot: QtBot, spin: object, text: str) -> None:
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, text)


def test_categories_carry_their_official_names_and_signs(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    titles = [tab.boxes[c].title() for c in RiskCategory]
    assert titles == [category_name(c, "lv") for c in RiskCategory]
    assert "Ekonomiskie riski" in titles
    meals = tab.boxes[RiskCategory.ECONOMIC].findChild(QCheckBox, "sign_no_money_meals")
    assert meals is not None and meals.text() == "Nav līdzekļu ēdināšanai"
    assert tab.message.text().startswith("Semestrim 2026/2027-1 vēl nav izvērtējuma")
    assert tab.overall.text() == "Kopējais riska līmenis: nav"


def test_teacher_records_an_assessment_and_sees_the_level_and_explanation(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    family = tab.boxes[RiskCategory.FAMILY]
    conflict = family.rows[catalogue.sign("family_conflict")]
    assert not conflict.severity.isEnabled()
    tick(qtbot, conflict.check)
    assert conflict.check.isChecked() and conflict.severity.isEnabled()
    conflict.severity.setCurrentIndex(conflict.severity.findText("augsts"))
    type_text(conflict.note, "Vecāki šķiras, bērns bieži paliek pie vecmāmiņas.")
    assert tab.is_dirty()
    # The preview follows the unsaved input.
    assert family.level.text() == "Līmenis: augsts"
    assert "konflikti vai vardarbība ģimenē (augsta pakāpe)" in family.explanation.text()

    meals = tab.boxes[RiskCategory.ECONOMIC].rows[catalogue.sign("no_money_meals")]
    tick(qtbot, meals.check)
    meals.severity.setCurrentIndex(meals.severity.findText("zems"))
    type_number(qtbot, tab.unjustified, "12")
    learning = tab.boxes[RiskCategory.LEARNING]
    assert learning.level.text() == "Līmenis: vidējs"
    assert "Neattaisnoti kavētas 12 stundas" in learning.explanation.text()
    assert tab.overall.text() == "Kopējais riska līmenis: augsts"
    set_date(tab.assessed_on, date(2026, 11, 20))

    with qtbot.waitSignal(tab.saved):
        tab.save()
    assert not tab.is_dirty()
    assert tab.message.text().startswith("Izvērtēts 20.11.2026, izvērtēja Ilze Kalniņa")
    assert learning.level.text() == "Līmenis: vidējs"
    stored = get_assessment(school.store, school.actors["teacher"], school.student_ids[ANNA],
                            school.current_semester_id)
    assert stored is not None
    assert stored.unjustified_lessons == 12
    assert stored.assessed_on == date(2026, 11, 20)
    assert {(f.code, f.severity) for f in stored.findings} == {
        ("family_conflict", Severity.HIGH), ("no_money_meals", Severity.LOW)}
    assert stored.profile.level(RiskCategory.FAMILY) is RiskLevel.HIGH
    assert stored.profile.level(RiskCategory.LEARNING) is RiskLevel.MEDIUM


def test_invalid_input_is_named_next_to_its_field_and_nothing_is_saved(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    type_number(qtbot, tab.failing, "2")  # failing marks, but no subjects named
    tab.absence.clear()
    qtbot.keyClicks(tab.absence, "12,34")  # two decimals
    tab.save()
    qtbot.waitUntil(lambda: tab.errors.message("failing_subjects") != "")
    assert tab.errors.message("failing_subjects").startswith(
        "Priekšmeti ar nesekmīgiem vērtējumiem: norādiet vismaz vienu priekšmetu")
    assert tab.errors.message("absence_pct").startswith("Kavējumi: norādiet procentus")
    assert tab.errors.labels["failing_subjects"].isVisibleTo(tab)
    assert tab.is_dirty()
    assert get_assessment(school.store, school.actors["teacher"], school.student_ids[ANNA],
                          school.current_semester_id) is None

    type_text(tab.subjects, "matemātika, latviešu valoda")
    tab.absence.clear()
    qtbot.keyClicks(tab.absence, "7,5")
    with qtbot.waitSignal(tab.saved):
        tab.save()
    assert tab.errors.message("failing_subjects") == ""
    stored = get_assessment(school.store, school.actors["teacher"], school.student_ids[ANNA],
                            school.current_semester_id)
    assert stored is not None
    assert stored.failing_subjects == ("matemātika", "latviešu valoda")
    assert stored.absence_pct == Decimal("7.5")


def test_revert_throws_unsaved_edits_away(qtbot: QtBot, make_ctx: MakeContext,
                                          school: SchoolFixture,
                                          catalogue: CatalogueFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    row = tab.boxes[RiskCategory.LEARNING].rows[catalogue.sign("low_marks")]
    tick(qtbot, row.check)
    assert tab.is_dirty()
    tick(qtbot, row.check)  # undone by hand: clean again
    assert not tab.is_dirty()
    tick(qtbot, row.check)
    with qtbot.waitSignal(tab.dirty_changed):
        tab.revert()
    assert not row.check.isChecked() and not tab.is_dirty()


def test_director_and_support_staff_read_without_changing(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    teacher_tab = open_tab(qtbot, make_ctx, school)
    row = teacher_tab.boxes[RiskCategory.SOCIAL_HEALTH].rows[catalogue.sign("health_problems")]
    tick(qtbot, row.check)
    set_date(teacher_tab.assessed_on, date(2026, 11, 20))
    with qtbot.waitSignal(teacher_tab.saved):
        teacher_tab.save()

    for who in ("director", "support"):
        tab = open_tab(qtbot, make_ctx, school, who)
        sign = tab.boxes[RiskCategory.SOCIAL_HEALTH].rows[catalogue.sign("health_problems")]
        assert sign.check.isChecked() and not sign.check.isEnabled()
        assert not tab.indicators.isEnabled()
        assert "nevarat to mainīt" in tab.message.text()
        tab.save()  # nothing to save, nothing happens
        assert not tab.is_dirty()


def test_an_assessment_starts_from_the_imported_attendance(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture, tmp_path: Path) -> None:
    import_attendance(school.store, school.actors["coordinator"],
                      eklase_csv(tmp_path / "oktobris.csv", OCTOBER), "2026-10", TODAY)
    first = screen(school.store, school.actors["teacher"], today=TODAY).candidates[0]
    assert first.full_name == ANNA
    tab = open_tab(qtbot, make_ctx, school)
    assert tab.from_import.isVisible()
    assert tab.from_import.text() == ("Aizpildīt no kavējumiem, kas importēti periodam "
                                      "2026-10 (“oktobris.csv”)")
    assert not tab.is_dirty()  # nothing is filled in before the teacher asks
    qtbot.mouseClick(tab.from_import, Qt.MouseButton.LeftButton)
    assert (tab.absence.text(), tab.unjustified.value()) == ("13,3", 12)
    assert tab.is_dirty()
    with qtbot.waitSignal(tab.saved):
        tab.save()
    stored = get_assessment(school.store, school.actors["teacher"],
                            school.student_ids[ANNA], school.current_semester_id)
    assert stored is not None
    assert (stored.absence_pct, stored.unjustified_lessons) == (Decimal("13.3"), 12)
    assert not tab.from_import.isVisible()
    assert ANNA not in [c.full_name for c in screen(school.store, school.actors["teacher"],
                                                    today=TODAY).candidates]


def test_a_retired_sign_is_not_offered_unless_the_assessment_has_it(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    coordinator = school.actors["coordinator"]
    conflict, meals = catalogue.sign("family_conflict"), catalogue.sign("no_money_meals")
    set_risk_sign_retired(school.store, coordinator, meals, True)
    tab = open_tab(qtbot, make_ctx, school)
    assert meals not in tab.boxes[RiskCategory.ECONOMIC].rows
    assert conflict in tab.boxes[RiskCategory.FAMILY].rows
    tab.close()
    record_assessment(school.store, coordinator, make_input(
        school, findings=[FindingInput(conflict, Severity.MEDIUM)]), today=date(2026, 12, 3))
    set_risk_sign_retired(school.store, coordinator, conflict, True)
    kept = open_tab(qtbot, make_ctx, school)
    assert kept.boxes[RiskCategory.FAMILY].rows[conflict].check.isChecked()
