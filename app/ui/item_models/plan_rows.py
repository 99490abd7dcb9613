"""The plans table: a Qt model over `PlanSummary`s and a status filter proxy."""

from __future__ import annotations

import re
import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.formatting import format_datetime, format_money
from app.models.enums import PlanStatus
from app.services.plans.lifecycle import PlanSummary

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("pupil", "class", "author", "status", "version", "cost", "submitted")


def natural_key(text: str) -> str:
    """"2.b" before "10.a": numbers padded so that text order is number order."""
    return re.sub(r"\d+", lambda m: m.group().zfill(4), text.casefold())


class PlanStatusWords(QObject):
    def name(self, status: PlanStatus) -> str:
        return {
            PlanStatus.DRAFT: self.tr("draft"), PlanStatus.SUBMITTED: self.tr("submitted"),
            PlanStatus.RETURNED: self.tr("returned"), PlanStatus.APPROVED: self.tr("approved"),
            PlanStatus.CLOSED: self.tr("closed"),
        }[status]


class PlanRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, lang: str = "lv") -> None:
        super().__init__(parent)
        self.lang = lang
        self.words = PlanStatusWords(self)
        self.rows: list[PlanSummary] = []
        self._headers = [
            self.tr("Pupil"), self.tr("Class"), self.tr("Author"), self.tr("Status"),
            self.tr("Version"), self.tr("Total cost"), self.tr("Submitted"),
        ]

    def set_rows(self, rows: list[PlanSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _text(self, p: PlanSummary, column: str) -> str:
        if column == "pupil":
            return p.student_name
        if column == "class":
            return p.class_name
        if column == "author":
            return p.author_name
        if column == "status":
            return self.words.name(p.status)
        if column == "version":
            return str(p.version)
        if column == "cost":
            return format_money(p.total_cost_cents, self.lang)
        return format_datetime(p.submitted_at, self.lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, column)
        if role == ID_ROLE:
            return p.student_id
        if role == STATUS_ROLE:
            return p.status.value
        if role == SORT_ROLE:
            if column == "cost":
                return p.total_cost_cents
            if column == "version":
                return p.version
            if column == "class":
                return natural_key(p.class_name)
            if column == "submitted":
                return p.submitted_at.isoformat() if p.submitted_at else ""
            return self._text(p, column).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("cost", "version"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def student_at(self, row: int) -> uuid.UUID:
        return self.rows[row].student_id


class PlanStatusFilter(QSortFilterProxyModel):
    """Shows the plans of one status, or all of them (`None`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: PlanStatus | None = None
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: PlanStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._status is None:
            return True
        model = self.sourceModel()
        value = model.data(model.index(source_row, 0, source_parent), STATUS_ROLE)
        return bool(value == self._status.value)
