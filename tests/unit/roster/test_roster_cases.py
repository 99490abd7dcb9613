"""The roster import's finer cases: returning pupils, archived classes, grade and group in two
columns, codes that lost their leading zero in Excel, refused rows never counted missing;
the pupils export by role."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.errors import PermissionDenied
from app.models import AuditEntry, SchoolClass, Student
from app.models.enums import StudentStatus
from app.services.history.student_history import describe
from app.services.roster import (
    RowKind,
    apply_roster,
    export_pupils,
    preview_roster,
    pupils_for_export,
    read_roster,
)
from tests.builders.roster_files import personal_code, write_csv, write_xlsx
from tests.builders.school import SchoolFixture

TODAY = date(2026, 12, 1)
YEAR = "2026/2027"


def _preview(school: SchoolFixture, path: Path):  # type: ignore[no-untyped-def]
    return preview_roster(school.store, school.actors["coordinator"], read_roster(path),
                          school_year=YEAR, today=TODAY)


def test_a_pupil_who_left_and_is_listed_again_returns(school: SchoolFixture,
                                                      tmp_path: Path) -> None:
    anna = school.student_ids["Anna Ēcere"]
    with school.store.write() as s:
        row = s.get(Student, anna)
        assert row is not None
        row.status, row.status_changed_on = StudentStatus.LEFT, date(2026, 10, 1)
    unsure = _preview(school, write_csv(tmp_path / "x.csv", [["Ēcere", "Anna", "", "", "6.b"]]))
    assert unsure.rows[0].kind is RowKind.ERROR  # perhaps her, perhaps another Anna Ēcere
    assert "(5.a)" in unsure.rows[0].problem_text("lv")
    with school.store.write() as s:
        row = s.get(Student, anna)
        assert row is not None
        row.birth_date = date(2015, 3, 5)
    preview = _preview(school, write_csv(tmp_path / "y.csv",
                                         [["Ēcere", "Anna", "", "05.03.2015", "6.b"]]))
    assert preview.rows[0].kind is RowKind.RETURNING and preview.rows[0].from_class == "5.a"
    result = apply_roster(school.store, school.actors["coordinator"], preview, today=TODAY)
    assert result.returned == 1
    with school.store.read() as s:
        row = s.get(Student, anna)
        assert row is not None and row.status is StudentStatus.ACTIVE
        assert row.class_id == school.class_ids["6.b"]


def test_an_archived_class_is_an_error(school: SchoolFixture, tmp_path: Path) -> None:
    with school.store.write() as s:
        s.add(SchoolClass(school_year_id=school.year_id, name="9.z", grade=9, archived=True))
    preview = _preview(school, write_csv(tmp_path / "x.csv", [["Ozols", "Ints", "", "", "9.Z"]]))
    assert preview.rows[0].kind is RowKind.ERROR
    assert "arhivēta" in preview.rows[0].problem_text("lv")
    assert preview.classes_to_create == ()


def test_grade_and_group_in_two_columns_and_a_code_that_lost_its_zero(
        school: SchoolFixture, tmp_path: Path) -> None:
    code = personal_code(date(2014, 1, 9), 5)  # "090114-…": starts with a zero
    assert code.startswith("0")
    path = write_xlsx(tmp_path / "viis.xlsx", [["Ozols", "Ints", int(code.replace("-", "")), 5,
                                                 "a"]],
                      headers=("Uzvārds", "Vārds", "Personas kods", "Klase", "Grupa"))
    preview = _preview(school, path)
    row = preview.rows[0]
    assert (row.kind, row.class_name, row.personal_code) == (RowKind.NEW, "5.a", code)
    assert row.birth_date == date(2014, 1, 9)


def test_a_refused_row_is_not_counted_missing(school: SchoolFixture, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Ēcere", "Anna", "", "32.13.2015", "5.a"],
                                          ["Šmits", "Pēteris", "", "", "5.a"]])
    preview = _preview(school, path)
    assert [r.kind for r in preview.rows] == [RowKind.ERROR, RowKind.UNCHANGED]
    assert [m.full_name for m in preview.missing] == ["Laura Ķemere"]
    result = apply_roster(school.store, school.actors["coordinator"], preview,
                          skip_bad_rows=True, mark_missing_left=True, today=TODAY)
    assert result.marked_left == 1
    with school.store.read() as s:
        anna = s.get(Student, school.student_ids["Anna Ēcere"])
        assert anna is not None and anna.status is StudentStatus.ACTIVE


def test_two_register_pupils_of_one_name_and_date_are_ambiguous(school: SchoolFixture,
                                                                tmp_path: Path) -> None:
    born = date(2015, 1, 2)
    with school.store.write() as s:
        for cls in ("5.a", "6.b"):
            s.add(Student(first_name="Kārlis", last_name="Ozols", birth_date=born,
                          class_id=school.class_ids[cls]))
    preview = _preview(school, write_csv(tmp_path / "x.csv",
                                         [["Ozols", "Kārlis", "", "02.01.2015", "5.a"]]))
    assert preview.rows[0].kind is RowKind.ERROR
    assert "2 skolēni" in preview.rows[0].problem_text("lv")


def test_the_export_follows_who_may_see_whom(school: SchoolFixture, tmp_path: Path) -> None:
    semester = school.current_semester_id
    mine = pupils_for_export(school.store, school.actors["teacher"], semester)
    assert {r.class_name for r in mine} == {"5.a"} and len(mine) == 3
    everyone = pupils_for_export(school.store, school.actors["coordinator"], semester)
    assert len(everyone) == 5
    with pytest.raises(PermissionDenied):
        pupils_for_export(school.store, school.actors["admin"], semester)
    out = tmp_path / "5a.xlsx"
    assert export_pupils(school.store, school.actors["teacher"], out, semester_id=semester) == 3
    sheet = load_workbook(out).worksheets[0]
    assert sheet.max_row == 4 and sheet.cell(1, 4).value == "Personas kods"
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "roster.export")).one()
    import json
    assert describe(entry.action, json.loads(entry.details), lang="lv") == (
        "Izgūts skolēnu saraksts “5a.xlsx” (3 skolēni, ar personas kodiem).")
