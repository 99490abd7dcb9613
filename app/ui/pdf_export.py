"""Save a PDF made in the background, then open it: one helper for every "Save as PDF".

    files = PdfFiles()   # tests pass their own choose_file / choose_folder / open_path
    save_pdf(widget, ctx.slow_worker, files, widget.tr("Save the plan as PDF"), "IAP Anna.pdf",
             lambda: plan_pdf(plan_document(...), lang), on_saved, on_failed)

The file dialog asks where (on the GUI thread); building the document and writing the file
run as an `Op` on the slow worker (`ctx.slow_worker`, so not in front of the screens'
loading); the file is written whole or not at all (a temporary file renamed into place),
then opened with the computer's PDF viewer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.reports.files import safe_filename, with_pdf_suffix, write_pdf
from app.ui.tasks import Op, Worker

ChooseFile = Callable[[QWidget, str, Path], "Path | None"]
ChooseFolder = Callable[[QWidget, str, Path], "Path | None"]
OpenPath = Callable[[Path], None]


def ask_pdf_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The system's "Save as" dialog for a PDF; None when the person cancels."""
    pdf_filter = QCoreApplication.translate("PdfExport", "PDF documents (*.pdf)")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pdf_filter)
    return Path(name) if name else None


def ask_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(name) if name else None


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass(frozen=True)
class PdfFiles:
    """Where PDFs go and how they are opened; the defaults are the system's dialogs."""

    choose_file: ChooseFile = ask_pdf_path
    choose_folder: ChooseFolder = ask_folder
    open_path: OpenPath = open_with_system


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def save_pdf(parent: QWidget, worker: Worker, files: PdfFiles, title: str,
             suggested_name: str, make: Callable[[], bytes],
             on_saved: Callable[[Path], None],
             on_failed: Callable[[Exception], None]) -> Op[Path] | None:
    """Ask where to save, build and write the PDF in the background, then open it.
    None when the person cancelled the dialog (nothing happens then)."""
    chosen = files.choose_file(parent, title, documents_dir() / safe_filename(suggested_name))
    if chosen is None:
        return None
    path = with_pdf_suffix(chosen)

    def saved(written: Path) -> None:
        on_saved(written)
        files.open_path(written)

    return (Op(parent, worker, lambda _p, _c: write_pdf(path, make()), title)
            .success(saved).failure(on_failed).start())
