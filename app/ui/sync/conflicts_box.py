"""Municipality decisions the app could not apply by itself, for a person to resolve.

"Resolve" keeps the school's current plan (the decision goes to the history and the newer
version is sent with the next sync); "Full resync…" queues every record again — the way out
of a bundle the municipality rejected.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_datetime
from app.i18n import render
from app.services.sync.conflicts import ConflictView

ID_ROLE = Qt.ItemDataRole.UserRole


class ConflictsBox(QGroupBox):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setTitle(self.tr("Conflicts to resolve"))
        self.empty = QLabel(self.tr("No open conflicts."))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels([
            self.tr("Pupil"), self.tr("Plan version"), self.tr("Decision"),
            self.tr("Municipality's comment"), self.tr("Why it was not applied")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resolve_button = QPushButton(self.tr("Resolve: keep the school's plan"))
        self.resolve_button.setObjectName("resolve_conflict")
        self.resolve_button.setEnabled(False)
        self.resync_button = QPushButton(self.tr("Full resync…"))
        self.resync_button.setObjectName("full_resync")
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.resync_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.table.setRowCount(len(conflicts))
        outcomes = {"accepted": self.tr("accepted"), "returned": self.tr("returned")}
        for r, c in enumerate(conflicts):
            decided = (f"{outcomes.get(c.outcome, c.outcome)} "
                       f"({format_datetime(c.decided_at, self.lang)})")
            cells = (c.student_name, "—" if c.version is None else str(c.version), decided,
                     c.comment or "—", render(c.reason_key, self.lang))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(ID_ROLE, c.id)
                self.table.setItem(r, col, item)
        self.empty.setVisible(not conflicts)
        self.table.setVisible(bool(conflicts))
        self._selection_changed()

    def selected(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else item.data(ID_ROLE)

    def _selection_changed(self) -> None:
        self.resolve_button.setEnabled(self.selected() is not None)
