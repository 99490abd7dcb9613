"""Printing from the Reports screen as a service (`app.services.report_data.printing`): one
PDF per plan into a folder, with progress and cancel, the semester report, and both noted in
the audit trail. The PDFs are real and read back by their text."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import select

from app.models import AuditEntry
from app.reports.files import safe_filename, unique_path
from app.services.report_data.printing import semester_pdf, write_plan_pdfs
from tests.builders.catalogue import CatalogueFixture
from tests.builders.reports import SEM, approve, pdf_text, plan_with_risks
from tests.builders.school import SchoolFixture

MESSAGE = "Saglabā plānus: %1 no %2…"


def _printed(school: SchoolFixture, action: str) -> list[str]:
    with school.store.read() as s:
        return list(s.scalars(select(AuditEntry.details).where(AuditEntry.action == action)))


def test_every_plan_of_the_semester_becomes_one_pdf(school: SchoolFixture,
                                                    cat: CatalogueFixture,
                                                    tmp_path: Path) -> None:
    approve(school, plan_with_risks(school, cat))
    approve(school, plan_with_risks(school, cat, "Oskars Lūsis"))
    said: list[tuple[str, int, int]] = []
    folder = tmp_path / "plāni"
    written = write_plan_pdfs(school.store, school.actors["coordinator"],
                              school.semester_ids[SEM], folder, "lv",
                              lambda text, done, total: said.append((text, done, total)),
                              threading.Event(), MESSAGE)
    assert (written.total, written.cancelled, written.folder) == (2, False, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written.files)
    assert [p.name for p in written.files] == ["5.a_Ēcere_Anna_IAP_2026_2027-1.pdf",
                                              "6.b_Lūsis_Oskars_IAP_2026_2027-1.pdf"]
    assert "Anna Ēcere" in pdf_text(written.files[0].read_bytes(), tmp_path)
    assert said[-1] == ("Saglabā plānus: 2 no 2…", 2, 2)
    assert said[0] == ("Saglabā plānus: 0 no 2…", 0, 2)
    assert len(_printed(school, "report.plans")) == 1


def test_a_cancelled_run_writes_nothing_and_records_nothing(school: SchoolFixture,
                                                           cat: CatalogueFixture,
                                                           tmp_path: Path) -> None:
    approve(school, plan_with_risks(school, cat))
    cancel = threading.Event()
    cancel.set()
    written = write_plan_pdfs(school.store, school.actors["coordinator"],
                              school.semester_ids[SEM], tmp_path / "out", "lv",
                              lambda *_: None, cancel, MESSAGE)
    assert (written.files, written.total, written.cancelled) == ((), 1, True)
    assert _printed(school, "report.plans") == []


def test_the_semester_report_is_a_pdf_and_its_printing_is_recorded(
        school: SchoolFixture, cat: CatalogueFixture, tmp_path: Path) -> None:
    approve(school, plan_with_risks(school, cat))
    data = semester_pdf(school.store, school.actors["director"], school.semester_ids[SEM],
                        "en")
    assert data.startswith(b"%PDF")
    assert "Priekules vidusskola" in pdf_text(data, tmp_path)
    assert len(_printed(school, "report.semester")) == 1


def test_file_names_are_safe_and_numbered_when_taken(tmp_path: Path) -> None:
    assert safe_filename("5.a Ēcere/Anna: IAP") == "5.a_Ēcere_Anna_IAP"
    taken: set[str] = set()
    first = unique_path(tmp_path, "Anna.pdf", taken)
    second = unique_path(tmp_path, "anna.pdf", taken)
    assert (first.name, second.name) == ("Anna.pdf", "anna (2).pdf")
