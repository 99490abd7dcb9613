"""One pupil's attendance figures of a period, and one file row read into them with every
problem as a sentence naming the row and the column (the roster's `RowProblem`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.errors import FieldProblem
from app.services.indicators.columns import AttendanceColumns, AttendanceField
from app.services.roster.reading import RosterRow, RosterTable
from app.services.roster.row_values import RowProblem

_WHOLE = re.compile(r"\d+(?:[.,]0+)?")
TENTH = Decimal("0.1")


@dataclass(frozen=True)
class Figures:
    """None: the file gave no figure (shown as "no data", never as 0)."""

    lessons: int | None
    justified: int | None
    unjustified: int | None
    late: int | None

    @property
    def missed(self) -> int | None:
        if self.justified is None or self.unjustified is None:
            return None
        return self.justified + self.unjustified

    @property
    def absence_pct(self) -> Decimal | None:
        """Lessons missed (justified and not) as a % of the lessons, to one decimal."""
        missed = self.missed
        if missed is None or not self.lessons:
            return None
        pct = Decimal(missed) * 100 / Decimal(self.lessons)
        return pct.quantize(TENTH, rounding=ROUND_HALF_UP)


def _header(table: RosterTable, index: int | None) -> str:
    if index is None or index >= len(table.headers):
        return ""
    return table.headers[index] or str(index + 1)


def read_figures(table: RosterTable, columns: AttendanceColumns,
                 row: RosterRow) -> tuple[Figures, list[RowProblem]]:
    problems: list[RowProblem] = []

    def problem(field: AttendanceField, key: str, **params: object) -> None:
        problems.append(RowProblem(row.number, _header(table, columns.index(field)),
                                   field.value, FieldProblem(field.value, key, params)))

    values: dict[AttendanceField, int | None] = {}
    for field in AttendanceField:
        text = row.cell(columns.index(field)).strip()
        if not text:
            values[field] = None
        elif _WHOLE.fullmatch(text):
            values[field] = int(re.split(r"[.,]", text)[0])
        else:
            values[field] = None
            problem(field, "indicators.number.unreadable", value=text)
    lessons, justified = values[AttendanceField.LESSONS], values[AttendanceField.JUSTIFIED]
    unjustified, missed = values[AttendanceField.UNJUSTIFIED], values[AttendanceField.MISSED]
    if missed is not None and unjustified is not None:
        if missed < unjustified:
            problem(AttendanceField.MISSED, "indicators.missed.below_unjustified",
                    missed=missed, unjustified=unjustified)
        elif justified is None:
            justified = missed - unjustified
        elif justified + unjustified != missed:
            problem(AttendanceField.MISSED, "indicators.missed.not_sum", missed=missed,
                    justified=justified, unjustified=unjustified)
    figures = Figures(lessons, justified, unjustified, values[AttendanceField.LATE])
    if lessons is not None and figures.missed is not None and figures.missed > lessons:
        problem(AttendanceField.LESSONS, "indicators.lessons.below_missed",
                lessons=lessons, missed=figures.missed)
    return figures, problems
