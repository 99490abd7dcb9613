"""Screening against figures computed by hand: who is a candidate, the level, the reason in
both languages, the trend, "no data" where a figure is missing, and who may see whom."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import PermissionDenied
from app.models import RiskAssessment, Student
from app.models.enums import RiskLevel, StudentStatus
from app.services.early_warning import Direction, screen
from tests.builders.attendance_files import eklase_csv, import_attendance
from tests.builders.early_warning import OCTOBER, SEPTEMBER, TODAY
from tests.builders.school import SchoolFixture


@pytest.fixture
def screened(school: SchoolFixture, tmp_path: Path) -> SchoolFixture:
    coordinator = school.actors["coordinator"]
    for period, rows in (("2026-09", SEPTEMBER), ("2026-10", OCTOBER)):
        import_attendance(school.store, coordinator, eklase_csv(tmp_path / f"{period}.csv",
                                                                rows), period, TODAY)
    with school.store.write() as s:
        s.add(RiskAssessment(student_id=school.student_ids["Pēteris Šmits"],
                             semester_id=school.current_semester_id,
                             assessed_by_id=coordinator.user_id, assessed_on=TODAY))
    return school


def test_the_coordinator_sees_every_candidate_with_the_reason(screened: SchoolFixture) -> None:
    result = screen(screened.store, screened.actors["coordinator"], today=TODAY)
    assert result.semester_label == "2026/2027-1" and result.screened == 4
    assert [(c.full_name, c.level) for c in result.candidates] == [
        ("Anna Ēcere", RiskLevel.HIGH), ("Laura Ķemere", RiskLevel.HIGH),
        ("Oskars Lūsis", RiskLevel.MEDIUM)]
    anna, laura, oskars = result.candidates
    assert (anna.absence_level, anna.unjustified_level) == (RiskLevel.HIGH, RiskLevel.MEDIUM)
    assert anna.latest.absence_pct == Decimal("13.3") and anna.latest.source_name == "2026-10.csv"
    assert anna.reason("lv") == "12 neattaisnoti kavētas stundas oktobrī; kavējumi 13,3 % stundu"
    assert anna.reason("en") == ("12 unjustified lessons missed in October; "
                                 "absences 13.3% of lessons")
    assert anna.direction is Direction.WORSE
    assert anna.trend("lv") == ("pasliktinājies (iepriekš septembrī: kavējumi 3 %, "
                                "neattaisnoti 1)")
    assert (laura.absence_level, laura.unjustified_level) == (None, RiskLevel.HIGH)
    assert laura.reason("lv") == "21 neattaisnoti kavēta stunda oktobrī; kavējumu %: nav datu"
    assert laura.absence_text("en") == "N/A" and laura.absence_text("lv") == "nav datu"
    assert laura.direction is Direction.UNKNOWN
    assert laura.trend("en") == "no figures for the previous period"
    assert oskars.direction is Direction.SAME and oskars.absence_text("lv") == "6 %"


def test_a_class_teacher_screens_only_their_classes(screened: SchoolFixture) -> None:
    def names(who: str) -> list[str]:
        return [c.full_name for c in screen(screened.store, screened.actors[who],
                                            today=TODAY).candidates]

    assert names("teacher") == ["Anna Ēcere", "Laura Ķemere"]
    assert names("teacher2") == ["Oskars Lūsis"]
    for who in ("support", "director", "admin"):
        with pytest.raises(PermissionDenied):
            screen(screened.store, screened.actors[who], today=TODAY)


def test_pupils_who_left_or_were_assessed_are_not_candidates(screened: SchoolFixture) -> None:
    with screened.store.write() as s:
        anna = s.get(Student, screened.student_ids["Anna Ēcere"])
        assert anna is not None
        anna.status = StudentStatus.LEFT
    result = screen(screened.store, screened.actors["coordinator"], today=TODAY)
    assert [c.full_name for c in result.candidates] == ["Laura Ķemere", "Oskars Lūsis"]
    # the next semester: Pēteris's assessment was of the first one, so he is screened again
    later = screen(screened.store, screened.actors["coordinator"], today=date(2027, 3, 1))
    assert [c.full_name for c in later.candidates] == ["Laura Ķemere", "Pēteris Šmits",
                                                       "Oskars Lūsis"]
