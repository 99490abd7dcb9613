"""Background work: one op API over a single database worker thread.

    Op(parent, fn).success(show_rows).failure(show_error).start()

`fn(progress, cancel)` runs on the worker thread (SQLite has one writer, so there is exactly
one); it reports progress through `progress(text, done, total)` and stops when `cancel` is
set. Results and errors come back on the GUI thread. A progress dialog with a cancel button
appears only if the work takes longer than half a second.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[str, int, int], None]
Work = Callable[[Progress, threading.Event], Any]


def _no_work(_progress: Progress, _cancel: threading.Event) -> None:
    return None


class _JobsDone(QObject):
    """Lives on the GUI thread; forgets finished jobs there (see `DatabaseWorker`)."""

    finished = Signal(object)

    def __init__(self, running: set[QRunnable]) -> None:
        super().__init__()
        self._running = running
        self.finished.connect(self._forget)

    @Slot(object)
    def _forget(self, job: QRunnable) -> None:
        self._running.discard(job)


class DatabaseWorker:
    """The one worker thread every op runs on; owned by the main window, not a global.

    Python objects must die on the GUI thread: a job's work function closes over widgets,
    and its relay is a QObject. So the worker keeps every job alive until the GUI thread
    has been told it finished, and only then lets go of it there.
    """

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.closed = False
        self._running: set[QRunnable] = set()
        self._done = _JobsDone(self._running)

    def submit(self, job: _Job) -> bool:
        """Queue `job`; False once the worker is shut down (the window is closing)."""
        if self.closed:
            return False
        job.setAutoDelete(False)
        job.done = self._done.finished
        self._running.add(job)
        self.pool.start(job)
        return True

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30000) -> bool:
        """Accept no more work and wait for what runs: an op whose callback would start
        another op after the database is closed never reaches the database."""
        self.closed = True
        return self.pool.waitForDone(msecs)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(str, int, int)


class _Job(QRunnable):
    def __init__(self, fn: Work, relay: _Relay, cancel: threading.Event) -> None:
        super().__init__()
        self.fn, self.relay, self.cancel = fn, relay, cancel
        self.done: Any = None  # the worker's "finished" signal, set by submit()

    def run(self) -> None:
        try:
            result = self.fn(self.relay.progress.emit, self.cancel)
        except Exception as exc:  # handed to the GUI thread, shown there
            trace = traceback.format_exc()
            # Without its frames (they hold the widgets the work closed over), so nothing
            # of the GUI can be freed on this thread through the exception.
            self.relay.failed.emit(exc.with_traceback(None), trace)
        else:
            self.relay.done.emit(result)
        finally:
            if self.done is not None:
                self.done.emit(self)


class Op(QObject):
    """One piece of background work with success/failure callbacks on the GUI thread."""

    finished = Signal()

    def __init__(self, parent: QWidget, worker: DatabaseWorker, fn: Work,
                 title: str = "") -> None:
        super().__init__(parent)
        # No Python reference to `parent`: it would tie the parent's lifetime to this op, and
        # the op's deferred delete could then destroy the parent while the op is mid-delete.
        self._worker, self._fn, self._title = worker, fn, title
        self._on_success: Callable[[Any], None] = lambda _r: None
        self._on_failure: Callable[[Exception], None] | None = None
        self.cancel_event = threading.Event()
        self._relay = _Relay()
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._relay.progress.connect(self._progress)
        self._dialog: QProgressDialog | None = None

    def success(self, fn: Callable[[Any], None]) -> Op:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[Exception], None]) -> Op:
        self._on_failure = fn
        return self

    def start(self) -> Op:
        if self._title:
            parent = self.parent()
            dialog = QProgressDialog(self._title, self.tr("Cancel"), 0, 0,
                                     parent if isinstance(parent, QWidget) else None)
            dialog.setMinimumDuration(500)
            dialog.canceled.connect(self.cancel_event.set)
            self._dialog = dialog
        if not self._worker.submit(_Job(self._fn, self._relay, self.cancel_event)):
            self._close_dialog()
            self._finish()
        return self

    @Slot(str, int, int)
    def _progress(self, text: str, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setLabelText(text)
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

    def _finish(self) -> None:
        """Drop the callbacks (they hold the parent) before the deferred delete: freeing them
        inside the op's destructor could destroy the parent, and with it this op, twice."""
        self._on_success, self._on_failure, self._fn = (lambda _r: None), None, _no_work
        self.finished.emit()
        self.deleteLater()

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._close_dialog()
        on_success = self._on_success
        try:
            on_success(result)
        finally:
            self._finish()

    @Slot(object, str)
    def _failed(self, exc: Exception, trace: str) -> None:
        self._close_dialog()
        on_failure = self._on_failure
        try:
            if on_failure is None:
                raise exc
            on_failure(exc)
        finally:
            self._finish()
