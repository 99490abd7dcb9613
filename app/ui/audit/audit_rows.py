"""The audit trail as a table: entry number, time, who, pupil, and what was done in words."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.history.student_history import HistoryEntry

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("seq", "when", "who", "pupil", "what")


class AuditRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HistoryEntry] = []
        self.students: dict[uuid.UUID, str] = {}
        self._headers = [self.tr("No."), self.tr("Time"), self.tr("Who"), self.tr("Pupil"),
                         self.tr("What was done")]

    def set_rows(self, rows: list[HistoryEntry], students: dict[uuid.UUID, str]) -> None:
        self.beginResetModel()
        self.rows, self.students = list(rows), dict(students)
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

    def text(self, row: int, column: str) -> str:
        e = self.rows[row]
        if column == "seq":
            return str(e.seq)
        if column == "when":
            return e.when
        if column == "who":
            return e.who
        if column == "pupil":
            return self.students.get(e.student_id, "") if e.student_id else ""
        return e.what

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "seq":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
