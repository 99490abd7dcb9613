"""The goals of a plan: a list to add to, edit in place (double-click), remove and reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

EDITABLE = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable)


class GoalsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("goals_list")
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.new_goal = QLineEdit()
        self.new_goal.setObjectName("new_goal")
        self.new_goal.setPlaceholderText(self.tr("Type a goal and press Add goal"))
        self.new_goal.returnPressed.connect(self.add_goal)
        self.add_button = QPushButton(self.tr("Add goal"))
        self.remove_button = QPushButton(self.tr("Remove goal"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_goal)
        self.remove_button.clicked.connect(self.remove_goal)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        entry = QHBoxLayout()
        entry.addWidget(self.new_goal, 1)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            entry.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(entry)
        self._read_only = False
        self._update_buttons()

    def goals(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))

    def set_goals(self, goals: tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in goals:
            self._append(text)
        self.list.blockSignals(False)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for i in range(self.list.count()):
            self.list.item(i).setFlags(
                EDITABLE & ~Qt.ItemFlag.ItemIsEditable if read_only else EDITABLE)
        for w in (self.new_goal, self.add_button, self.remove_button, self.up_button,
                  self.down_button):
            w.setVisible(not read_only)

    def add_goal(self) -> None:
        text = self.new_goal.text().strip()
        if not text or self._read_only:
            return
        self._append(text)
        self.list.setCurrentRow(self.list.count() - 1)
        self.new_goal.clear()
        self.changed.emit()

    def remove_goal(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._update_buttons()
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)
        self.changed.emit()

    def _append(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(EDITABLE)
        self.list.addItem(item)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
