"""The approval queue as a table: pupil, class, total cost, read, risks, author, submitted.

The cost and the read mark come right after the pupil, so they are in sight without scrolling
however long the risks are.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.formatting import format_datetime, format_money
from app.services.approvals.decisions import QueueItem
from app.ui.approvals.words import RiskWords

Index = QModelIndex | QPersistentModelIndex
PLAN_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("pupil", "class", "cost", "read", "risks", "author", "submitted")
READ_MARK = "✓"


class QueueModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, lang: str = "lv") -> None:
        super().__init__(parent)
        self.lang = lang
        self.words = RiskWords(self)
        self.rows: list[QueueItem] = []
        self._headers = [
            self.tr("Pupil"), self.tr("Class"), self.tr("Total cost"), self.tr("Read"),
            self.tr("Risks"), self.tr("Author"), self.tr("Submitted"),
        ]

    def set_rows(self, rows: list[QueueItem]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def mark_read(self, plan_id: uuid.UUID) -> None:
        """The director opened this plan: it may now be approved with others."""
        for i, item in enumerate(self.rows):
            if item.plan_id == plan_id and not item.read:
                self.rows[i] = replace(item, read=True)
                cell = self.index(i, COLUMNS.index("read"))
                self.dataChanged.emit(cell, cell)

    def item(self, row: int) -> QueueItem:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def text(self, item: QueueItem, column: str) -> str:
        values = {
            "pupil": item.student, "class": item.class_name, "author": item.author,
            "risks": self.words.risks(item.risks),
            "cost": format_money(item.total_cost_cents, self.lang),
            "submitted": format_datetime(item.submitted_at, self.lang),
            "read": READ_MARK if item.read else "",
        }
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == PLAN_ROLE:
            return item.plan_id
        if role == Qt.ItemDataRole.ToolTipRole and column == "read":
            return (self.tr("You have read this plan since it was submitted.") if item.read
                    else self.tr("Open the plan to read it before approving it."))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("cost", "read"):
            align = Qt.AlignmentFlag.AlignRight if column == "cost" else \
                Qt.AlignmentFlag.AlignHCenter
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None
