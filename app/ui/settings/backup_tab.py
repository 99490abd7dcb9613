"""Settings → Backup (director, administrator): "Back up now" into a chosen folder.

The folder (a USB stick) is picked with a folder dialog and remembered for the session; the
backup runs as a background op on the database worker (`backup.back_up_now`: `VACUUM INTO`
on the encrypted connection, checked, renamed beside its sidecar). The result names the
file and its counts; a problem (no folder, a full stick) is shown as a sentence here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_datetime
from app.services.backup import BackupResult, back_up_now
from app.ui.context import UiContext
from app.ui.form_errors import ERROR_STYLE, ErrorLabel
from app.ui.tasks import Op, show_failure

ChooseFolder = Callable[[QWidget, str], str]  # (parent, start folder) -> folder or ""


def choose_folder_dialog(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, parent.tr("Folder for the backup"), start)


class BackupTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 choose_folder: ChooseFolder = choose_folder_dialog) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choose_folder = choose_folder
        self.op: Op[BackupResult] | None = None
        intro = QLabel(self.tr("A backup is an encrypted copy of the whole school database. "
                               "Keep it on a USB stick in a safe place; it opens only with "
                               "this database's key."))
        intro.setWordWrap(True)
        self.key_store = QLabel(ctx.key_store_note or self.tr(
            "The database key is kept in this computer's system keyring."))
        self.key_store.setObjectName("key_store_note")
        self.key_store.setWordWrap(True)
        self.key_store.setStyleSheet("color: #555555")
        self.folder = QLineEdit()
        self.folder.setObjectName("backup_folder")
        self.folder.setAccessibleName(self.tr("Folder for the backup"))
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("No folder chosen"))
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.setObjectName("choose_backup_folder")
        self.choose_button.clicked.connect(self.choose)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.back_up)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("backup_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.backup_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_store)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def load(self) -> None:
        """Nothing to read: the tab holds only the folder of this session."""

    def choose(self) -> str:
        folder = self.choose_folder(self, self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)
        return folder

    def back_up(self) -> Op[BackupResult] | None:
        if self.op is not None:
            return None
        folder = self.folder.text() or self.choose()
        if not folder:
            return None
        self.status.clear()
        self.error.hide()
        self.backup_button.setEnabled(False)
        store, actor, secrets = self.ctx.store, self.ctx.actor, self.ctx.secrets
        self.op = Op(self, self.ctx.worker,
                     lambda _p, _c: back_up_now(store, actor, secrets, Path(folder)),
                     self.tr("Backing up the database…"))
        self.op.success(self._done).failure(self._failed).start()
        return self.op

    def _done(self, result: BackupResult) -> None:
        self.op = None
        self.backup_button.setEnabled(True)
        self.status.setText(self.tr("Backup saved and checked: %1 (%2, pupils: %3, plans: %4).")
                            .replace("%1", str(result.path))
                            .replace("%2", format_datetime(result.created_at, self.ctx.lang))
                            .replace("%3", str(result.pupils))
                            .replace("%4", str(result.plans)))

    def _failed(self, exc: Exception) -> None:
        self.op = None
        self.backup_button.setEnabled(True)
        show_failure(self, exc)
