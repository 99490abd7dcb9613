"""The card's Documents: files kept with the pupil (scans, letters) — attach, open, remove.

Reading a chosen file and saving it run on the database worker with progress; opening writes
the file into a private temporary folder and hands it to the desktop's viewer. The file
chooser, the viewer and the removal question are injectable so tests need no modal dialog.
"""

from __future__ import annotations

import atexit
import mimetypes
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_datetime
from app.models.enums import Role
from app.services.core.rbac import can
from app.services.support.attachments import (
    WRITE_PERMISSIONS,
    AttachmentView,
    add_attachment,
    list_attachments,
    megabytes,
    read_attachment,
    remove_attachment,
)
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ERROR_STYLE, ErrorLabel
from app.ui.pdf_export import documents_dir
from app.ui.student_card.card_tab import CardTab
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op, Progress, show_failure

ChooseFile = Callable[[QWidget], str | None]
OpenUrl = Callable[[QUrl], bool]
_VIEW_DIR: list[Path] = []


def choose_file(parent: QWidget) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, QApplication.translate("DocumentsTab", "Attach a document"), str(documents_dir()))
    return path or None


def view_dir() -> Path:
    """A folder only this user can read, removed when the program ends."""
    if not _VIEW_DIR:
        folder = Path(tempfile.mkdtemp(prefix="pumpurs-"))
        atexit.register(shutil.rmtree, folder, True)
        _VIEW_DIR.append(folder)
    return _VIEW_DIR[0]


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{-(-size // 1024)} kB"
    return megabytes(size)


class DocumentsTab(CardTab):
    loaded = Signal()
    opened = Signal(str)  # the local path handed to the viewer

    def __init__(self, ctx: UiContext, student_id: uuid.UUID, parent: QWidget | None = None,
                 *, choose: ChooseFile = choose_file,
                 open_url: OpenUrl = QDesktopServices.openUrl,
                 confirm: Confirm = ask_yes_no) -> None:
        super().__init__(ctx, student_id, parent)
        self._choose, self._open_url, self._confirm = choose, open_url, confirm
        self.documents: list[AttachmentView] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("documents")
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"),
                                              self.tr("Added by"), self.tr("Added on")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.attach_button = QPushButton(self.tr("Attach a file…"))
        self.attach_button.setObjectName("attach")
        may_write = any(can(ctx.actor, p) for p in WRITE_PERMISSIONS)
        self.attach_button.setVisible(may_write)
        self.attach_button.clicked.connect(lambda: self.attach())
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("open_document")
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("remove_document")
        self.remove_button.setVisible(may_write)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.message = QLabel()
        self.message.setObjectName("documents_message")
        self.message.setWordWrap(True)
        self.error_place = ErrorLabel(self.message, self.ctx.lang, ERROR_STYLE)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        self._update_buttons()

    @classmethod
    def heading(cls) -> str:
        return QCoreApplication.translate("DocumentsTab", "Documents")

    # Listing ------------------------------------------------------------------------------

    def load(self) -> None:
        ctx, sid = self.ctx, self.student_id
        Op(self, ctx.worker, lambda _p, _c: list_attachments(ctx.store, ctx.actor, sid)).success(
            self._show).start()

    def _show(self, documents: list[AttachmentView]) -> None:
        self.documents = sorted(documents, key=lambda d: d.created_at, reverse=True)
        self.table.setRowCount(len(self.documents))
        for row, d in enumerate(self.documents):
            values = [d.filename, file_size(d.size), d.uploaded_by_name,
                      format_datetime(d.created_at, self.ctx.lang)]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> AttachmentView | None:
        row = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows()
        return self.documents[row] if rows and 0 <= row < len(self.documents) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None)
        may_remove = chosen is not None and (chosen.uploaded_by_id == self.ctx.actor.user_id
                                             or self.ctx.actor.has(Role.COORDINATOR))
        self.remove_button.setEnabled(may_remove)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # Attaching, opening, removing ---------------------------------------------------------

    def attach(self) -> Op | None:
        path = self._choose(self)
        if not path:
            return None
        ctx, sid, source = self.ctx, self.student_id, Path(path)
        reading = self.tr("Reading %1…").replace("%1", source.name)
        saving = self.tr("Saving %1…").replace("%1", source.name)

        def work(progress: Progress, _c: object) -> AttachmentView:
            progress(reading, 0, 2)
            data = source.read_bytes()
            progress(saving, 1, 2)
            media = mimetypes.guess_type(source.name)[0] or ""
            return add_attachment(ctx.store, ctx.actor, sid, source.name, data, media)

        self._say(saving)
        return Op(self, ctx.worker, work, self.tr("Saving the document…")).success(
            self._attached).failure(self._attach_failed).changes(
            ctx.changes, {Entity.DOCUMENT}).start()

    def _attached(self, view: AttachmentView) -> None:
        self._say(self.tr("“%1” is attached.").replace("%1", view.filename))
        self.saved.emit()
        self.load()

    def _attach_failed(self, exc: Exception) -> None:
        if isinstance(exc, OSError):
            self._say(self.tr("The file cannot be read: %1").replace("%1", str(exc)), True)
            return
        show_failure(self, exc)

    def open_selected(self) -> Op | None:
        chosen = self.selected()
        if chosen is None:
            return None
        ctx = self.ctx

        def fetch(_p: object, _c: object) -> Path:
            data = read_attachment(ctx.store, ctx.actor, chosen.id)
            folder = view_dir() / str(chosen.id)
            folder.mkdir(mode=0o700, exist_ok=True)
            target = folder / chosen.filename
            target.write_bytes(data)
            return target

        return Op(self, ctx.worker, fetch, self.tr("Opening the document…")).success(
            self._show_file).start()

    def _show_file(self, path: Path) -> None:
        self.opened.emit(str(path))
        if not self._open_url(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("No program on this computer opens “%1”.").replace(
                "%1", path.name), error=True)

    def remove_selected(self) -> Op | None:
        chosen = self.selected()
        if chosen is None or not self._confirm(self, self.tr(
                "Remove the document “%1”? It cannot be undone.").replace("%1", chosen.filename)):
            return None
        ctx = self.ctx
        return (Op(self, ctx.worker,
                   lambda _p, _c: remove_attachment(ctx.store, ctx.actor, chosen.id))
                .changes(ctx.changes, {Entity.DOCUMENT})
                .success(lambda _r: self._removed(chosen.filename)).start())

    def _removed(self, filename: str) -> None:
        self._say(self.tr("“%1” is removed.").replace("%1", filename))
        self.saved.emit()
        self.load()
