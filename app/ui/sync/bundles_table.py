"""The bundles the school has built, newest first: number, created, records, state, receipt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.formatting import format_datetime
from app.i18n import render
from app.services.sync.outbox import BundleInfo

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BundlesTable(QTableWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.lang = lang
        self.setObjectName("bundles")
        self.setAccessibleName(self.tr("Sync bundles"))
        self.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Created"), self.tr("Records"), self.tr("State"),
            self.tr("Receipt / last error")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _receipt(self, bundle: BundleInfo) -> str:
        parts = []
        if bundle.acknowledged_at is not None:
            parts.append(self.tr("received %1").replace(
                "%1", format_datetime(bundle.acknowledged_at, self.lang)))
        elif bundle.sent_at is not None:
            parts.append(self.tr("sent %1").replace(
                "%1", format_datetime(bundle.sent_at, self.lang)))
        if bundle.receipt_reason:
            parts.append(bundle.receipt_reason)
        if bundle.last_error:
            parts.append(bundle.last_error)
        if bundle.next_attempt_at is not None:
            parts.append(self.tr("next attempt %1").replace(
                "%1", format_datetime(bundle.next_attempt_at, self.lang)))
        return " · ".join(parts)

    def show_bundles(self, bundles: list[BundleInfo]) -> None:
        self.setRowCount(len(bundles))
        for r, bundle in enumerate(bundles):
            cells = (str(bundle.seq), format_datetime(bundle.created_at, self.lang),
                     str(sum(bundle.counts.values())),
                     render(f"sync_school.state_{bundle.state}", self.lang),
                     self._receipt(bundle))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in (0, 2):
                    item.setTextAlignment(RIGHT)
                self.setItem(r, c, item)
