"""The Pupils screen: the table of visible pupils with filter-as-you-type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.pupil_list import PupilListRow
from app.ui.item_models.pupil_rows import PupilFilter, PupilRowsModel
from app.ui.tasks import DatabaseWorker, Op

LoadRows = Callable[[], list[PupilListRow]]


class PupilsScreen(QWidget):
    def __init__(self, worker: DatabaseWorker, load_rows: LoadRows,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker, self._load_rows = worker, load_rows
        self.model = PupilRowsModel(self)
        self.proxy = PupilFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("pupil_search")
        self.search.setPlaceholderText(self.tr("Type part of a name or class…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("pupils_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Find:")))
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def reload(self) -> Op:
        return Op(self, self._worker, lambda _p, _c: self._load_rows(),
                  self.tr("Loading pupils…")).success(self._show).start()

    def _show(self, rows: list[PupilListRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total)))
