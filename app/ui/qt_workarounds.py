"""Work-arounds for bugs in the Qt binding, each switched on only where the bug is measured.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without taking a reference for it, so
every signal emitted from Python takes one reference away from the `True` singleton. After
a few hundred emissions (the exact number depends on how many other references to `True`
exist) Python aborts with "Fatal Python error: bool_dealloc". `install_emit_fix()` emits a
probe signal, and only if `True` lost references wraps `emit` to give the reference back.
Call it once at start-up, before any signal is emitted (the desktop app and the tests do).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    ping = Signal()


def _incref(obj: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def _references_lost_per_emit() -> int:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):
        _incref(True)  # undo what the probe itself took away
    return lost // 4


def install_emit_fix() -> bool:
    """Wrap `SignalInstance.emit` if this PySide6 loses a reference per emit; True if it did."""
    global _installed
    if _installed:
        return True
    if _references_lost_per_emit() <= 0:
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            _incref(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True
