"""A school's name with markup is printed as text in the hub's PDF report: it neither breaks
the report nor makes reportlab open a local file (security finding 5)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.hub.report import semester_report
from app.hub.report_pdf import write_pdf
from tests.builders.hub import SEMESTER, TestSchool, semester_records


def test_a_school_name_with_markup_is_printed_as_text(hub: Hub, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"  # never read: it does not even have to exist
    name = f'<img src="{secret}" width="9" height="9"/> Skola & <b>Ādaži'
    school = TestSchool(name=name)
    school.accept_trust(enrol_school(hub, school.request()).trust)
    assert ingest_bundle(hub, school.bundle(semester_records().records).data).status == \
        "accepted"
    pdf = tmp_path / "report.pdf"
    write_pdf(semester_report(hub, SEMESTER), pdf, "lv")
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "<img src=" in text and "Skola & <b>Ādaži" in text
