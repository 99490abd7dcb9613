"""One list of Settings → Catalogue: the current school year's entries of one kind (support
measures, risk signs) in a table, with "Add…", "Wording…" and "Retire" / "Offer again".

A subclass says what the entries are: `fetch` (on the worker), each row's texts, the dialog
that adds one, and the service calls that reword and retire one. Retiring is undone by one
click, so it asks nothing; the message under the table says what it means.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.core.store import Store
from app.services.school.calendar import school_year_id
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ErrorLabel
from app.ui.settings.catalogue_dialogs import NamesDialog
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.tasks import Op, show_failure


def set_headers(table: QTableWidget, headers: Sequence[str], stretch: int | None) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def settings_table(name: str, headers: Sequence[str], stretch: int | None) -> QTableWidget:
    """A read-only table of whole rows, one selected at a time; `stretch`: the column that
    takes the width left."""
    table = QTableWidget(0, 0)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    set_headers(table, headers, stretch)
    return table


class CatalogueList(QWidget):
    def __init__(self, ctx: UiContext, kind: str, parent: QWidget | None = None) -> None:
        """`kind` names the widgets ("add_measure", "signs_table"); the subclass then gives
        the heading and the columns (`set_columns`)."""
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[Any] = []  # RiskSignView or MeasureTypeView, as shown
        self.dialog: SettingsDialog | None = None
        self.heading = QLabel()
        self.table = settings_table(f"{kind}s_table", (), None)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.double_clicked())
        self.add_button = self._button(self.tr("Add…"), f"add_{kind}", self.add)
        self.names_button = self._button(self.tr("Wording…"), f"edit_{kind}_names",
                                         self.edit_names)
        self.retire_button = self._button(self.tr("Retire"), f"retire_{kind}",
                                          self.toggle_retired)
        self.for_selected: list[QPushButton] = [self.names_button, self.retire_button]
        self.message = QLabel()
        self.message.setObjectName(f"{kind}s_message")
        self.message.setWordWrap(True)
        self.top = QHBoxLayout()
        self.top.addWidget(self.heading, 1)
        for button in (self.add_button, self.names_button, self.retire_button):
            self.top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def set_columns(self, heading: str, headers: Sequence[str], stretch: int) -> None:
        self.heading.setText(heading)
        set_headers(self.table, headers, stretch)
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- what a subclass says ---------------------------------------------------------------

    def fetch(self, store: Store, year_id: uuid.UUID) -> list[Any]:
        raise NotImplementedError

    def row_texts(self, entry: Any) -> Sequence[str]:
        raise NotImplementedError

    def new_dialog(self) -> SettingsDialog:
        raise NotImplementedError

    def reword(self, entry_id: uuid.UUID, name_lv: str, name_en: str) -> Any:
        raise NotImplementedError  # runs on the worker

    def set_retired(self, entry_id: uuid.UUID, retired: bool) -> Any:
        raise NotImplementedError  # runs on the worker

    def retired_message(self, name: str) -> str:
        raise NotImplementedError

    def empty_message(self) -> str:
        raise NotImplementedError

    def double_clicked(self) -> None:
        self.edit_names()

    # --- the list ---------------------------------------------------------------------------

    def load(self) -> Op:
        store, label = self.ctx.store, self.ctx.semester.school_year
        return Op(self, self.ctx.worker,
                  lambda _p, _c: self.fetch(store, school_year_id(store, label))).success(
            self._show).start()

    def status_text(self, entry: Any) -> str:
        return self.tr("no longer offered") if entry.retired else self.tr("offered")

    def _show(self, entries: list[Any]) -> None:
        selected = self.selected()
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for col, text in enumerate(self.row_texts(entry)):
                self.table.setItem(row, col, QTableWidgetItem(text))
            if selected is not None and entry.id == selected.id:
                self.table.selectRow(row)
        if not entries:
            self.message.setText(self.empty_message())
        self._update_buttons()

    def row_of(self, code: str) -> int:
        return next(i for i, e in enumerate(self.entries) if e.code == code)

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _update_buttons(self) -> None:
        entry = self.selected()
        for button in self.for_selected:
            button.setEnabled(entry is not None)
        self.retire_button.setText(self.tr("Offer again") if entry and entry.retired
                                   else self.tr("Retire"))

    # --- the actions ------------------------------------------------------------------------

    def open_dialog(self, dialog: SettingsDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._changed)
        dialog.open()

    def add(self) -> None:
        self.open_dialog(self.new_dialog())

    def edit_names(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        entry_id = entry.id
        self.open_dialog(NamesDialog(
            self.ctx, self.tr("Wording of “%1”").replace("%1", entry.name(self.ctx.lang)),
            entry.name_lv, entry.name_en, lambda lv, en: self.reword(entry_id, lv, en), self))

    def toggle_retired(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        entry_id, retire = entry.id, not entry.retired
        Op(self, self.ctx.worker, lambda _p, _c: self.set_retired(entry_id, retire)).changes(
            self.ctx.changes, {Entity.SCHOOL}).success(self._changed).failure(
            lambda exc: show_failure(ErrorLabel(self.message, self.ctx.lang), exc)).start()

    def _changed(self, entry: Any) -> None:
        name = entry.name(self.ctx.lang)
        self.message.setText(self.retired_message(name) if entry.retired
                             else self.tr("Saved: %1.").replace("%1", name))
        self.load()
