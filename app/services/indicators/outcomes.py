"""What an indicator preview (attendance, marks, conduct) hands the command line or a screen:
each row's outcome, the period, the import it would replace, and the counts. Plain frozen
dataclasses, generic in the columns (`C`) and a row's figures (`F`) of the kind."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from app.i18n import DEFAULT_LANGUAGE
from app.services.indicators.columns import AttendanceColumns
from app.services.indicators.figures import Figures
from app.services.indicators.period import Period
from app.services.roster.mapping import ColumnMapping
from app.services.roster.reading import RosterTable
from app.services.roster.row_values import RowProblem

C = TypeVar("C")
F = TypeVar("F")


class RowKind(enum.StrEnum):
    MATCHED = "matched"  # a pupil of the register
    UNMATCHED = "unmatched"  # no pupil of the register found
    ERROR = "error"  # a cell that cannot be read or accepted
    DUPLICATE = "duplicate"  # the same pupil as an earlier row (where a pupil has one row)


AttendanceKind = RowKind


@dataclass(frozen=True)
class PupilRow(Generic[F]):
    row: int
    kind: RowKind
    full_name: str
    class_name: str
    student_id: uuid.UUID | None
    figures: F
    problems: tuple[RowProblem, ...] = ()

    @property
    def rejected(self) -> bool:
        return self.kind is not RowKind.MATCHED

    def problem_text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return " ".join(p.text(lang) for p in self.problems)


@dataclass(frozen=True)
class ReplacedImport:
    source_name: str
    imported_at: datetime
    rows: int


@dataclass(frozen=True)
class RowCounts:
    matched: int
    unmatched: int
    errors: int
    duplicates: int


AttendanceCounts = RowCounts


@dataclass(frozen=True)
class IndicatorPreview(Generic[C, F]):
    table: RosterTable
    mapping: ColumnMapping
    columns: C
    period: Period
    rows: tuple[PupilRow[F], ...]
    replaces: ReplacedImport | None  # the earlier import of this kind and period, if any
    built_on: date | None = None  # the `today` it was built for
    register_signature: int = 0  # of the register it was built on (`Register.signature`)

    @property
    def rejected(self) -> tuple[PupilRow[F], ...]:
        return tuple(r for r in self.rows if r.rejected)

    @property
    def has_problems(self) -> bool:
        return any(r.rejected for r in self.rows)

    @property
    def counts(self) -> RowCounts:
        n = {k: 0 for k in RowKind}
        for r in self.rows:
            n[r.kind] += 1
        return RowCounts(n[RowKind.MATCHED], n[RowKind.UNMATCHED], n[RowKind.ERROR],
                         n[RowKind.DUPLICATE])


AttendanceRow = PupilRow[Figures]
AttendancePreview = IndicatorPreview[AttendanceColumns, Figures]


@dataclass(frozen=True)
class ImportResult:
    import_id: uuid.UUID
    imported: int  # pupils stored
    skipped: int  # rows left out
    replaced: bool


AttendanceImportResult = ImportResult
