"""The Plans screen: the current semester's plans the person may see, filtered by status.

Double-click (or "Open pupil card") emits `open_pupil(student_id)`; the main window
connects it to the pupil card.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_money
from app.models.enums import PlanStatus
from app.services.plans.lifecycle import PlanSummary, list_plans
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ERROR_STYLE, ErrorLabel
from app.ui.item_models.plan_rows import ID_ROLE, PlanRowsModel, PlanStatusFilter
from app.ui.tasks import Op


class PlansScreen(QWidget):
    open_student = Signal(object)  # uuid.UUID of the pupil

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = PlanRowsModel(self, ctx.lang)
        self.proxy = PlanStatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel(self.tr("Support plans, semester %1").replace("%1",
                                                                          ctx.semester.label))
        self.title.setStyleSheet("font-weight: bold")
        self.status = QComboBox()
        self.status.setObjectName("plan_status_filter")
        self.status.addItem(self.tr("All statuses"), None)
        for status in PlanStatus:
            self.status.addItem(self.model.words.name(status), status.value)
        self.status.currentIndexChanged.connect(self._filter)
        self.count = QLabel()
        self.total = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang)
        self.table = self._table()
        self.open_button = QPushButton(self.tr("Open pupil card"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.open_button.setEnabled(self.table.selectionModel().hasSelection()))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        # Plans created, submitted, approved or synced anywhere in the app: reload.
        ctx.changes.reload_on(self, {Entity.PLAN, Entity.STUDENT, Entity.SCHOOL}, self.reload)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("plans_table")
        table.setAccessibleName(self.tr("Plans"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(self._open_index)
        return table

    def reload(self) -> Op:
        ctx = self.ctx
        return (Op(self, ctx.worker,
                   lambda _p, _c: list_plans(ctx.store, ctx.actor, ctx.semester.id),
                   self.tr("Loading plans…"))
                .success(self._show).start())

    def _show(self, rows: list[PlanSummary]) -> None:
        self.error.hide()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._update_count()

    def set_status(self, status: PlanStatus | None) -> None:
        self.status.setCurrentIndex(self.status.findData(None if status is None else status.value))

    def _filter(self, _index: int) -> None:
        value = self.status.currentData()
        self.proxy.set_status(None if value is None else PlanStatus(value))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("Plans shown: %1 of %2").replace("%1", str(shown))
                           .replace("%2", str(total)))
        cents = sum(self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                    .total_cost_cents for r in range(shown))
        self.total.setText(self.tr("Total cost of the plans shown: %1")
                           .replace("%1", format_money(cents, self.ctx.lang)))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            student_id: uuid.UUID = self.proxy.data(index, ID_ROLE)
            self.open_student.emit(student_id)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])
