"""Background work: one op API with typed results, over two worker threads.

    Op(self, ctx.worker, load, self.tr("Loading…")).success(self._show).start()
    Op(self, ctx.worker, save).changes(ctx.changes, {Entity.PLAN}).success(self._saved).start()
    Op(self, ctx.slow_worker, sync_now, title)...          # network and PDF work

`fn(progress, cancel)` runs on a worker thread and returns a `T`; `Op[T].success(fn)` gets
that `T` back on the GUI thread. The work reports progress through `progress(text, done,
total)` and stops when `cancel` is set; a progress dialog with a cancel button appears only
if an op with a title takes longer than half a second.

Failures: without `.failure(fn)`, an `AppError` is shown in the error place of the op's
parent (or the nearest ancestor that has one): a screen names it once, as its `error_place`
attribute (a `FormErrors`, or an `ErrorLabel` around a QLabel, both in app.ui.form_errors). Anything
else — and an `AppError` where no error place exists — is raised on the GUI thread, where the
application's excepthook (and pytest-qt in tests) sees it. A handler that needs more (say, to
enable a button again) does its part and ends with `show_failure(self, exc)`.

"Data changed": `.changes(ctx.changes, entities)` announces, after the work succeeded, which
entities it changed; the screens showing them reload (`app.ui.data_changes`).

Workers: SQLite has one writer, so everything on the database runs on the one
`DatabaseWorker` thread. Network and PDF work (sync with its retries, building and writing
PDFs) runs on the `SlowWorker`, a second thread, so it never holds the screens' loading up.
Both are owned by the session's `UiContext`, not globals.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import AppError

if TYPE_CHECKING:
    from app.ui.data_changes import DataChanges, Entity

T = TypeVar("T")
Progress = Callable[[str, int, int], None]
Work = Callable[[Progress, threading.Event], T]


def _no_work(_progress: Progress, _cancel: threading.Event) -> None:
    return None


# --- where failures are shown ---------------------------------------------------------------

@runtime_checkable
class ErrorPlace(Protocol):
    """Where a screen shows an `AppError`: `FormErrors` (each problem under its field) or an
    `ErrorLabel` (app.ui.form_errors)."""

    def show_error(self, error: AppError) -> None: ...


def error_place_of(widget: QObject | None) -> ErrorPlace | None:
    """The `error_place` of `widget` or of its nearest ancestor that names one."""
    while widget is not None:
        place = getattr(widget, "error_place", None)
        if isinstance(place, ErrorPlace):
            return place
        widget = widget.parent()
    return None


def show_failure(where: QObject | ErrorPlace | None, exc: Exception) -> None:
    """The default for a failed op: an AppError shown in `where` (an error place, or the
    error place of that widget or its ancestors); anything else is raised."""
    if not isinstance(exc, AppError):
        raise exc
    # A widget is looked up, never taken for a place (a screen may have a show_error too).
    place = error_place_of(where) if where is None or isinstance(where, QObject) else where
    if place is None:
        raise exc
    place.show_error(exc)


# --- the workers ------------------------------------------------------------------------------

class _JobsDone(QObject):
    """Lives on the GUI thread; forgets finished jobs there (see `Worker`)."""

    finished = Signal(object)

    def __init__(self, running: set[QRunnable]) -> None:
        super().__init__()
        self._running = running
        self.finished.connect(self._forget)

    @Slot(object)
    def _forget(self, job: QRunnable) -> None:
        self._running.discard(job)


class Worker:
    """One worker thread that ops run on, in the order they were started.

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


class DatabaseWorker(Worker):
    """The one thread for the database (SQLite has one writer)."""


class SlowWorker(Worker):
    """The second thread, for network and PDF work: a sync retrying against a slow hub or a
    semester's plans being printed do not hold every screen's loading behind them."""


# --- one op ---------------------------------------------------------------------------------

class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(str, int, int)


class _Job(QRunnable):
    def __init__(self, fn: Work[Any], relay: _Relay, cancel: threading.Event) -> None:
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


class Op(QObject, Generic[T]):
    """One piece of background work returning a `T`, with callbacks on the GUI thread."""

    finished = Signal()

    def __init__(self, parent: QWidget, worker: Worker, fn: Work[T], title: str = "") -> None:
        super().__init__(parent)
        # No Python reference to `parent`: it would tie the parent's lifetime to this op, and
        # the op's deferred delete could then destroy the parent while the op is mid-delete.
        self._worker, self._title = worker, title
        self._fn: Work[Any] = fn
        self._on_success: Callable[[T], None] = lambda _r: None
        self._on_failure: Callable[[Exception], None] | None = None
        self._changes: DataChanges | None = None
        self._changed: frozenset[Entity] = frozenset()
        self.cancel_event = threading.Event()
        self._relay = _Relay()
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._relay.progress.connect(self._progress)
        self._dialog: QProgressDialog | None = None

    def success(self, fn: Callable[[T], None]) -> Op[T]:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[Exception], None]) -> Op[T]:
        """Handle every failure yourself (the default: `show_failure(parent, exc)`)."""
        self._on_failure = fn
        return self

    def changes(self, changes: DataChanges, entities: Iterable[Entity]) -> Op[T]:
        """Announce `entities` as changed once the work has succeeded (after `success`)."""
        self._changes, self._changed = changes, frozenset(entities)
        return self

    def start(self) -> Op[T]:
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
        self._changes = None
        self.finished.emit()
        self.deleteLater()

    @Slot(object)
    def _done(self, result: T) -> None:
        self._close_dialog()
        on_success, changes = self._on_success, self._changes
        try:
            on_success(result)
        finally:
            try:  # the data changed even if the callback failed
                if changes is not None:
                    changes.announce(self._changed)
            finally:
                self._finish()

    @Slot(object, str)
    def _failed(self, exc: Exception, trace: str) -> None:
        self._close_dialog()
        on_failure = self._on_failure
        try:
            if on_failure is None:
                show_failure(self.parent(), exc)
            else:
                on_failure(exc)
        finally:
            self._finish()
