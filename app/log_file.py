"""The desktop app's log file: `pumpurs.log` in the user's log folder (platformdirs), rotated
at 1 MB with five old files kept (`pumpurs.log.1` … `.5`).

What goes in is what the app's own loggers say: start-up, key store choice, sync runs,
unexpected errors with their traceback. No pupil data is ever logged — messages name
files, counts and ids, never names, personal codes or free text; SQL echo stays off.
A profile where the folder cannot be made (read-only, full) only loses the file: the app
still starts.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from app.paths import APP_NAME

MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file_path() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False)) / "pumpurs.log"


class PumpursLogFile(RotatingFileHandler):
    """The one rotating file handler of the app (found again by its class)."""


def start_log_file(path: Path | None = None, *, max_bytes: int = MAX_BYTES,
                   backups: int = BACKUPS) -> PumpursLogFile | None:
    """Add the rotating file to the root logger (once); None when the file cannot be opened."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, PumpursLogFile):
            return handler
    target = path or log_file_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = PumpursLogFile(target, maxBytes=max_bytes, backupCount=backups,
                                 encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return handler


def stop_log_file() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, PumpursLogFile):
            root.removeHandler(handler)
            handler.close()
