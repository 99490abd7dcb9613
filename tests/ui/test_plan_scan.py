"""The parent's scanned application: a file whose bytes are not a PDF, JPEG or PNG, or one
too large, is refused the moment it is chosen; a stored scan opens from the plan tab and
from the director's approval view (the read is audited)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.services.plans.lifecycle import record_parent_application, submit_plan
from app.services.support.attachments import MAX_BYTES
from app.ui.scan_button import ScanButton
from tests.builders.approvals import assess, audit_count
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans_submit import RECEIVED, ready_plan
from tests.builders.school import SchoolFixture
from tests.builders.ui_approvals_screen import director, open_screen, read_row
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_plan_tab import click, create, open_tab

SCAN = b"%PDF-1.4 vecaka parakstits iesniegums"


class Viewer(QObject):
    """Stands where the computer's file viewer is: file:// URLs handed to QDesktopServices."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def viewer() -> Iterator[Viewer]:
    found = Viewer()
    QDesktopServices.setUrlHandler("file", found, "show")
    yield found
    QDesktopServices.unsetUrlHandler("file")


def test_a_text_file_named_pdf_is_refused_when_chosen(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture, tmp_path: Path) -> None:
    fake = tmp_path / "teksts.pdf"
    fake.write_bytes(b"0123456789")
    tab = open_tab(qtbot, make_ctx, school, scan=fake)
    create(qtbot, tab)
    click(qtbot, tab.application.choose_button)
    assert tab.errors.message("scan") == (
        "Datne “teksts.pdf”: tās saturs nav PDF — izvēlieties īsto datni.")
    assert tab.application.scan_path is None
    assert tab.application.scan_label.text() == "Skenējums nav pievienots"


def test_a_too_large_file_is_refused_when_chosen(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture, tmp_path: Path) -> None:
    big = tmp_path / "liels.pdf"
    with big.open("wb") as out:
        out.write(SCAN)
        out.truncate(MAX_BYTES + 1)  # sparse: no 20 MB written
    tab = open_tab(qtbot, make_ctx, school, scan=big)
    create(qtbot, tab)
    click(qtbot, tab.application.choose_button)
    assert "par lielu (20,1 MB)" in tab.errors.message("scan")
    assert tab.application.scan_path is None


def submitted_with_scan(school: SchoolFixture, cat: CatalogueFixture) -> None:
    teacher = school.actors["teacher"]
    assess(school, cat)
    plan_id = ready_plan(school, cat)
    record_parent_application(school.store, teacher, plan_id, "Ruta Ēcere", RECEIVED,
                              ("iesniegums.pdf", SCAN, "application/pdf"))
    submit_plan(school.store, teacher, plan_id)


def open_and_check(qtbot: QtBot, button: ScanButton, viewer: Viewer) -> None:
    assert button.isVisible(), "the scan can be opened"
    with qtbot.waitSignal(button.opened):
        click(qtbot, button)
    assert len(viewer.opened) == 1 and viewer.opened[0].name == "iesniegums.pdf"
    assert viewer.opened[0].read_bytes() == SCAN


def test_the_scan_opens_from_the_plan_tab(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture, viewer: Viewer) -> None:
    submitted_with_scan(school, catalogue)
    tab = open_tab(qtbot, make_ctx, school)
    open_and_check(qtbot, tab.scan_button, viewer)
    assert audit_count(school, "attachment.read") == 1


def test_the_scan_opens_from_the_directors_approval_view(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture, viewer: Viewer) -> None:
    submitted_with_scan(school, catalogue)
    screen = open_screen(qtbot, director(make_ctx))
    assert not screen.scan_button.isVisible()
    read_row(qtbot, screen, 0)
    open_and_check(qtbot, screen.scan_button, viewer)
    assert audit_count(school, "attachment.read") == 1
