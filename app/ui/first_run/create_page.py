"""The last page: creates the database in the background, then shows the recovery key ONCE.

Finish stays disabled until the person ticks that they have stored the key; while the work
runs, and after it until that tick, the wizard cannot be cancelled (the key would be lost).
The key can be copied, or saved as the printable recovery sheet (a PDF with the school, the
database file and the key in groups — `app.reports.recovery`), written in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.errors import AppError
from app.reports.recovery import recovery_sheet_pdf
from app.services.school.creation import CreatedSchool, CreationRequest, create_school
from app.ui.form_errors import ERROR_STYLE
from app.ui.pdf_export import PdfFiles, save_pdf
from app.ui.tasks import DatabaseWorker, Op


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class CreatePage(QWizardPage):
    created = Signal(object)  # CreatedSchool

    def __init__(self, lang: str, worker: DatabaseWorker,
                 request: Callable[[], CreationRequest],
                 pdf_files: PdfFiles | None = None) -> None:
        super().__init__()
        self._lang, self._worker, self._request = lang, worker, request
        self.pdf_files = pdf_files or PdfFiles()
        self.result: CreatedSchool | None = None
        self.op: Op | None = None
        self.setTitle(self.tr("Creating the school"))
        self.status = _label("create_status")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.error = _label("create_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setObjectName("retry")
        self.retry.clicked.connect(self.start)
        self.done_box = self._done_box()
        layout = QVBoxLayout(self)
        for widget in (self.status, self.busy, self.error, self.retry, self.done_box):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._show_state()

    def _done_box(self) -> QWidget:
        box = QWidget()
        self.summary = _label("create_summary")
        self.catalogue_note = _label("catalogue_note")
        self.key_heading = QLabel(self.tr(
            "Recovery key — write it down on paper or store it in a safe place now. It is shown "
            "only this once; without it a lost key store means the data cannot be opened."))
        self.key_heading.setWordWrap(True)
        self.recovery_key = QLabel()
        self.recovery_key.setObjectName("recovery_key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        font.setBold(True)
        self.recovery_key.setFont(font)
        self.recovery_key.setWordWrap(True)
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setObjectName("copy_key")
        self.copy.clicked.connect(self._copy)
        self.sheet_button = QPushButton(self.tr("Save the recovery key sheet (PDF)…"))
        self.sheet_button.setObjectName("save_recovery_sheet")
        self.sheet_button.setToolTip(self.tr(
            "A page to print and keep in a safe: the school, the database file and the key."))
        self.sheet_button.clicked.connect(self.save_sheet)
        self.sheet_status = _label("recovery_sheet_status")
        self.sheet_status.hide()
        self.stored = QCheckBox(self.tr("I have written down or stored the recovery key"))
        self.stored.setObjectName("key_stored")
        self.stored.toggled.connect(lambda _on: self.completeChanged.emit())
        key_row = QHBoxLayout()
        key_row.addWidget(self.recovery_key, 1)
        key_row.addWidget(self.copy)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_button)
        sheet_row.addWidget(self.sheet_status, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.summary, self.catalogue_note, self.key_heading):
            layout.addWidget(widget)
        layout.addLayout(key_row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.stored)
        return box

    def initializePage(self) -> None:
        if self.result is None and self.op is None:
            self.start()

    def start(self) -> None:
        request = self._request()
        self.error.clear()
        self.op = Op(self, self._worker, lambda _p, _c: create_school(request, self._lang))
        self.op.success(self._created).failure(self._failed)
        self.op.finished.connect(self._op_done)
        self.op.start()
        self._show_state()

    def _op_done(self) -> None:
        self.op = None
        self._show_state()

    def _created(self, result: CreatedSchool) -> None:
        self.result = result
        setup = result.setup
        self.summary.setText(self.tr(
            "The school “%1” is set up, with the school years %2. Sign in as “%3”. %4")
            .replace("%1", setup.school.name).replace("%2", ", ".join(setup.school_years))
            .replace("%3", setup.admin.username).replace("%4", result.key_store_note))
        if setup.years_without_catalogue:
            self.catalogue_note.setText(self.tr(
                "Pumpurs has no catalogue of risk signs and measures for %1 yet; it is loaded "
                "with a later update of the program.").replace(
                    "%1", ", ".join(setup.years_without_catalogue)))
        self.recovery_key.setText(result.recovery_key)
        self.created.emit(result)

    def _failed(self, exc: Exception) -> None:
        detail = exc.text(self._lang) if isinstance(exc, AppError) else str(exc)
        self.error.setText(self.tr("The database was not created: %1").replace("%1", detail))

    def _copy(self) -> None:
        if self.result is not None:
            QGuiApplication.clipboard().setText(self.result.recovery_key)

    def save_sheet(self) -> None:
        """Ask where, then write the recovery sheet PDF in the background and open it."""
        result, lang = self.result, self._lang
        if result is None:
            return

        def make() -> bytes:
            return recovery_sheet_pdf(result.setup.school.name, result.path,
                                      result.recovery_key, result.created_at, lang)

        name = self.tr("Recovery key %1.pdf").replace("%1", result.setup.school.name)
        self.sheet_status.hide()
        if save_pdf(self, self._worker, self.pdf_files, self.tr("Save the recovery key sheet"),
                    name, make, self._sheet_saved, self._sheet_failed) is not None:
            self.sheet_button.setEnabled(False)

    def _sheet_saved(self, path: Path) -> None:
        self.sheet_button.setEnabled(True)
        self.sheet_status.setStyleSheet("")
        self.sheet_status.setText(self.tr("Saved: %1 — print it and keep it in a safe place.")
                                  .replace("%1", str(path)))
        self.sheet_status.show()

    def _sheet_failed(self, exc: Exception) -> None:
        self.sheet_button.setEnabled(True)
        if isinstance(exc, OSError):
            detail = exc.strerror or str(exc)
        else:
            detail = exc.text(self._lang) if isinstance(exc, AppError) else str(exc)
        self.sheet_status.setStyleSheet(ERROR_STYLE)
        self.sheet_status.setText(self.tr("The recovery key sheet was not saved: %1")
                                  .replace("%1", detail))
        self.sheet_status.show()

    def _show_state(self) -> None:
        busy = self.op is not None
        done = self.result is not None
        self.status.setText(self.tr("Creating the encrypted database and setting up the "
                                    "school…") if busy else "")
        self.status.setVisible(busy)
        self.busy.setVisible(busy)
        self.error.setVisible(bool(self.error.text()) and not busy)
        self.retry.setVisible(bool(self.error.text()) and not busy and not done)
        self.done_box.setVisible(done)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None and self.stored.isChecked()

    def must_stay(self) -> bool:
        """True while the work runs, and once done until the key is confirmed stored."""
        return self.op is not None or (self.result is not None and not self.stored.isChecked())
