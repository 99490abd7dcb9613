"""Small date pieces of the plan editor: the review dates list and a dd.mm.yyyy date field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date

DATE_ROLE = Qt.ItemDataRole.UserRole


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    set_date(edit, value or date.today())
    return edit


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def date_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ReviewDatesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("review_dates")
        self.list.setMaximumHeight(110)
        self.new_date = date_edit()
        self.new_date.setObjectName("new_review_date")
        self.add_button = QPushButton(self.tr("Add date"))
        self.remove_button = QPushButton(self.tr("Remove date"))
        self.remove_button.setEnabled(False)
        self.list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0))
        self.add_button.clicked.connect(self.add_date)
        self.remove_button.clicked.connect(self.remove_date)
        entry = QHBoxLayout()
        entry.addWidget(self.new_date)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        entry.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(entry)

    def dates(self) -> tuple[date, ...]:
        return tuple(self.list.item(i).data(DATE_ROLE) for i in range(self.list.count()))

    def set_dates(self, dates: tuple[date, ...]) -> None:
        self.list.clear()
        for d in dates:
            self._append(d)

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.new_date, self.add_button, self.remove_button):
            w.setVisible(not read_only)

    def add_date(self) -> None:
        """Add the chosen date in date order; a date already in the list is not added twice."""
        d = date_of(self.new_date)
        if d in self.dates():
            return
        self.set_dates(tuple(sorted((*self.dates(), d))))
        self.changed.emit()

    def remove_date(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _append(self, d: date) -> None:
        item = QListWidgetItem(format_date(d))
        item.setData(DATE_ROLE, d)
        self.list.addItem(item)
