"""The semester figures (SQL aggregates) against the records the schools sent: per school,
for the whole municipality, after a tombstone, and in the CSV and PDF reports."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.hub.decisions import decide
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.hub.report import ALL, semester_report
from app.hub.report_csv import report_csv
from app.hub.report_pdf import write_pdf
from tests.builders.hub import SEMESTER, TestSchool, semester_records, tombstone
from tests.builders.hub_aggregates import EXPECTED


def _enrol(hub: Hub, name: str) -> TestSchool:
    school = TestSchool(name=name)
    school.accept_trust(enrol_school(hub, school.request()).trust)
    return school


def test_figures_per_school_and_for_the_municipality(hub: Hub) -> None:
    schools = [_enrol(hub, "Ādažu vidusskola"), _enrol(hub, "Carnikavas pamatskola")]
    sent = [semester_records() for _ in schools]
    for school, semester in zip(schools, sent, strict=True):
        assert ingest_bundle(hub, school.bundle(semester.records).data).status == "accepted"
    decide(hub, sent[0].plan_ids[0], accept=True)
    report = semester_report(hub, SEMESTER)
    for (section, item, metric), value in EXPECTED.items():
        for school in schools:
            assert report.value(section, school.school_id, item, metric) == value, \
                (section, item, metric)
        assert report.value(section, ALL, item, metric) == 2 * value, (section, item, metric)
    assert report.value("decisions", schools[0].school_id, "accepted", "plans") == 1
    assert report.value("decisions", schools[0].school_id, "pending", "plans") == 1
    assert report.value("decisions", ALL, "pending", "plans") == 3
    assert semester_report(hub, "2025/2026-2").value("plans", ALL, "approved", "plans") == 0


def test_a_tombstone_takes_a_record_out_of_the_figures(hub: Hub) -> None:
    school = _enrol(hub, "Ādažu vidusskola")
    semester = semester_records()
    ingest_bundle(hub, school.bundle(semester.records).data)
    ingest_bundle(hub, school.bundle({"support_plan": [tombstone(semester.plan_ids[2])]}).data)
    report = semester_report(hub, SEMESTER)
    assert report.value("plans", school.school_id, "draft", "plans") == 0
    assert report.value("plans", school.school_id, "approved", "plans") == 2


def test_csv_and_pdf_reports(hub: Hub, tmp_path: Path) -> None:
    school = _enrol(hub, "Ādažu vidusskola")
    ingest_bundle(hub, school.bundle(semester_records().records).data)
    report = semester_report(hub, SEMESTER)
    rows = list(csv.DictReader(report_csv(report).splitlines()))
    mine = {(r["section"], r["item"], r["metric"]): int(r["value"]) for r in rows
            if r["school_id"] == school.school_id}
    assert all(mine[k] == v for k, v in EXPECTED.items() if k in mine)
    assert mine[("costs", "total", "delivered_value_cents")] == 6850
    assert {r["school"] for r in rows} == {"Ādažu vidusskola", "Ādažu novads"}
    assert not any("Ēcere" in value for r in rows for value in r.values())  # pseudonymous
    pdf = tmp_path / "report.pdf"
    write_pdf(report, pdf, "lv")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Ādažu vidusskola" in text and "2026/2027-1" in text
    assert "Psihologs" in text or "psiholog" in text.lower()


def test_a_semester_must_be_written_as_year_and_number(hub: Hub) -> None:
    with pytest.raises(ValidationError) as bad:
        semester_report(hub, "2026-1")
    assert "Semestris" in bad.value.text("lv") and "2026/2027-1" in bad.value.text("lv")


def test_data_for_the_state_is_pseudonymised(hub: Hub) -> None:
    from app.hub.state_export import pseudonym, state_csv

    named = TestSchool(name="Vārdu skola")
    named.accept_trust(enrol_school(hub, named.request(), require_names=True).trust)
    semester = semester_records(names=True)
    ingest_bundle(hub, named.bundle(semester.records).data)
    text = state_csv(hub, SEMESTER)
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == 3
    for sid in semester.student_ids:
        assert sid not in text
    assert "Ēcere" not in text and "010110-12345" not in text
    first = pseudonym(hub.keys.pseudonym_secret, named.school_id, semester.student_ids[0])
    row = next(r for r in rows if r["pupil"] == first)
    assert (row["level_learning"], row["plan_status"], row["planned_cost_cents"]) == \
        ("2", "approved", "8300")
    assert (row["delivered_minutes"], row["delivered_value_cents"]) == ("60", "5200")
