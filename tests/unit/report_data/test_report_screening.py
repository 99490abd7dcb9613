"""The semester report's early-warning figures, counted by hand: the pupils screened from the
imports of the semester, the candidates among them, and of those the assessed and the taken
into the programme (an approved plan) — in the figures and in the printed PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.reports.semester import semester_report_pdf
from app.services.report_data.semester import semester_report
from tests.builders.attendance_files import eklase_csv, import_attendance
from tests.builders.catalogue import CatalogueFixture
from tests.builders.early_warning import TODAY
from tests.builders.marks_files import eklase_marks_csv, import_marks
from tests.builders.reports import SEM, approve, pdf_text, plan_with_risks
from tests.builders.school import SchoolFixture


@pytest.fixture
def screened(school: SchoolFixture, cat: CatalogueFixture, tmp_path: Path) -> SchoolFixture:
    """Anna's plan approved, Oskars's submitted (both assessed); October's attendance makes
    Anna, Oskars and Laura candidates (Elīza is screened, below caution), and Pēteris's marks
    make him one (4 failing marks: HIGH), not assessed."""
    approve(school, plan_with_risks(school, cat))
    plan_with_risks(school, cat, "Oskars Lūsis")
    coordinator = school.actors["coordinator"]
    import_attendance(school.store, coordinator, eklase_csv(tmp_path / "oktobris.csv", [
        ["Ēcere", "Anna", "", "5.a", "100", "12", "0", ""],  # 12 %: HIGH
        ["Lūsis", "Oskars", "", "6.b", "100", "0", "10", ""],  # 10 unjustified: MEDIUM
        ["Ķemere", "Laura", "", "5.a", "100", "6", "0", ""],  # 6 %: MEDIUM
        ["Ņikitina", "Elīza", "", "6.b", "100", "1", "1", ""],  # 2 %, 1: no
    ]), "2026-10", TODAY)
    import_marks(school.store, coordinator, eklase_marks_csv(tmp_path / "vērtējumi.csv", [
        ["1", "Šmits", "Pēteris", "", "5.a", "1 2", "3", "2", ""]]), "2026-10", TODAY)
    return school


def test_the_screening_figures_of_the_semester(screened: SchoolFixture, tmp_path: Path) -> None:
    report = semester_report(screened.store, screened.actors["coordinator"],
                             screened.semester_ids[SEM])
    assert (report.screened, report.candidates, report.candidates_assessed,
            report.candidates_taken_in) == (5, 4, 2, 1)
    text = pdf_text(semester_report_pdf(report, "lv"), tmp_path)
    assert "No tiem kandidāti izvērtēšanai" in text and "Kandidāti, kas izvērtēti" in text
    # the second semester has no import of its own: nothing screened
    later = semester_report(screened.store, screened.actors["coordinator"],
                            screened.semester_ids["2026/2027-2"])
    assert (later.screened, later.candidates) == (0, 0)


def test_the_director_counts_the_whole_school(screened: SchoolFixture) -> None:
    report = semester_report(screened.store, screened.actors["director"],
                             screened.semester_ids[SEM])
    assert (report.screened, report.candidates) == (5, 4)
