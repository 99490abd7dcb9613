"""Marks in e-journal exports: the columns, the shapes and one row read into its marks.

The pupil's columns are the roster import's (`roster.columns`). The shapes accepted:

- E-klase, "Vērtējumu kopsavilkums" / "Sekmju izraksts" (CSV with `;`, often Windows-1257,
  or XLSX), one row per pupil and one column per subject, a cell holding the period's marks
  separated by spaces: `Uzvārds; Vārds; Personas kods; Klase; Matemātika; Latviešu valoda;
  Fizika; …` — a cell "4 7 3" is three marks, an empty cell no mark. Columns "Nr.",
  "Vidējais", "Kavējumi" and the like are not subjects (`NOT_SUBJECTS`).
- Mykoob, "Vērtējumu atskaite" (CSV with `,`, UTF-8, or XLSX), one row per mark, no personal
  code: `Vārds, Uzvārds, Klase, Priekšmets, Vērtējums[, Datums]`.

A file with a "Priekšmets" and a "Vērtējums" column is of the second shape. A mark is a whole
number 1–10 (failing: below 4), or the e-journal's words: "nv" (not assessed: neither passed
nor failing), "ieskaitīts" / "i" (passed), "neieskaitīts" / "ni" (failing). The mark's text
is kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.errors import FieldProblem
from app.services.roster.columns import RosterField, header_key
from app.services.roster.mapping import ColumnMapping
from app.services.roster.reading import RosterRow, RosterTable
from app.services.roster.row_values import RowProblem
from app.services.students.search import fold

PASS_BELOW = 4  # a mark below 4 of 10 is failing
SUBJECT_NAMES = ("priekšmets", "mācību priekšmets", "subject")
MARK_NAMES = ("vērtējums", "atzīme", "mark", "grade")
NOT_SUBJECTS = frozenset(header_key(n) for n in (
    "nr", "nr.", "npk", "n.p.k.", "vidējais", "vidējā atzīme", "vidējais vērtējums",
    "kavējumi", "piezīmes", "datums", "dzimums", "average", "date", "no"))
NOT_ASSESSED = frozenset({"nv"})
PASSED = frozenset({"ieskaitits", "i"})
FAILED = frozenset({"neieskaitits", "ni"})
_NUMBER = re.compile(r"\d{1,2}")


@dataclass(frozen=True)
class Mark:
    subject: str
    text: str  # as written: "7", "nv", "ieskaitīts"
    value: int | None  # 1–10; None: a mark in words
    failing: bool


@dataclass(frozen=True)
class MarkColumns:
    """Long shape: `subject` and `mark`; wide shape: `subjects` (column, subject name)."""

    subject: int | None = None
    mark: int | None = None
    subjects: tuple[tuple[int, str], ...] = ()

    @property
    def long(self) -> bool:
        return self.subject is not None and self.mark is not None

    @property
    def any(self) -> bool:
        return self.long or bool(self.subjects)


def mark_columns(headers: Sequence[str], mapping: ColumnMapping) -> MarkColumns:
    keys = [header_key(h) for h in headers]
    subject = next((i for i, k in enumerate(keys) if k in {header_key(n) for n in
                                                           SUBJECT_NAMES}), None)
    mark = next((i for i, k in enumerate(keys) if k in {header_key(n) for n in MARK_NAMES}),
                None)
    if subject is not None and mark is not None:
        return MarkColumns(subject, mark)
    pupil = {mapping.index(f) for f in RosterField}
    return MarkColumns(subjects=tuple((i, h.strip()) for i, (h, k) in
                                      enumerate(zip(headers, keys, strict=True))
                                      if k and i not in pupil and k not in NOT_SUBJECTS))


def parse_mark(subject: str, text: str) -> Mark | None:
    """None when `text` is no mark the e-journals write."""
    word = fold(text).strip().lower()
    if _NUMBER.fullmatch(word) and 1 <= int(word) <= 10:
        return Mark(subject, text, int(word), int(word) < PASS_BELOW)
    if word in NOT_ASSESSED or word in PASSED or word in FAILED:
        return Mark(subject, text, None, word in FAILED)
    return None


def read_marks(table: RosterTable, columns: MarkColumns,
               row: RosterRow) -> tuple[tuple[Mark, ...], list[RowProblem]]:
    """The row's marks; each cell that is no mark is a problem naming its column."""
    marks: list[Mark] = []
    problems: list[RowProblem] = []

    def problem(index: int, key: str, **params: object) -> None:
        header = table.headers[index] or str(index + 1)
        problems.append(RowProblem(row.number, header, "mark", FieldProblem("mark", key,
                                                                            params)))

    if columns.long and columns.subject is not None and columns.mark is not None:
        subject = row.cell(columns.subject).strip()
        cells = [(columns.mark, subject)]
        if not subject:
            problem(columns.subject, "indicators.mark.no_subject")
            return (), problems
        if not row.cell(columns.mark).strip():
            problem(columns.mark, "indicators.mark.missing")
    else:
        cells = [(i, name) for i, name in columns.subjects]
    for index, subject in cells:
        for text in row.cell(index).split():
            found = parse_mark(subject, text)
            if found is None:
                problem(index, "indicators.mark.unreadable", value=text)
            else:
                marks.append(found)
    return tuple(marks), problems

