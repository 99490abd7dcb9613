"""Python's cyclic garbage collector, run only on the GUI thread.

Automatic collection runs in whichever thread happens to allocate; when that is the database
worker and the garbage holds a Qt widget (a closed card in a reference cycle), the widget is
destroyed off the GUI thread and the process crashes. So automatic collection is switched
off and a timer on the GUI thread collects instead, by the same generation thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        # What exists now (imported modules, classes, the ORM's registries) lives as long as
        # the app: left out of every collection, a full collection no longer walks it.
        gc.freeze()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.unfreeze()
        gc.enable()
