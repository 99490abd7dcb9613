"""Backup file names: `pumpurs-<school>-YYYY-MM-DD-HHMM.pumpurs-backup`, its JSON sidecar
`<name>.json`, and reading the time back from a name (for retention).

The school part is the school's name in lower-case ASCII ("Priekules vidusskola" →
"priekules-vidusskola"); the time is the local time in Riga. A second backup in the same
minute gets "-2", "-3"… before the extension; a name is never reused.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from app.formatting import file_slug

EXTENSION = ".pumpurs-backup"
SIDECAR = ".json"
PREFIX = "pumpurs-"
_NAME = re.compile(r"^pumpurs-(?P<school>[a-z0-9-]*?)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{4})"
                   r"(?:-(?P<n>\d+))?" + re.escape(EXTENSION) + "$")


def school_slug(name: str) -> str:
    return file_slug(name, "skola")


def backup_name(school: str, at: datetime, n: int = 1) -> str:
    suffix = "" if n == 1 else f"-{n}"
    return f"{PREFIX}{school_slug(school)}-{at:%Y-%m-%d-%H%M}{suffix}{EXTENSION}"


def free_backup_path(folder: Path, school: str, at: datetime) -> Path:
    """The first name for this school and minute that is not taken in `folder`."""
    n = 1
    while (folder / backup_name(school, at, n)).exists():
        n += 1
    return folder / backup_name(school, at, n)


def sidecar_path(backup: Path) -> Path:
    return backup.with_name(backup.name + SIDECAR)


def backup_time(path: Path) -> datetime | None:
    """The local time written in a backup's name; None for a file of another name."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match["stamp"], "%Y-%m-%d-%H%M")


def backup_order(path: Path) -> tuple[datetime, int] | None:
    """The time in a backup's name and its number within that minute (1, 2, …): later
    backups sort after earlier ones; None for a file of another name."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match["stamp"], "%Y-%m-%d-%H%M"), int(match["n"] or 1)


def is_backup_name(path: Path) -> bool:
    return backup_time(path) is not None
