"""The measures of a plan being edited: rows as typed, their live cost, and a table model.

A row keeps the planned amount as the person typed it ("1,5" hours or "25,00" euro) and
works out minutes or cents from it; the cost comes from `app.services.plans.costs`, the same
arithmetic the service uses when it saves the draft.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.formatting import format_amount, format_hours, format_money, parse_money
from app.models.enums import MeasureUnit
from app.services.catalogue.loading import MeasureTypeView
from app.services.plans.costs import measure_cost_cents
from app.services.plans.lifecycle import MeasureInput

Index = QModelIndex | QPersistentModelIndex
_HOURS = re.compile(r"\d{1,5}([.,]\d{1,2})?")


def parse_hours(text: str) -> int:
    """Hours as typed ("1,5", "2", "0.75 h") → whole minutes (90, 120, 45); ValueError else."""
    cleaned = text.replace("h", "").replace("\u00a0", "").replace(" ", "").strip()
    if not _HOURS.fullmatch(cleaned):
        raise ValueError(text)
    minutes = Decimal(cleaned.replace(",", ".")) * 60
    return int(minutes.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def hours_text(minutes: int, lang: str = "lv") -> str:
    """90 → "1,5": what goes back into the field (decimal hours, as typed), no unit."""
    hours, rest = divmod(minutes, 60)
    text = str(hours) if rest == 0 else f"{minutes / 60:.2f}".rstrip("0")
    return text.replace(".", ",") if lang == "lv" else text


def money_text(cents: int, lang: str = "lv") -> str:
    """2500 → "25,00" (lv) / "25.00" (en): what goes back into the field, no grouping."""
    return format_amount(cents, lang)


@dataclass
class MeasureDraft:
    """One row of the measures table while it is edited."""

    measure_type: MeasureTypeView | None = None
    amount_text: str = ""
    provider_id: uuid.UUID | None = None
    provider_name: str = ""
    subject: str = ""
    rate_cents: int = 0  # per hour for HOURS types: the catalogue's current rate

    @property
    def unit(self) -> MeasureUnit | None:
        return self.measure_type.unit if self.measure_type else None

    def _parsed(self, text: str) -> tuple[int, int] | None:
        assert self.measure_type is not None
        try:
            if self.measure_type.unit is MeasureUnit.HOURS:
                return parse_hours(text), 0
            return 0, parse_money(text)
        except ValueError:
            return None

    def planned(self) -> tuple[int, int] | None:
        """(minutes, cents) from the typed amount, or None while it is empty, not a number or
        not more than zero."""
        if self.measure_type is None or not self.amount_text.strip():
            return None
        planned = self._parsed(self.amount_text)
        return planned if planned is not None and sum(planned) > 0 else None

    def not_positive(self) -> bool:
        """A number, but zero or below ("-5", "0"): the amount must be more than zero."""
        text = self.amount_text.strip()
        if self.measure_type is None or not text:
            return False
        return self._parsed(text.lstrip("-−").strip()) is not None and self.planned() is None

    def cost_cents(self) -> int | None:
        planned = self.planned()
        if planned is None or self.measure_type is None:
            return None
        return measure_cost_cents(self.measure_type.unit, *planned, self.rate_cents)

    def to_input(self) -> MeasureInput:
        """What the service checks; an unreadable amount goes as 0 so its message names it."""
        minutes, cents = self.planned() or (0, 0)
        type_id = self.measure_type.id if self.measure_type else uuid.UUID(int=0)
        return MeasureInput(type_id, planned_minutes=minutes, planned_cents=cents,
                            provider_id=self.provider_id,
                            provider_name="" if self.provider_id else self.provider_name,
                            subject=self.subject)

    def key(self) -> tuple[object, ...]:
        """Everything a person can change, for telling whether the row differs from before."""
        type_id = self.measure_type.id if self.measure_type else None
        return (type_id, self.planned() or self.amount_text.strip(), self.provider_id,
                "" if self.provider_id else self.provider_name.strip(), self.subject.strip())


class MeasureRowsModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self, lang: str = "lv", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[MeasureDraft] = []
        self.staff_names: dict[uuid.UUID, str] = {}
        self._headers = [self.tr("No."), self.tr("Measure"), self.tr("Provider"),
                         self.tr("Subject"), self.tr("Planned"), self.tr("Rate"),
                         self.tr("Cost")]

    def set_rows(self, rows: list[MeasureDraft]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def add_row(self, row: MeasureDraft) -> int:
        at = len(self.rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.append(row)
        self.endInsertRows()
        return at

    def remove_row(self, at: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.rows[at]
        self.endRemoveRows()
        self.refresh_all()  # the numbers in the first column move up

    def move_row(self, at: int, to: int) -> None:
        self.rows.insert(to, self.rows.pop(at))
        self.refresh_all()

    def row_changed(self, at: int) -> None:
        self.dataChanged.emit(self.index(at, 0), self.index(at, self.COLUMNS - 1))

    def refresh_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.COLUMNS - 1))

    def total_cents(self) -> int:
        return sum(r.cost_cents() or 0 for r in self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 4, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(index.row(), row, column)

    def _text(self, at: int, row: MeasureDraft, column: int) -> str:
        mt = row.measure_type
        if column == 0:
            return str(at + 1)
        if column == 1:
            return mt.name(self.lang) if mt else ""
        if column == 2:
            if row.provider_id is not None:
                return self.staff_names.get(row.provider_id, "")
            return row.provider_name
        if column == 3:
            return row.subject
        if column == 4:
            return self._planned_text(row)
        if column == 5:
            if mt is None or mt.unit is MeasureUnit.EURO:
                return "—"
            return self.tr("%1/h").replace("%1", format_money(row.rate_cents, self.lang))
        cost = row.cost_cents()
        return "—" if cost is None else format_money(cost, self.lang)

    def _planned_text(self, row: MeasureDraft) -> str:
        planned = row.planned()
        if planned is None:
            return row.amount_text
        minutes, cents = planned
        if row.unit is MeasureUnit.HOURS:
            return format_hours(minutes, self.lang)
        return format_money(cents, self.lang)
