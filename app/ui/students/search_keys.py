"""The keyboard around the pupils' search: Ctrl+F goes to the search field, Down from it
into the results (the first row selected), and Enter there opens the card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget


class SearchKeys(QObject):
    def __init__(self, screen: QWidget, search: QLineEdit, table: QTableView) -> None:
        super().__init__(screen)
        self.search, self.table = search, table
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), screen)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        search.installEventFilter(self)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            model = self.table.model()
            if model is not None and model.rowCount() > 0:
                if not self.table.selectionModel().hasSelection():
                    self.table.selectRow(0)
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False
