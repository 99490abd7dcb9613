"""“Open the scan”: a stored attachment (the parent's signed application) opened with the
computer's viewer, from the plan tab and from the director's approval view.

    button = ScanButton(ctx, on_failed)
    button.set_attachment(view.attachment_id, view.filename)   # hidden when None

The bytes are read (and the read audited) by `read_attachment` on the database worker,
written to a folder only this user can read, and opened with QDesktopServices.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from app.services.support.attachments import clean_filename, read_attachment
from app.ui.context import UiContext
from app.ui.student_card.documents_tab import view_dir
from app.ui.tasks import Op


class ScanButton(QPushButton):
    opened = Signal(str)  # the path of the file handed to the viewer

    def __init__(self, ctx: UiContext, on_failed: Callable[[Exception], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._on_failed = ctx, on_failed
        self.setText(self.tr("Open the scan"))
        self.setObjectName("open_scan")
        self.attachment_id: uuid.UUID | None = None
        self.filename = ""
        self.clicked.connect(self.open_scan)
        self.hide()

    def set_attachment(self, attachment_id: uuid.UUID | None, filename: str | None) -> None:
        self.attachment_id, self.filename = attachment_id, filename or ""
        self.setVisible(attachment_id is not None)
        self.setToolTip(self.tr("Opens “%1” with this computer's viewer.").replace(
            "%1", self.filename))

    def open_scan(self) -> Op | None:
        if self.attachment_id is None:
            return None
        ctx, attachment_id = self.ctx, self.attachment_id
        name = clean_filename(self.filename) or "skenejums"

        def fetch(_p: object, _c: object) -> Path:
            data = read_attachment(ctx.store, ctx.actor, attachment_id)
            folder = view_dir() / str(attachment_id)
            folder.mkdir(mode=0o700, exist_ok=True)
            target = folder / name
            target.write_bytes(data)
            return target

        return Op(self, ctx.worker, fetch, self.tr("Opening the scan…")).success(
            self._show).failure(self._on_failed).start()

    def _show(self, path: Path) -> None:
        self.opened.emit(str(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
