"""What the attendance preview hands the command line or a screen: each row's outcome, the
period, the import it would replace, and the counts. Plain frozen dataclasses."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime

from app.i18n import DEFAULT_LANGUAGE
from app.services.indicators.columns import AttendanceColumns
from app.services.indicators.figures import Figures
from app.services.indicators.period import Period
from app.services.roster.mapping import ColumnMapping
from app.services.roster.reading import RosterTable
from app.services.roster.row_values import RowProblem


class AttendanceKind(enum.StrEnum):
    MATCHED = "matched"  # a pupil of the register
    UNMATCHED = "unmatched"  # no pupil of the register found
    ERROR = "error"  # a cell that cannot be read or accepted
    DUPLICATE = "duplicate"  # the same pupil as an earlier row


@dataclass(frozen=True)
class AttendanceRow:
    row: int
    kind: AttendanceKind
    full_name: str
    class_name: str
    student_id: uuid.UUID | None
    figures: Figures
    problems: tuple[RowProblem, ...] = ()

    @property
    def rejected(self) -> bool:
        return self.kind is not AttendanceKind.MATCHED

    def problem_text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return " ".join(p.text(lang) for p in self.problems)


@dataclass(frozen=True)
class ReplacedImport:
    source_name: str
    imported_at: datetime
    rows: int


@dataclass(frozen=True)
class AttendanceCounts:
    matched: int
    unmatched: int
    errors: int
    duplicates: int


@dataclass(frozen=True)
class AttendancePreview:
    table: RosterTable
    mapping: ColumnMapping
    columns: AttendanceColumns
    period: Period
    rows: tuple[AttendanceRow, ...]
    replaces: ReplacedImport | None  # the earlier import of this period, if any

    @property
    def rejected(self) -> tuple[AttendanceRow, ...]:
        return tuple(r for r in self.rows if r.rejected)

    @property
    def has_problems(self) -> bool:
        return any(r.rejected for r in self.rows)

    @property
    def counts(self) -> AttendanceCounts:
        n = {k: 0 for k in AttendanceKind}
        for r in self.rows:
            n[r.kind] += 1
        return AttendanceCounts(n[AttendanceKind.MATCHED], n[AttendanceKind.UNMATCHED],
                                n[AttendanceKind.ERROR], n[AttendanceKind.DUPLICATE])


@dataclass(frozen=True)
class AttendanceImportResult:
    import_id: uuid.UUID
    imported: int
    skipped: int
    replaced: bool
