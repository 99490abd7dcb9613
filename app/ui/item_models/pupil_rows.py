"""The pupils table: a Qt model over `PupilListRow`s and a diacritic-blind filter proxy."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.models.enums import RiskCategory, RiskLevel
from app.services.pupil_list import PupilListRow

Index = QModelIndex | QPersistentModelIndex
LEVEL_COLOURS = {
    RiskLevel.NONE: None,
    RiskLevel.LOW: QColor("#fff3b0"),
    RiskLevel.MEDIUM: QColor("#ffc880"),
    RiskLevel.HIGH: QColor("#ff8a80"),
}
CATEGORIES = list(RiskCategory)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def fold(text: str) -> str:
    """Lower case without diacritics: "Bērziņš" → "berzins", so typing either finds both."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class PupilRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PupilListRow] = []
        self._search: list[str] = []
        self._level_names = {
            RiskLevel.NONE: "", RiskLevel.LOW: self.tr("low"),
            RiskLevel.MEDIUM: self.tr("medium"), RiskLevel.HIGH: self.tr("high"),
        }
        self._headers = [
            self.tr("Surname"), self.tr("Name"), self.tr("Class"),
            self.tr("Learning"), self.tr("Social & health"), self.tr("Economic"),
            self.tr("Family"), self.tr("Overall"), self.tr("Plan"),
        ]
        self._plan_names = {
            "draft": self.tr("draft"), "submitted": self.tr("submitted"),
            "returned": self.tr("returned"), "approved": self.tr("approved"),
            "closed": self.tr("closed"),
        }

    def set_rows(self, rows: list[PupilListRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._search = [fold(f"{r.first_name} {r.last_name} {r.class_name}") for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _level(self, row: PupilListRow, col: int) -> RiskLevel:
        return row.levels.get(CATEGORIES[col - 3], RiskLevel.NONE) if col < 7 else row.overall

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == SORT_ROLE:
            if 3 <= col <= 7:
                return int(self._level(row, col))
            return fold(str(self.data(index)))
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.last_name
            if col == 1:
                return row.first_name
            if col == 2:
                return row.class_name
            if col == 8:
                return self._plan_names.get(row.plan_status.value, "") if row.plan_status else ""
            return self._level_names[self._level(row, col)]
        if role == Qt.ItemDataRole.BackgroundRole and 3 <= col <= 7:
            colour = LEVEL_COLOURS[self._level(row, col)]
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            if 3 <= col <= 7:
                return int(self._level(row, col))
            return row.student_id
        return None


class PupilFilter(QSortFilterProxyModel):
    """Filter-as-you-type on name and class, blind to case and Latvian diacritics."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
        return all(part in text for part in self._needle.split())
