"""One start-up, in a fresh process: `bare` (a bare Qt main window) or `app` (Pumpurs' main
window on a school, interactive = the Pupils list loaded). Prints `READY <peak MB>` when done.

    python -m benchmarks.startup_child bare
    python -m benchmarks.startup_child app PATH/TO/large.db
"""

from __future__ import annotations

import sys
from pathlib import Path


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(["pumpurs-bench"])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Pumpurs"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()


def pumpurs(path: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from app.ui.main_window import MainWindow
    from app.ui.students.students_screen import StudentsScreen
    from benchmarks.qt_session import application, context

    app = application()
    ctx = context(path)
    window = MainWindow(ctx)
    window.show()
    screen = window.screen_at(window.row_of("pupils"))
    assert isinstance(screen, StudentsScreen)
    loop = QEventLoop()
    screen.loaded.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    app.processEvents()
    if screen.model.rowCount() == 0:
        raise SystemExit("the pupils list did not load")


def main() -> None:
    if sys.argv[1] == "bare":
        bare()
    else:
        pumpurs(Path(sys.argv[2]))
    from benchmarks.measure import peak_mb

    print(f"READY {peak_mb() or 0:.1f}", flush=True)


if __name__ == "__main__":
    main()
