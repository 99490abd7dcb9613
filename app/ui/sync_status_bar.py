"""The sync state in the main window's status bar: unsent changes, the last successful sync,
bundles still awaiting the municipality's receipt, open conflicts, and online/offline.

The state is read in the background (an Op) when the window opens, on a timer and after
every sync action (`refresh`). Online/offline is a real probe of the municipality's server
(its `/api/v1/health`), made with Qt's asynchronous network access so neither the window nor
the database worker waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import QLabel, QWidget

from app.errors import AppError
from app.formatting import format_datetime
from app.services.sync.status import SyncStatus, sync_status
from app.ui.context import UiContext
from app.ui.tasks import Op

REFRESH_MS = 60_000
PROBE_TIMEOUT_MS = 5_000
HEALTH_PATH = "/api/v1/health"


class SyncStatusLabel(QLabel):
    def __init__(self, ctx: UiContext, interval_ms: int = REFRESH_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.ctx = ctx
        self.status: SyncStatus | None = None
        self.online: bool | None = None  # None: not known (yet)
        self._network = QNetworkAccessManager(self)
        self._probe: QNetworkReply | None = None
        self.setText(self.tr("Sync: checking…"))
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(interval_ms)

    def refresh(self) -> Op | None:
        ctx = self.ctx
        if ctx.worker.closed:
            self.timer.stop()
            return None
        return (Op(self, ctx.worker, lambda _p, _c: sync_status(ctx.store))
                .success(self._show).failure(self._failed).start())

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self.setText(self.tr("Sync: state unknown — %1").replace("%1", exc.text(self.ctx.lang)))

    def _show(self, status: SyncStatus) -> None:
        self.status = status
        self.setText(self.describe())
        if status.trusted and status.hub_url:
            self._start_probe(status.hub_url)
        else:
            self.online = None

    def _start_probe(self, url: str) -> None:
        if self._probe is not None:
            return  # one probe at a time; its answer updates the text
        request = QNetworkRequest(QUrl(url.rstrip("/") + HEALTH_PATH))
        request.setTransferTimeout(PROBE_TIMEOUT_MS)
        reply = self._network.get(request)
        self._probe = reply
        reply.finished.connect(self._probed)

    def _probed(self) -> None:
        reply, self._probe = self._probe, None
        if reply is None:
            return
        self.online = reply.error() == QNetworkReply.NetworkError.NoError
        reply.deleteLater()
        self.setText(self.describe())

    def describe(self) -> str:
        status = self.status
        if status is None:
            return self.tr("Sync: checking…")
        if not status.enrolled:
            return self.tr("Sync: not set up yet — data stays on this computer")
        if not status.trusted:
            return self.tr("Sync: waiting for the municipality's trust document")
        parts = [self.tr("no unsent changes") if status.pending_changes == 0
                 else self.tr("unsent changes: %1").replace("%1", str(status.pending_changes))]
        if status.unacknowledged_bundles:
            parts.append(self.tr("bundles awaiting receipt: %1")
                         .replace("%1", str(status.unacknowledged_bundles)))
        if status.open_conflicts:
            parts.append(self.tr("conflicts: %1").replace("%1", str(status.open_conflicts)))
        parts.append(self.tr("never synced yet") if status.last_success_at is None
                     else self.tr("last sync %1").replace(
                         "%1", format_datetime(status.last_success_at, self.ctx.lang)))
        if self.online is not None:
            parts.append(self.tr("online") if self.online else self.tr("offline"))
        return self.tr("Sync: %1").replace("%1", " · ".join(parts))
