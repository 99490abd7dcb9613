"""The parents or guardians of a pupil as an editable table: name, relation, phone, e-mail."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.students.types import GuardianInput, GuardianView

ID_ROLE = Qt.ItemDataRole.UserRole


class GuardiansTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("guardians")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name and surname"), self.tr("Relation"), self.tr("Phone"),
            self.tr("E-mail")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add parent or guardian"))
        self.add_button.setObjectName("add_guardian")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_guardian")
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_guardians(self, guardians: tuple[GuardianView, ...] | list[GuardianView]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for g in guardians:
            self._append([g.full_name, g.relation, g.phone, g.email], g.id)
        self.table.blockSignals(False)

    def _append(self, values: list[str], guardian_id: uuid.UUID | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            if col == 0:
                item.setData(ID_ROLE, str(guardian_id) if guardian_id else "")
            self.table.setItem(row, col, item)
        return row

    def add_row(self, values: list[str] | None = None) -> int:
        """A new row (empty, or with `values`); a person starts typing the name at once."""
        row = self._append(list(values or ["", "", "", ""]), None)
        self.table.setCurrentCell(row, 0)
        first = self.table.item(row, 0)
        if not values and first is not None:
            self.table.editItem(first)
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def guardians(self) -> list[GuardianInput]:
        """The rows as typed; a completely empty row is left out."""
        out = []
        for row in range(self.table.rowCount()):
            values = [self._text(row, c) for c in range(4)]
            if not any(values):
                continue
            item = self.table.item(row, 0)
            raw = item.data(ID_ROLE) if item is not None else ""
            out.append(GuardianInput(values[0], values[1], values[2], values[3],
                                     uuid.UUID(raw) if raw else None))
        return out
