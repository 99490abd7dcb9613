"""PySide6 6.12 takes a reference from `True` on every emit; the work-around gives it back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from app.ui.qt_workarounds import install_emit_fix


class Sender(QObject):
    plain = Signal()
    flag = Signal(bool)


def test_emitting_signals_leaves_the_bool_singletons_alone() -> None:
    install_emit_fix()  # already installed by the conftest; installing twice is harmless
    sender = Sender()
    sender.flag.connect(lambda _v: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(2000):
        sender.plain.emit()
        sender.flag.emit(True)
        sender.flag.emit(False)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
