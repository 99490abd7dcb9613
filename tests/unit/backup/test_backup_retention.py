"""Retention: daily backups for 7 days, monthly ones for a year, nothing else named."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.errors import PermissionDenied
from app.services.backup import backups_to_delete, prune_backups, sidecar_path
from app.services.backup.naming import backup_name, backup_time
from app.services.core.actor import Actor
from tests.builders.school import USERS

TODAY = date(2026, 12, 4)


def _named(at: datetime, n: int = 1) -> Path:
    return Path("/usb") / backup_name("Priekules vidusskola", at, n)


def test_names_carry_their_time() -> None:
    at = datetime(2026, 3, 7, 9, 5)
    assert backup_time(_named(at)) == at and backup_time(_named(at, 3)) == at
    assert backup_time(Path("/usb/piezimes.txt")) is None


def test_the_last_seven_days_keep_their_newest_backup() -> None:
    week = [_named(datetime(2026, 12, 4, 8, 0) - timedelta(days=d)) for d in range(7)]
    earlier_today = _named(datetime(2026, 12, 4, 7, 0))
    assert backups_to_delete([*week, earlier_today], TODAY) == [earlier_today]


def test_of_two_backups_in_one_minute_the_second_is_the_newer() -> None:
    at = datetime(2026, 12, 4, 8, 0)
    first, second, tenth = _named(at), _named(at, 2), _named(at, 10)
    assert backups_to_delete([tenth, first, second], TODAY) == sorted([first, second])


def test_older_backups_keep_one_a_month_for_a_year() -> None:
    november = [_named(datetime(2026, 11, d, 18, 0)) for d in (1, 15, 26)]
    january = [_named(datetime(2026, 1, d, 18, 0)) for d in (5, 20)]
    last_year = _named(datetime(2025, 12, 31, 18, 0))  # 12 months back: too old
    other = Path("/usb/piezimes.txt")
    doomed = backups_to_delete([*november, *january, last_year, other], TODAY)
    assert doomed == sorted([november[0], november[1], january[0], last_year])


def test_a_backup_dated_ahead_of_today_is_never_deleted() -> None:
    ahead = _named(datetime(2027, 1, 2, 8, 0))
    assert backups_to_delete([ahead], TODAY) == []


def test_no_backups_nothing_to_delete() -> None:
    assert backups_to_delete([], TODAY) == []



def _actor(who: str) -> Actor:
    name, roles, _ = USERS[who]
    return Actor(uuid.uuid4(), who, name, frozenset(roles))


def test_prune_deletes_this_schools_old_backups_with_their_sidecars(tmp_path: Path) -> None:
    def made(school: str, at: datetime) -> Path:
        path = tmp_path / backup_name(school, at)
        path.write_bytes(b"kopija")
        sidecar_path(path).write_text("{}", encoding="utf-8")
        return path

    today = made("Priekules vidusskola", datetime(2026, 12, 4, 8, 0))
    november = made("Priekules vidusskola", datetime(2026, 11, 25, 18, 0))
    old = made("Priekules vidusskola", datetime(2026, 11, 20, 8, 0))  # not November's newest
    other = made("Vaiņodes pamatskola", datetime(2025, 1, 1, 8, 0))  # another school's
    notes = tmp_path / "piezimes.txt"
    notes.write_text("x", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        prune_backups(_actor("teacher"), tmp_path, "Priekules vidusskola", TODAY)

    # the backup just made is never deleted, even when the clock put it among the old ones
    assert prune_backups(_actor("director"), tmp_path, "Priekules vidusskola", TODAY,
                         keep=old) == []
    assert prune_backups(_actor("director"), tmp_path, "Priekules vidusskola", TODAY) == [old]

    assert not old.exists() and not sidecar_path(old).exists()
    assert all(p.exists() for p in (today, november, sidecar_path(november), other, notes))
