"""Auto-lock after idle time: an application event filter restarts a timer on every input.

    lock = IdleLock(main_window, ctx, ctx.school.idle_lock_minutes)
    lock.signed_out.connect(...)          # the lead: back to the login
    settings.idle_lock_changed.connect(lock.set_minutes)

On timeout every open window (the main window and any dialog) is covered by an opaque panel
and the lock screen (`app.ui.lock_screen.LockScreen`) opens on top; nothing underneath is
closed or changed, so unsaved edits survive. While locked, input to anything but the lock
screen is swallowed. `timeout_ms` replaces the minutes in tests.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.lock_screen import LockScreen

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut, QEvent.Type.ContextMenu,
})


class Cover(QWidget):
    """An opaque panel over one window's contents while the screen is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        label = QLabel(self.tr("Pumpurs is locked."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()


class IdleLock(QObject):
    locked_changed = Signal(bool)
    signed_out = Signal()

    def __init__(self, main_window: QWidget, ctx: UiContext, minutes: int, *,
                 timeout_ms: int | None = None) -> None:
        super().__init__(main_window)
        self.main_window, self.ctx = main_window, ctx
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms if timeout_ms is not None else minutes * 60_000)
        self.timer.timeout.connect(self.lock)
        self.screen: LockScreen | None = None
        self.covers: dict[QWidget, Cover] = {}
        self._focus: QWidget | None = None
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        if not self.locked:
            self.timer.start()

    def stop(self) -> None:
        """No more locking (the person signed out or the window closes)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.screen is None:
            if kind in INPUT_EVENTS:
                self.timer.start()  # restart the countdown
            return False
        if kind == QEvent.Type.Resize and obj in self.covers:
            self.covers[obj].setGeometry(obj.rect())
        # Locked: nothing underneath the lock screen gets input.
        return kind in INPUT_EVENTS and isinstance(obj, QWidget) and not self._on_lock_screen(obj)

    def _on_lock_screen(self, widget: QWidget) -> bool:
        screen = self.screen
        return screen is not None and (widget is screen or screen.isAncestorOf(widget))

    def lock(self) -> None:
        if self.screen is not None:
            return
        self.timer.stop()
        self._focus = QApplication.focusWidget()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window.windowType() in (Qt.WindowType.Window,
                                                              Qt.WindowType.Dialog):
                self.covers[window] = Cover(window)
        screen = LockScreen(self.ctx, self.main_window)
        screen.unlocked.connect(self.unlock)
        screen.sign_out_requested.connect(self._sign_out)
        screen.setGeometry(self.main_window.geometry())
        self.screen = screen
        screen.show()
        screen.raise_()
        screen.activateWindow()
        screen.password.setFocus()
        self.locked_changed.emit(True)

    def _release(self) -> None:
        for cover in self.covers.values():
            with contextlib.suppress(RuntimeError):  # its window may have been deleted
                cover.hide()
                cover.deleteLater()
        self.covers.clear()
        if self.screen is not None:
            self.screen.dismiss()
            self.screen = None

    def unlock(self) -> None:
        self._release()
        if self._focus is not None:
            with contextlib.suppress(RuntimeError):
                self._focus.activateWindow()
                self._focus.setFocus()
        self._focus = None
        self.timer.start()
        self.locked_changed.emit(False)

    def _sign_out(self) -> None:
        self._release()
        self.stop()
        self.locked_changed.emit(False)
        self.signed_out.emit()
