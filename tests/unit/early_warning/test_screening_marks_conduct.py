"""Screening with imported marks and conduct notes, against figures computed by hand: the
failing marks and the falling average feed the course-performance level, the notes the
conduct level; the reasons name the subjects; "nav datu" / "N/A" where a kind is missing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import NotFound
from app.models.enums import RiskLevel
from app.services.early_warning import in_subject, latest_indicators, screen
from tests.builders.attendance_files import eklase_csv, import_attendance
from tests.builders.early_warning import TODAY
from tests.builders.marks_files import (
    eklase_marks_csv,
    import_conduct,
    import_marks,
    mykoob_conduct_csv,
)
from tests.builders.school import SchoolFixture

# Nr., surname, first name, code, class, Matemātika, Latviešu valoda, Fizika, Vidējais
SEPTEMBER = [
    ["1", "Ēcere", "Anna", "", "5.a", "6 7", "8", "7", ""],  # average 28/4 = 7
    ["2", "Lūsis", "Oskars", "", "6.b", "5", "", "6", ""],  # 11/2 = 5,5
    ["3", "Ņikitina", "Elīza", "", "6.b", "8", "", "", ""],  # 8
]
OCTOBER = [
    # 3 failing (maths 2, physics 1): 3 = MEDIUM; 7/3 = 2,3, down 4,7: a step up, HIGH
    ["1", "Ēcere", "Anna", "", "5.a", "3 2", "nv", "2", ""],
    # 1 failing ("neieskaitīts"): LOW; 4 against 5,5, down 1,5: MEDIUM
    ["2", "Lūsis", "Oskars", "", "6.b", "4", "", "neieskaitīts", ""],
    # none failing: NONE; 7 against 8, down exactly 1: LOW — not a candidate
    ["3", "Ņikitina", "Elīza", "", "6.b", "7", "", "", ""],
    # 1 failing ("ni"), no number so no average: LOW (and 3 conduct notes: MEDIUM)
    ["4", "Ķemere", "Laura", "", "5.a", "ni", "", "", ""],
]
NOTES = [["Laura", "Ķemere", "5.a", f"0{d}.10.2026", "Traucē stundu"] for d in (1, 2, 3)] + [
    ["Elīza", "Ņikitina", "6.b", f"0{d}.10.2026", "Kavē"] for d in (1, 2)]  # 2 = LOW


@pytest.fixture
def screened(school: SchoolFixture, tmp_path: Path) -> SchoolFixture:
    coordinator = school.actors["coordinator"]
    for period, rows in (("2026-09", SEPTEMBER), ("2026-10", OCTOBER)):
        import_marks(school.store, coordinator,
                     eklase_marks_csv(tmp_path / f"vērtējumi-{period}.csv", rows), period,
                     TODAY)
    import_conduct(school.store, coordinator, mykoob_conduct_csv(tmp_path / "piezīmes.csv",
                                                                 NOTES), "2026-10", TODAY)
    import_attendance(school.store, coordinator, eklase_csv(tmp_path / "kavējumi.csv", [
        ["Lūsis", "Oskars", "", "6.b", "100", "2", "0", ""]]), "2026-10", TODAY)  # 2 %
    return school


def test_marks_and_conduct_make_candidates_with_their_reasons(screened: SchoolFixture) -> None:
    result = screen(screened.store, screened.actors["coordinator"], today=TODAY)
    assert result.screened == 5
    assert [(c.full_name, c.level) for c in result.candidates] == [
        ("Anna Ēcere", RiskLevel.HIGH), ("Laura Ķemere", RiskLevel.MEDIUM),
        ("Oskars Lūsis", RiskLevel.MEDIUM)]
    anna, laura, oskars = result.candidates

    assert (anna.failing_level, anna.conduct_level, anna.falling) == (RiskLevel.HIGH, None,
                                                                      True)
    assert anna.marks is not None and anna.marks.failing_subjects == ("Matemātika", "Fizika")
    assert anna.marks.average == Decimal("2.3") and anna.previous_marks is not None
    assert anna.previous_marks.average == Decimal("7")
    assert anna.reason("lv") == (
        "kavējumi: nav datu; 3 nesekmīgi vērtējumi matemātikā un fizikā oktobrī; vidējais "
        "vērtējums samazinājies no 7 septembrī līdz 2,3 oktobrī")
    assert anna.reason("en") == (
        "attendance: N/A; 3 failing marks (Matemātika and Fizika) in October; the average "
        "mark fell from 7 in September to 2.3 in October")
    assert anna.absence_text("lv") == "nav datu" and anna.conduct_text("en") == "N/A"
    assert anna.failing_text("lv") == "3" and anna.average_text("lv") == "2,3"

    assert (laura.failing_level, laura.conduct_level, laura.falling) == (
        RiskLevel.LOW, RiskLevel.MEDIUM, None)
    assert laura.average_text("lv") == "nav datu" and laura.conduct_text("lv") == "3"
    assert laura.reason("lv") == ("kavējumi: nav datu; 1 nesekmīgs vērtējums matemātikā "
                                  "oktobrī; 3 uzvedības piezīmes oktobrī")

    assert (oskars.absence_level, oskars.unjustified_level) == (RiskLevel.NONE,
                                                                RiskLevel.NONE)
    assert (oskars.failing_level, oskars.falling) == (RiskLevel.MEDIUM, True)
    assert oskars.reason("lv") == (
        "0 neattaisnoti kavētas stundas oktobrī; kavējumi 2 % stundu; 1 nesekmīgs vērtējums "
        "fizikā oktobrī; vidējais vērtējums samazinājies no 5,5 septembrī līdz 4 oktobrī")
    assert oskars.source[0] == "kavējumi.csv"  # the newest import of the three


def test_a_class_teacher_screens_only_their_classes(screened: SchoolFixture) -> None:
    def names(who: str) -> list[str]:
        return [c.full_name for c in screen(screened.store, screened.actors[who],
                                            today=TODAY).candidates]

    assert names("teacher") == ["Anna Ēcere", "Laura Ķemere"]
    assert names("teacher2") == ["Oskars Lūsis"]


def test_an_assessment_starts_from_every_kind_imported(screened: SchoolFixture) -> None:
    anna = screened.student_ids["Anna Ēcere"]
    got = latest_indicators(screened.store, screened.actors["teacher"], anna)
    assert got.attendance is None and got.conduct is None
    assert got.marks is not None and (got.marks.period, got.marks.failing) == ("2026-10", 3)
    laura = latest_indicators(screened.store, screened.actors["coordinator"],
                              screened.student_ids["Laura Ķemere"])
    assert laura.conduct is not None and laura.conduct.notes == 3
    with pytest.raises(NotFound):
        latest_indicators(screened.store, screened.actors["teacher2"], anna)


@pytest.mark.parametrize(("name", "inside"), [
    ("Matemātika", "matemātikā"), ("Latviešu valoda", "latviešu valodā"),
    ("Vizuālā māksla", "vizuālajā mākslā"), ("Sports un veselība", "sportā un veselībā"),
    ("Sociālās zinības", "sociālajās zinībās"), ("Vēsture", "vēsturē"),
    ("Latvijas vēsture", "Latvijas vēsturē"), ("IT", "IT")])
def test_a_subject_inside_a_latvian_sentence(name: str, inside: str) -> None:
    assert in_subject(name) == inside
