"""The card's History: everything the audit trail records about the pupil, newest first."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.history.student_history import HistoryEntry, student_history
from app.ui.context import UiContext
from app.ui.form_errors import ErrorLabel
from app.ui.student_card.card_tab import CardTab
from app.ui.tasks import Op


class HistoryTab(CardTab):
    loaded = Signal()

    def __init__(self, ctx: UiContext, student_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, student_id, parent)
        self.entries: list[HistoryEntry] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("history")
        self.table.setAccessibleName(self.tr("History"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"),
                                              self.tr("What happened")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang)
        self.empty = QLabel(self.tr("Nothing has been recorded about this pupil yet."))
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    @classmethod
    def heading(cls) -> str:
        return QCoreApplication.translate("HistoryTab", "History")

    def load(self) -> None:
        ctx, sid = self.ctx, self.student_id
        Op(self, ctx.worker,
           lambda _p, _c: student_history(ctx.store, ctx.actor, sid, lang=ctx.lang)).success(
            self._show).start()

    def _show(self, entries: list[HistoryEntry]) -> None:
        self.entries = entries
        self.error.hide()
        self.empty.setVisible(not entries)
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for col, value in enumerate((e.when, e.who, e.what)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.loaded.emit()

