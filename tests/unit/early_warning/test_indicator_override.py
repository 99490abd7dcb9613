"""An assessment filled in from the imports: an indicator the teacher changes needs a reason,
which is stored with the imported value and audited; without it nothing is saved."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import NotFound, ValidationError
from app.models import AuditEntry, IndicatorOverride, RiskAssessment
from app.services.assessments import AssessmentInput
from app.services.early_warning import imported_values, latest_indicators, record_from_import
from app.services.history import describe
from tests.builders.attendance_files import eklase_csv, import_attendance
from tests.builders.early_warning import TODAY
from tests.builders.marks_files import (
    eklase_conduct_csv,
    eklase_marks_csv,
    import_conduct,
    import_marks,
)
from tests.builders.school import SchoolFixture

ANNA = "Anna Ēcere"


@pytest.fixture
def imported(school: SchoolFixture, tmp_path: Path) -> SchoolFixture:
    coordinator = school.actors["coordinator"]
    import_attendance(school.store, coordinator, eklase_csv(tmp_path / "k.csv", [
        ["Ēcere", "Anna", "", "5.a", "120", "4", "12", "2"]]), "2026-10", TODAY)  # 13,3 %
    import_marks(school.store, coordinator, eklase_marks_csv(tmp_path / "v.csv", [
        ["1", "Ēcere", "Anna", "", "5.a", "3 2", "", "2", ""]]), "2026-10", TODAY)  # 3
    import_conduct(school.store, coordinator, eklase_conduct_csv(tmp_path / "p.csv", [
        ["Ēcere", "Anna", "", "5.a", "2"]]), "2026-10", TODAY)
    return school


def _input(school: SchoolFixture, **changed: object) -> AssessmentInput:
    values: dict[str, object] = {"absence_pct": Decimal("13.3"), "unjustified_lessons": 12,
                                 "failing_marks": 3, "conduct_incidents": 2}
    values.update(changed)
    return AssessmentInput(student_id=school.student_ids[ANNA],
                           semester_id=school.current_semester_id, assessed_on=TODAY,
                           failing_subjects=["Matemātika", "Fizika"],
                           **values)  # type: ignore[arg-type]


def _overrides(school: SchoolFixture) -> list[tuple[str, str, str, str, str]]:
    with school.store.read() as s:
        return [(o.field, o.period, o.imported_value, o.entered_value, o.reason)
                for o in s.scalars(select(IndicatorOverride).order_by(IndicatorOverride.field))]


def test_the_imported_values_are_the_assessments_fields(imported: SchoolFixture) -> None:
    latest = latest_indicators(imported.store, imported.actors["teacher"],
                               imported.student_ids[ANNA])
    assert {k: v.value for k, v in imported_values(latest).items()} == {
        "absence_pct": Decimal("13.3"), "unjustified_lessons": 12, "failing_marks": 3,
        "conduct_incidents": 2}


def test_unchanged_figures_need_no_reason(imported: SchoolFixture) -> None:
    view = record_from_import(imported.store, imported.actors["teacher"], _input(imported), {},
                              today=TODAY)
    assert (view.absence_pct, view.unjustified_lessons) == (Decimal("13.3"), 12)
    assert _overrides(imported) == []


def test_a_changed_figure_needs_a_reason_which_is_recorded(imported: SchoolFixture) -> None:
    teacher = imported.actors["teacher"]
    data = _input(imported, unjustified_lessons=8, absence_pct=Decimal("10"))
    with pytest.raises(ValidationError) as caught:
        record_from_import(imported.store, teacher, data, {"absence_pct": "  "}, today=TODAY)
    assert caught.value.fields == ["absence_pct_reason", "unjustified_lessons_reason"]
    assert caught.value.problems[1].text("lv") == (
        "Importētā vērtība ir 12 (periods 2026-10); ja to maināt, norādiet iemeslu.")
    assert caught.value.problems[0].text("en") == (
        "The imported value is 13,3 (period 2026-10); give a reason when you change it.")
    with imported.store.read() as s:  # nothing saved
        assert s.scalars(select(RiskAssessment)).all() == []

    reasons = {"absence_pct": "4 stundas bija ekskursija",
               "unjustified_lessons": "4 stundas attaisnotas vēlāk ar ārsta zīmi"}
    record_from_import(imported.store, teacher, data, reasons, today=TODAY)
    assert _overrides(imported) == [
        ("absence_pct", "2026-10", "13.3", "10", "4 stundas bija ekskursija"),
        ("unjustified_lessons", "2026-10", "12", "8",
         "4 stundas attaisnotas vēlāk ar ārsta zīmi")]
    with imported.store.read() as s:
        entries = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "assessment.indicator_override").order_by(AuditEntry.seq)).all()
        assert [e.student_id for e in entries] == [imported.student_ids[ANNA]] * 2
        details = json.loads(entries[1].details)
    assert describe("assessment.indicator_override", details) == (
        "Izvērtējumā mainīts importētais rādītājs “neattaisnoti kavētās stundas” (periods "
        "2026-10): 12 → 8; iemesls: “4 stundas attaisnotas vēlāk ar ārsta zīmi”.")


def test_a_class_teacher_only_for_their_classes(imported: SchoolFixture) -> None:
    with pytest.raises(NotFound):
        record_from_import(imported.store, imported.actors["teacher2"], _input(imported), {},
                           today=TODAY)
