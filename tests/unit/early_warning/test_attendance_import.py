"""The attendance import: both e-journals' shapes, each encoding and delimiter, bad rows with
their sentences, all or nothing, and importing a period again replacing it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import PermissionDenied, ValidationError
from app.models import AttendanceFigure, AuditEntry, IndicatorImport, Student
from app.services.indicators import (
    AttendanceKind,
    AttendancePreview,
    apply_attendance,
    preview_attendance,
)
from app.services.roster import read_roster
from tests.builders.attendance_files import eklase_csv, eklase_xlsx, mykoob_csv
from tests.builders.roster_files import personal_code
from tests.builders.school import SchoolFixture

TODAY = date(2026, 11, 5)
CODE_ANNA = personal_code(date(2015, 3, 5), 101)


@pytest.fixture
def coded(school: SchoolFixture) -> SchoolFixture:
    with school.store.write() as s:
        anna = s.get(Student, school.student_ids["Anna Ēcere"])
        assert anna is not None
        anna.personal_code = CODE_ANNA
    return school


def _preview(school: SchoolFixture, path: Path, period: str | None = "2026-10",
             who: str = "coordinator") -> AttendancePreview:
    return preview_attendance(school.store, school.actors[who], read_roster(path), period,
                              today=TODAY)


def _figures(school: SchoolFixture) -> dict[str, tuple[int | None, ...]]:
    with school.store.read() as s:
        return {f"{st.first_name} {st.last_name}": (f.lessons, f.justified, f.unjustified,
                                                     f.late)
                for f, st in s.execute(select(AttendanceFigure, Student).join(
                    Student, Student.id == AttendanceFigure.student_id))}


@pytest.mark.parametrize(("encoding", "delimiter"), [("cp1257", ";"), ("utf-8", ","),
                                                     ("utf-8-sig", ";"), ("cp1257", ",")])
def test_eklase_csv_in_each_encoding_and_delimiter(coded: SchoolFixture, tmp_path: Path,
                                                   encoding: str, delimiter: str) -> None:
    path = eklase_csv(tmp_path / "e-klase.csv", [
        ["Ēcere", "Anna", CODE_ANNA, "6.b", "120", "4", "12", "3"],  # by code (class wrong)
        ["Ķemere", "Laura", "", "5.a", "118", "0", "0", ""],  # by name in class
    ], encoding=encoding, delimiter=delimiter)
    preview = _preview(coded, path)
    assert preview.table.delimiter == delimiter
    assert [r.kind for r in preview.rows] == [AttendanceKind.MATCHED] * 2
    assert preview.rows[0].figures.absence_pct == Decimal("13.3")
    result = apply_attendance(coded.store, coded.actors["coordinator"], preview, today=TODAY)
    assert (result.imported, result.replaced) == (2, False)
    assert _figures(coded) == {"Anna Ēcere": (120, 4, 12, 3), "Laura Ķemere": (118, 0, 0, None)}


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8", ","), ("cp1257", ";")])
def test_mykoob_gives_the_total_and_the_justified_are_the_rest(
        school: SchoolFixture, tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = mykoob_csv(tmp_path / "mykoob.csv", [
        ["Pēteris", "Šmits", "5.a", "100", "15", "12", "2"],
        ["Oskars", "Lūsis", "6.b", "", "3", "1", ""],  # no lessons: no absence %
    ], encoding=encoding, delimiter=delimiter)
    preview = _preview(school, path)
    assert [r.figures.justified for r in preview.rows] == [3, 2]
    assert preview.rows[1].figures.absence_pct is None
    apply_attendance(school.store, school.actors["coordinator"], preview, today=TODAY)
    assert _figures(school) == {"Pēteris Šmits": (100, 3, 12, 2),
                                "Oskars Lūsis": (None, 2, 1, None)}


def test_xlsx_export(school: SchoolFixture, tmp_path: Path) -> None:
    path = eklase_xlsx(tmp_path / "e-klase.xlsx", [
        ["Lūsis", "Oskars", None, "6.b", 90, 9, 1, 0]])
    preview = _preview(school, path)
    assert preview.table.format == "xlsx"
    assert preview.rows[0].figures.absence_pct == Decimal("11.1")


def test_bad_rows_say_what_is_wrong_and_nothing_is_stored(school: SchoolFixture,
                                                         tmp_path: Path) -> None:
    path = eklase_csv(tmp_path / "e-klase.csv", [
        ["Ēcere", "Anna", "", "5.a", "100", "divi", "0", ""],
        ["Nezināms", "Jānis", "", "5.a", "100", "0", "0", ""],
        ["Lūsis", "Oskars", "", "9.z", "100", "0", "0", ""],
        ["Šmits", "Pēteris", "", "5.a", "10", "8", "5", ""],
        ["Ķemere", "Laura", "", "5.a", "100", "1", "1", ""],
        ["Ķemere", "Laura", "", "5.a", "100", "1", "1", ""],
    ])
    preview = _preview(school, path)
    assert [r.kind for r in preview.rows] == [
        AttendanceKind.ERROR, AttendanceKind.UNMATCHED, AttendanceKind.UNMATCHED,
        AttendanceKind.ERROR, AttendanceKind.MATCHED, AttendanceKind.DUPLICATE]
    texts = [r.problem_text() for r in preview.rejected]
    assert texts == [
        "3. rinda, kolonna “Attaisnoti”: “divi” nav vesels skaitlis (0 vai vairāk).",
        "4. rinda, kolonna “Uzvārds”: skolā nav skolēna “Jānis Nezināms” klasē 5.a.",
        "5. rinda, kolonna “Uzvārds”: skolā šajā mācību gadā nav klases “9.z”.",
        "6. rinda, kolonna “Stundas”: stundu (10) ir mazāk nekā kavēto stundu (13).",
        "8. rinda, kolonna “Uzvārds”: šis skolēns jau ir 7. rindā.",
    ]
    assert preview.rejected[1].problem_text("en") == (
        "Row 4, column “Uzvārds”: the school has no pupil “Jānis Nezināms” in class 5.a.")
    with pytest.raises(ValidationError):
        apply_attendance(school.store, school.actors["coordinator"], preview, today=TODAY)
    assert _figures(school) == {}
    result = apply_attendance(school.store, school.actors["coordinator"], preview,
                              skip_bad_rows=True, today=TODAY)
    assert (result.imported, result.skipped) == (1, 5)


def test_importing_a_period_again_replaces_it(school: SchoolFixture, tmp_path: Path) -> None:
    coordinator = school.actors["coordinator"]
    first = eklase_csv(tmp_path / "oktobris.csv", [["Lūsis", "Oskars", "", "6.b", "80", "2",
                                                    "1", ""]])
    apply_attendance(school.store, coordinator, _preview(school, first), today=TODAY)
    other = _preview(school, first, "2026-09")  # another period is kept beside it
    apply_attendance(school.store, coordinator, other, today=TODAY)
    again = eklase_csv(tmp_path / "oktobris-2.csv", [["Lūsis", "Oskars", "", "6.b", "80", "5",
                                                      "4", ""]])
    preview = _preview(school, again)
    assert preview.replaces is not None and preview.replaces.source_name == "oktobris.csv"
    assert apply_attendance(school.store, coordinator, preview, today=TODAY).replaced
    with school.store.read() as s:
        periods = {p: n for p, n in s.execute(select(IndicatorImport.period,
                                                          IndicatorImport.source_name))}
        assert periods == {"2026-10": "oktobris-2.csv", "2026-09": "oktobris.csv"}
        assert s.scalar(select(func.count()).select_from(AttendanceFigure)) == 2
        actions = s.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "indicators.attendance_import")).all()
        assert len(actions) == 3


def test_the_period_defaults_to_the_semester_and_is_checked(school: SchoolFixture,
                                                            tmp_path: Path) -> None:
    path = eklase_csv(tmp_path / "e-klase.csv", [["Lūsis", "Oskars", "", "6.b", "1", "0",
                                                  "0", ""]])
    preview = _preview(school, path, None)
    assert (preview.period.label, preview.period.kind) == ("2026/2027-1", "semester")
    with pytest.raises(ValidationError) as caught:
        _preview(school, path, "2026-13")
    assert "2026-13" in caught.value.text("lv")
    with pytest.raises(ValidationError):
        _preview(school, path, "2030-01")  # no school year


def test_only_who_imports_class_lists_imports_attendance(school: SchoolFixture,
                                                        tmp_path: Path) -> None:
    path = eklase_csv(tmp_path / "e-klase.csv", [["Lūsis", "Oskars", "", "6.b", "1", "0",
                                                  "0", ""]])
    with pytest.raises(PermissionDenied):
        _preview(school, path, who="teacher")
    assert _preview(school, path, who="admin").counts.matched == 1
