"""The parent's application for the plan: who applied, when it was received, a scanned copy.

The scan is picked with a file chooser that tests replace (`choose_file(parent) -> path`);
the file itself is read on the database worker when the plan is saved.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import ValidationError
from app.services.plans.evaluation import Scan
from app.services.plans.lifecycle import ParentApplicationView
from app.services.support.attachments import HEAD_BYTES, SCAN_TYPES, check_chosen_file
from app.ui.field_form import FieldForm
from app.ui.form_errors import FormErrors
from app.ui.pdf_export import documents_dir
from app.ui.scan_button import ScanButton
from app.ui.student_card.plan_dates import date_edit, date_of, set_date

ChooseFile = Callable[[QWidget], str | None]


def choose_scan(parent: QWidget) -> str | None:
    """The standard open-file dialog for a scan (PDF or picture)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ApplicationEditor", "Choose the scanned application"),
        str(documents_dir()), QCoreApplication.translate(
            "ApplicationEditor", "Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)"))
    return path or None


def read_scan(path: str) -> Scan:
    """(file name, content, media type) of a chosen file; runs on the worker thread."""
    file = Path(path)
    kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    return file.name, file.read_bytes(), kind


class ApplicationEditor(QWidget):
    changed = Signal()

    def __init__(self, errors: FormErrors, choose_file: ChooseFile = choose_scan,
                 parent: QWidget | None = None, scan_button: ScanButton | None = None) -> None:
        super().__init__(parent)
        self._choose_file = choose_file
        self.errors = errors
        self.scan_button = scan_button
        self.scan_path: str | None = None
        self.applicant = QLineEdit()
        self.applicant.setObjectName("applicant_name")
        self.applicant.setPlaceholderText(self.tr("Parent's or guardian's name and surname"))
        self.received = date_edit()
        self.received.setObjectName("received_on")
        self.scan_label = QLabel(self.tr("No scan attached"))
        self.scan_label.setObjectName("scan_file")
        self.choose_button = QPushButton(self.tr("Choose scan…"))
        self.choose_button.clicked.connect(self.choose)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        if scan_button is not None:
            scan_row.addWidget(scan_button)
        scan_row.addWidget(self.choose_button)
        scan_box = QWidget()
        scan_box.setLayout(scan_row)
        form = FieldForm(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Applicant"), errors.wrap("applicant_name", self.applicant))
        form.addRow(self.tr("Date received"), errors.wrap("received_on", self.received))
        form.addRow(self.tr("Scanned application"), errors.wrap("scan", scan_box))
        for field in ("filename", "data", "media_type"):  # the attachment checks' fields
            errors.labels[field] = errors.labels["scan"]
        self.applicant.textChanged.connect(lambda _t: self.changed.emit())
        self.received.dateChanged.connect(lambda _d: self.changed.emit())
        self._stored_file: str | None = None

    def set_view(self, view: ParentApplicationView | None, default_day: date) -> None:
        self.scan_path = None
        self.applicant.blockSignals(True)
        self.received.blockSignals(True)
        self.applicant.setText(view.applicant_name if view else "")
        set_date(self.received, view.received_on if view else default_day)
        self.applicant.blockSignals(False)
        self.received.blockSignals(False)
        self._stored_file = view.filename if view else None
        if self.scan_button is not None:
            self.scan_button.set_attachment(view.attachment_id if view else None,
                                            view.filename if view else None)
        self._show_file()

    def key(self) -> tuple[object, ...]:
        return (self.applicant.text().strip(), date_of(self.received), self.scan_path)

    def set_read_only(self, read_only: bool) -> None:
        self.applicant.setReadOnly(read_only)
        self.received.setReadOnly(read_only)
        self.choose_button.setVisible(not read_only)

    def choose(self) -> None:
        """Take the chosen file if its size and first bytes pass the service's checks;
        otherwise say why under the scan at once, not only when the plan is saved."""
        path = self._choose_file(self)
        if not path:
            return
        self.errors.clear_field("scan")
        try:
            file = Path(path)
            with file.open("rb") as f:
                head = f.read(HEAD_BYTES)
            check_chosen_file(file.name, file.stat().st_size, head, SCAN_TYPES)
        except OSError as exc:
            self.errors.show_field("scan", self.tr("The file cannot be read: %1").replace(
                "%1", exc.strerror or str(exc)))
            return
        except ValidationError as exc:
            self.errors.show_field("scan", exc.text(self.errors.lang))
            return
        self.scan_path = path
        self._show_file()
        self.changed.emit()

    def _show_file(self) -> None:
        if self.scan_path:
            text = self.tr("%1 (to be saved)").replace("%1", Path(self.scan_path).name)
        elif self._stored_file:
            text = self._stored_file
        else:
            text = self.tr("No scan attached")
        self.scan_label.setText(text)
