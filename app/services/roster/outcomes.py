"""What the roster preview hands a screen: every row's outcome, the pupils missing from the
file, the classes to create, and the counts. Plain frozen dataclasses."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date

from app.i18n import DEFAULT_LANGUAGE
from app.services.roster.mapping import ColumnMapping
from app.services.roster.reading import RosterTable
from app.services.roster.row_values import RowProblem


class RowKind(enum.StrEnum):
    NEW = "new"  # a pupil not yet in the register
    MOVED = "moved"  # in the register, now in another class
    UNCHANGED = "unchanged"  # in the register, in this class
    RETURNING = "returning"  # in the register as left; active again
    ERROR = "error"  # a cell that cannot be read or accepted
    DUPLICATE = "duplicate"  # the same pupil as an earlier row of the file


@dataclass(frozen=True)
class RowOutcome:
    row: int
    kind: RowKind
    first_name: str
    last_name: str
    personal_code: str | None  # normalised
    birth_date: date | None
    class_name: str  # the class the file names (normalised)
    student_id: uuid.UUID | None = None  # the pupil in the register
    from_class: str = ""  # the pupil's class now (moved, returning)
    fills: tuple[str, ...] = ()  # fields the register lacks and the file gives
    problems: tuple[RowProblem, ...] = ()
    cells: tuple[str, ...] = ()

    @property
    def rejected(self) -> bool:
        return self.kind in (RowKind.ERROR, RowKind.DUPLICATE)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def problem_text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return " ".join(p.text(lang) for p in self.problems)


@dataclass(frozen=True)
class MissingStudent:
    """An active pupil of a class the file covers whom the file does not list."""

    student_id: uuid.UUID
    first_name: str
    last_name: str
    class_name: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class RosterCounts:
    new: int
    moved: int
    unchanged: int
    returning: int
    missing: int
    errors: int
    duplicates: int
    classes_to_create: int


@dataclass(frozen=True)
class RosterPreview:
    """What importing `table` read with `mapping` would do in `school_year`; nothing changed."""

    table: RosterTable
    mapping: ColumnMapping
    school_year: str
    rows: tuple[RowOutcome, ...]  # one per row of the file, in file order
    missing: tuple[MissingStudent, ...]
    classes_to_create: tuple[str, ...]
    built_on: date | None = None  # the `today` it was built for
    register_signature: int = 0  # of the register it was built on (`Register.signature`)

    def of_kind(self, *kinds: RowKind) -> tuple[RowOutcome, ...]:
        return tuple(r for r in self.rows if r.kind in kinds)

    @property
    def rejected(self) -> tuple[RowOutcome, ...]:
        return self.of_kind(RowKind.ERROR, RowKind.DUPLICATE)

    @property
    def has_problems(self) -> bool:
        return any(r.rejected for r in self.rows)

    @property
    def counts(self) -> RosterCounts:
        n = {k: 0 for k in RowKind}
        for r in self.rows:
            n[r.kind] += 1
        return RosterCounts(n[RowKind.NEW], n[RowKind.MOVED], n[RowKind.UNCHANGED],
                            n[RowKind.RETURNING], len(self.missing), n[RowKind.ERROR],
                            n[RowKind.DUPLICATE], len(self.classes_to_create))

    def fingerprint(self) -> tuple[object, ...]:
        """What apply re-checks: the same rows, pupils and classes as shown."""
        return (tuple((r.row, r.kind, r.student_id, r.class_name, r.fills) for r in self.rows),
                tuple(m.student_id for m in self.missing), self.classes_to_create)


@dataclass(frozen=True)
class RosterImportResult:
    cancelled: bool
    created: int = 0
    moved: int = 0
    returned: int = 0
    filled: int = 0
    marked_left: int = 0
    classes_created: tuple[str, ...] = ()
    skipped_rows: int = 0
