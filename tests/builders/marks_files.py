"""Marks and conduct exports as the e-journals write them, made by the tests (the shapes are
the ones `app.services.indicators.marks` and `.conduct` document), and importing them
through the services as the command line does."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.services.core.actor import Actor
from app.services.core.store import Store
from tests.builders.roster_files import write_csv, write_xlsx

PUPIL = ("Uzvārds", "Vārds", "Personas kods", "Klase")
EKLASE_SUBJECTS = ("Matemātika", "Latviešu valoda", "Fizika")
EKLASE_MARKS = ("Nr.", *PUPIL, *EKLASE_SUBJECTS, "Vidējais")
MYKOOB_MARKS = ("Vārds", "Uzvārds", "Klase", "Priekšmets", "Vērtējums", "Datums")
EKLASE_CONDUCT = (*PUPIL, "Piezīmju skaits")
MYKOOB_CONDUCT = ("Vārds", "Uzvārds", "Klase", "Datums", "Piezīme")


def eklase_marks_csv(path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "cp1257",
                     delimiter: str = ";") -> Path:
    """Rows: Nr., surname, first name, code, class, maths, Latvian, physics, average."""
    return write_csv(path, rows, headers=EKLASE_MARKS, encoding=encoding, delimiter=delimiter,
                     title="Vērtējumu kopsavilkums, 2026. gada oktobris")


def eklase_marks_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    return write_xlsx(path, rows, headers=EKLASE_MARKS, title="Vērtējumu kopsavilkums")


def mykoob_marks_csv(path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "utf-8",
                     delimiter: str = ",") -> Path:
    """Rows: first name, surname, class, subject, mark, date."""
    return write_csv(path, rows, headers=MYKOOB_MARKS, encoding=encoding, delimiter=delimiter)


def eklase_conduct_csv(path: Path, rows: Sequence[Sequence[str]], *,
                       encoding: str = "cp1257", delimiter: str = ";") -> Path:
    return write_csv(path, rows, headers=EKLASE_CONDUCT, encoding=encoding,
                     delimiter=delimiter, title="Piezīmju kopsavilkums")


def mykoob_conduct_csv(path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "utf-8",
                       delimiter: str = ",") -> Path:
    """Rows: first name, surname, class, date, note (one row per note)."""
    return write_csv(path, rows, headers=MYKOOB_CONDUCT, encoding=encoding,
                     delimiter=delimiter)


def import_marks(store: Store, actor: Actor, path: Path, period: str, today: date) -> None:
    from app.services.indicators import apply_marks, preview_marks
    from app.services.roster import read_roster

    preview = preview_marks(store, actor, read_roster(path), period, today=today)
    apply_marks(store, actor, preview, today=today)


def import_conduct(store: Store, actor: Actor, path: Path, period: str, today: date) -> None:
    from app.services.indicators import apply_conduct, preview_conduct
    from app.services.roster import read_roster

    preview = preview_conduct(store, actor, read_roster(path), period, today=today)
    apply_conduct(store, actor, preview, today=today)
