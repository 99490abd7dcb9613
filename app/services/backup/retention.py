"""Which backups to delete: daily ones are kept for 7 days, monthly ones for a year.

`backups_to_delete(files, today)` is pure: it reads only the times in the names.
- Of the last 7 days (today and the 6 before), the newest backup of each day stays.
- Of the last 12 months (this month and the 11 before), the newest backup of each month stays.
- Everything else named like a backup goes; files of other names are never chosen.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from app.services.backup.naming import (
    EXTENSION,
    PREFIX,
    backup_order,
    backup_time,
    school_slug,
    sidecar_path,
)
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require

DAILY_DAYS = 7
MONTHLY_MONTHS = 12


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def backups_to_delete(files: Iterable[Path], today: date) -> list[Path]:
    timed: list[tuple[tuple[datetime, int], Path]] = []
    for f in files:
        order = backup_order(f)
        if order is not None:
            timed.append((order, f))
    timed.sort(key=lambda item: item[0], reverse=True)  # newest first
    keep: set[Path] = set()
    days_seen: set[date] = set()
    months_seen: set[int] = set()
    first_day = today - timedelta(days=DAILY_DAYS - 1)
    first_month = _month_index(today) - (MONTHLY_MONTHS - 1)
    for (at, _), f in timed:
        day = at.date()
        if first_day <= day <= today and day not in days_seen:
            days_seen.add(day)
            keep.add(f)
        month = _month_index(day)
        if first_month <= month <= _month_index(today) and month not in months_seen:
            months_seen.add(month)
            keep.add(f)
        if day > today:
            keep.add(f)  # a clock set wrong somewhere: never delete what looks newer
    return sorted(f for _, f in timed if f not in keep)


def prune_backups(actor: Actor, folder: Path, school: str, today: date,
                  keep: Path | None = None) -> list[Path]:
    """Delete this school's backups in `folder` that the rule above no longer keeps (each
    with its sidecar); the deleted backups. Other schools' and other files are left, and so
    is `keep` (the backup just made, whatever the clock said before)."""
    require(actor, Permission.BACKUP_CREATE)
    mine = [p for p in Path(folder).glob(f"{PREFIX}{school_slug(school)}-*{EXTENSION}")
            if backup_time(p) is not None]
    doomed = [p for p in backups_to_delete(mine, today) if p != keep]
    for path in doomed:
        path.unlink(missing_ok=True)
        sidecar_path(path).unlink(missing_ok=True)
    return doomed
