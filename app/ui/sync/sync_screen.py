"""The Sync screen (coordinator): enrolment, "Sync now", USB export/import, bundles, conflicts.

Sync actions (network, folders) run as Ops on the slow worker, so a sync retrying against an
unreachable hub does not hold the other screens' loading; reading the sync state runs on the
database worker. "Sync now" shows a progress dialog whose Cancel stops the run between
bundles. After every sync action, succeeded or not, everything may have changed (bundles
applied): it is announced to the whole app (`ctx.changes`), and this screen reloads on it. Files and
folders are asked through `SyncDialogs` (injectable). Every refusal is shown as the
service's sentence. `changed` is emitted after anything that may change the sync state, so
the status bar refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.formatting import format_datetime
from app.services.core.rbac import Permission, can
from app.services.sync.run import TransportFactory, http_transport
from app.services.sync.view import SyncView, load_sync_view
from app.ui.context import UiContext
from app.ui.data_changes import EVERYTHING
from app.ui.form_errors import ERROR_STYLE, ErrorLabel
from app.ui.sync.bundles_table import BundlesTable
from app.ui.sync.conflicts_box import ConflictsBox
from app.ui.sync.enrolment_box import EnrolmentBox
from app.ui.sync.sync_actions import SyncActions
from app.ui.sync.sync_dialogs import SyncDialogs
from app.ui.tasks import Op, show_failure


class SyncScreen(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, dialogs: SyncDialogs | None = None,
                 transport_factory: TransportFactory = http_transport,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialogs = dialogs or SyncDialogs()
        self.transport_factory = transport_factory
        self.view: SyncView | None = None
        self.busy = False
        title = QLabel(self.tr("Sync with the municipality"))
        title.setStyleSheet("font-weight: bold")
        self.error = QLabel()
        self.error.setObjectName("sync_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang)
        self.message = QLabel()
        self.message.setObjectName("sync_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.enrolment = EnrolmentBox(ctx.lang)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync_now")
        self.export_button = QPushButton(self.tr("Export to folder…"))
        self.export_button.setObjectName("export_folder")
        self.import_folder_button = QPushButton(self.tr("Import from folder…"))
        self.import_folder_button.setObjectName("import_folder")
        self.import_files_button = QPushButton(self.tr("Import files…"))
        self.import_files_button.setObjectName("import_files")
        self.summary = QLabel()
        self.summary.setObjectName("sync_summary")
        self.summary.setWordWrap(True)
        self.bundles = BundlesTable(ctx.lang)
        self.conflicts = ConflictsBox(ctx.lang)
        actions = QHBoxLayout()
        for button in (self.sync_button, self.export_button, self.import_folder_button,
                       self.import_files_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addWidget(self.enrolment)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Bundles sent to the municipality")))
        layout.addWidget(self.bundles, 1)
        layout.addWidget(self.conflicts)
        self._connect()
        self._set_enabled()
        if not can(ctx.actor, Permission.SYNC_RUN):
            self.show_error(self.tr("This screen is for the coordinator who syncs the school's "
                                    "data with the municipality."))
        else:  # any write anywhere changes the unsent changes; a sync changes everything
            ctx.changes.reload_on(self, EVERYTHING, self.reload)

    def _connect(self) -> None:
        a = self.sync_actions = SyncActions(self)
        self.enrolment.request_button.clicked.connect(a.create_enrolment_request)
        self.enrolment.trust_button.clicked.connect(a.import_trust_document)
        self.sync_button.clicked.connect(a.sync_now)
        self.export_button.clicked.connect(a.export_to_folder)
        self.import_folder_button.clicked.connect(a.import_from_folder)
        self.import_files_button.clicked.connect(a.import_files)
        self.conflicts.resolve_button.clicked.connect(a.resolve_selected)
        self.conflicts.resync_button.clicked.connect(a.full_resync)

    # -- running work -------------------------------------------------------------------
    def run(self, fn: Callable[[Any, Any], Any], done: Callable[[Any], None],
            title: str = "") -> Op | None:
        """Start `fn(progress, cancel)` on the slow worker; `done(result)` on success; then
        everything is announced as changed (this screen reloads on that too)."""
        if self.busy or not can(self.ctx.actor, Permission.SYNC_RUN):
            return None
        self.busy = True
        self._set_enabled()
        self.error.hide()

        def success(result: Any) -> None:
            self.busy = False
            done(result)
            self.ctx.changes.announce(EVERYTHING)  # this screen reloads first, then the bar
            self.changed.emit()

        def failure(exc: Exception) -> None:
            self.busy = False
            self.ctx.changes.announce(EVERYTHING)  # a run may have applied some bundles
            self.changed.emit()
            show_failure(self, exc)

        return Op(self, self.ctx.slow_worker, fn, title).success(success).failure(failure).start()

    def reload(self) -> Op | None:
        ctx = self.ctx
        if not can(ctx.actor, Permission.SYNC_RUN):
            return None
        return (Op(self, ctx.worker, lambda _p, _c: load_sync_view(ctx.store, ctx.actor))
                .success(self._show).start())

    # -- showing ------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show(self, view: SyncView) -> None:
        self.view = view
        self.enrolment.show_view(view)
        self.bundles.show_bundles(view.status.bundles)
        self.conflicts.show_conflicts(view.conflicts)
        self.summary.setText(self._summary(view))
        self._set_enabled()

    def _summary(self, view: SyncView) -> str:
        status, lang = view.status, self.ctx.lang
        never = self.tr("never")
        lines = [
            self.tr("Unsent changes: %1 · bundles awaiting the municipality's receipt: %2")
            .replace("%1", str(status.pending_changes))
            .replace("%2", str(status.unacknowledged_bundles)),
            self.tr("Last successful sync: %1 · last attempt: %2")
            .replace("%1", format_datetime(status.last_success_at, lang) or never)
            .replace("%2", format_datetime(status.last_attempt_at, lang) or never),
        ]
        if status.last_error:
            lines.append(self.tr("Last error: %1").replace("%1", status.last_error))
        return "\n".join(lines)

    def _set_enabled(self) -> None:
        status = self.view.status if self.view else None
        enrolled = bool(status and status.enrolled)
        trusted = bool(status and status.trusted)
        idle = not self.busy and can(self.ctx.actor, Permission.SYNC_RUN)
        self.enrolment.request_button.setEnabled(idle)
        self.enrolment.trust_button.setEnabled(idle and enrolled)
        self.sync_button.setEnabled(idle and trusted)
        self.export_button.setEnabled(idle and trusted)
        self.import_folder_button.setEnabled(idle and trusted)
        self.import_files_button.setEnabled(idle and trusted)
        self.conflicts.resync_button.setEnabled(idle and trusted)
        self.conflicts.table.setEnabled(idle)
