"""Attendance exports as the e-journals write them, made by the tests (the shapes are the
ones `app.services.indicators.columns` documents)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.services.core.actor import Actor
from app.services.core.store import Store
from tests.builders.roster_files import write_csv, write_xlsx

EKLASE = ("Uzvārds", "Vārds", "Personas kods", "Klase", "Stundas", "Attaisnoti",
          "Neattaisnoti", "Kavēts")
MYKOOB = ("Vārds", "Uzvārds", "Klase", "Stundu skaits", "Kavējumi", "Neattaisnoti", "Kavēts")


def eklase_csv(path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "cp1257",
               delimiter: str = ";") -> Path:
    return write_csv(path, rows, headers=EKLASE, encoding=encoding, delimiter=delimiter,
                     title="Kavējumu kopsavilkums, 2026. gada oktobris")


def mykoob_csv(path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "utf-8",
               delimiter: str = ",") -> Path:
    return write_csv(path, rows, headers=MYKOOB, encoding=encoding, delimiter=delimiter)


def eklase_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    return write_xlsx(path, rows, headers=EKLASE, title="Kavējumu kopsavilkums")


def import_attendance(store: Store, actor: Actor, path: Path, period: str,
                      today: date) -> None:
    """`path` imported for `period` through the service, as the command line does."""
    from app.services.indicators import apply_attendance, preview_attendance
    from app.services.roster import read_roster

    preview = preview_attendance(store, actor, read_roster(path), period, today=today)
    apply_attendance(store, actor, preview, today=today)
