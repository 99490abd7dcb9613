"""Printing from the app: the Reports screen's key figures, the semester report as a PDF, every
plan of the semester as PDFs (with Stop), and the plan tab's "Save as PDF". The PDFs are read
back with pdftotext and checked against the database."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.formatting import format_money
from app.i18n import render
from app.models import AuditEntry
from app.services.plans import lifecycle as plans
from app.services.report_data.semester import semester_report
from app.ui.context import UiContext
from app.ui.pdf_export import PdfFiles
from app.ui.reports.reports_screen import ReportsScreen
from app.ui.student_card.plan_tab import PlanTab
from app.ui.tasks import Op
from tests.builders.approvals_batch import second_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.reports import pdf_text
from tests.builders.school import SchoolFixture
from tests.builders.ui_approvals_screen import ANNA, approved_plan, click
from tests.builders.ui_make_context import MakeContext


class Files:
    """Stands in for the file dialogs and the PDF viewer, recording what was asked."""

    def __init__(self, tmp_path: Path) -> None:
        self.file, self.folder = tmp_path / "out" / "pārskats", tmp_path / "plāni"
        self.opened: list[Path] = []

    def pdf_files(self) -> PdfFiles:
        return PdfFiles(choose_file=lambda _w, _t, _s: self.file,
                        choose_folder=lambda _w, _t, _s: self.folder,
                        open_path=self.opened.append)


def read(path: Path, tmp_path: Path) -> str:
    return pdf_text(path.read_bytes(), tmp_path, "copy.pdf")


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def open_screen(qtbot: QtBot, ctx: UiContext, files: Files) -> ReportsScreen:
    screen = ReportsScreen(ctx, files.pdf_files())
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    qtbot.waitUntil(lambda: screen.preview.text().startswith("Skolēni:"))
    return screen


def printed(school: SchoolFixture, action: str) -> int:
    with school.store.read() as s:
        return len(s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all())


def test_the_semester_figures_and_the_semester_report_pdf(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture, tmp_path: Path) -> None:
    approved_plan(school, catalogue)
    second_plan(school, catalogue)
    files = Files(tmp_path)
    screen = open_screen(qtbot, make_ctx("coordinator"), files)
    assert screen.semester.currentText() == "2026/2027-1"
    report = semester_report(school.store, school.actors["coordinator"],
                             school.current_semester_id)
    planned = plain(format_money(report.planned_cents))
    preview = plain(screen.preview.text())
    assert preview.startswith(f"Skolēni: aktīvi {report.students_active}, šajā semestrī "
                              f"izvērtēti {report.students_assessed}, riska grupā "
                              f"{report.students_at_risk}.")
    assert "Mācības: 0 / 0 / 1, kopā 1" in preview
    assert "Plāni pēc statusa (kopā 2):" in preview
    assert "apstiprināts: 1, plānotās izmaksas" in preview
    assert f"Plānots apstiprinātajos plānos: {planned}" in preview
    charts = [render("report.sem.chart.risks"), render("report.sem.chart.plans"),
              render("report.sem.chart.measures")]
    qtbot.waitUntil(lambda: screen.charts.titles() == charts)
    for chart in screen.charts.charts:  # drawn, not blank, named for screen readers
        assert chart.renderer().isValid() and chart.accessibleName() == chart.title
        image = chart.grab().toImage()
        coloured = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                       if image.pixelColor(x, y).saturation() > 60)
        assert coloured > 20, chart.title
        assert image.pixelColor(image.width() - 2, 2).lightness() > 240  # on white, as printed

    click(qtbot, screen.semester_button)
    qtbot.waitUntil(lambda: bool(files.opened))
    written = files.file.with_name("pārskats.pdf")
    assert files.opened == [written]
    assert screen.status.text() == f"Semestra pārskats saglabāts: {written}"
    text = read(written, tmp_path)
    assert "Skolas pārskats par semestri" in text
    assert "Priekules vidusskola" in text
    assert planned in text
    assert all(title in text for title in charts)  # the same charts as on screen
    assert printed(school, "report.semester") == 1


def test_all_plans_as_pdf_one_file_per_plan_and_stop(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture, tmp_path: Path) -> None:
    approved_plan(school, catalogue)
    second_plan(school, catalogue)
    files = Files(tmp_path)
    ctx = make_ctx("director")
    screen = open_screen(qtbot, ctx, files)

    # Stop before any plan is written: the worker is busy until the gate opens.
    gate = threading.Event()
    Op(screen, ctx.worker, lambda _p, _c: gate.wait(30)).start()
    click(qtbot, screen.plans_button)
    assert not screen.plans_button.isEnabled()
    click(qtbot, screen.cancel_button)
    gate.set()
    qtbot.waitUntil(lambda: screen.status.text().startswith("Apturēts"))
    assert screen.status.text() == f"Apturēts: mapē {files.folder} saglabāti 0 no 2 plāniem."
    assert not files.folder.exists() or not list(files.folder.glob("*.pdf"))
    assert not screen.cancel_button.isVisible() and screen.plans_button.isEnabled()
    assert printed(school, "report.plans") == 0

    click(qtbot, screen.plans_button)
    qtbot.waitUntil(lambda: screen.status.text().startswith("Mapē"))
    assert screen.status.text() == f"Mapē {files.folder} saglabāti 2 no 2 plāniem."
    names = sorted(p.name for p in files.folder.glob("*.pdf"))
    assert names == ["5.a_Ēcere_Anna_IAP_2026_2027-1.pdf",
                     "5.a_Šmits_Pēteris_IAP_2026_2027-1.pdf"]
    anna = read(files.folder / names[0], tmp_path)
    assert "Individuālais atbalsta plāns" in anna and "Ēcere" in anna
    assert "Jānis Bērziņš" in anna  # the approval block
    assert "Šmits" in read(files.folder / names[1], tmp_path)
    assert files.opened == [files.folder]
    assert printed(school, "report.plans") == 1


def test_the_plan_tab_saves_the_plan_as_pdf(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture, tmp_path: Path) -> None:
    plan_id = approved_plan(school, catalogue)
    files = Files(tmp_path)
    tab = PlanTab(make_ctx("teacher"), school.student_ids[ANNA], pdf_files=files.pdf_files())
    qtbot.addWidget(tab)
    tab.resize(1100, 900)
    tab.show()
    tab.load()
    qtbot.waitUntil(lambda: tab.view is not None)

    click(qtbot, tab.print_actions.pdf_button)
    qtbot.waitUntil(lambda: bool(files.opened))
    written = files.file.with_name("pārskats.pdf")
    assert files.opened == [written]
    assert tab.print_actions.saved_label.text() == f"Saglabāts: {written}"
    text = read(written, tmp_path)
    view = plans.get_plan(school.store, school.actors["teacher"], plan_id)
    assert "Individuālais atbalsta plāns" in text
    assert "Anna" in text and "Ēcere" in text
    assert "Uzlabot sekmes matemātikā līdz 5 ballēm." in text
    assert plain(format_money(view.total_cost_cents)) in text
    assert view.signer_fingerprint is not None and view.signer_fingerprint in text
    assert printed(school, "report.plan") == 1


def test_a_cancelled_dialog_saves_nothing(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture, tmp_path: Path) -> None:
    files: list[Path] = []
    screen = ReportsScreen(make_ctx("coordinator"), PdfFiles(
        choose_file=lambda _w, _t, _s: None, choose_folder=lambda _w, _t, _s: None,
        open_path=files.append))
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    qtbot.waitUntil(lambda: screen.semester_button.isEnabled())
    assert screen.save_semester_report() is None
    assert screen.save_all_plans() is None
    assert files == [] and screen.status.text() == ""
    assert printed(school, "report.semester") == 0
