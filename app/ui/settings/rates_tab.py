"""Settings → Catalogue → Support measures (coordinator): the measure types of the current
school year with their hourly rate, cap and whether they are offered; "Rate…" changes the rate
through `update_measure_rate`, "Add…" and "Wording…" add one or reword it, "Retire" stops
offering it (plans that have it keep it) and "Offer again" undoes that.
Money is typed as in Latvia: "18,50"; an empty cap means no cap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_amount, format_money, parse_money
from app.models.enums import MeasureUnit
from app.services.catalogue.editing import edit_measure_type, set_measure_type_retired
from app.services.catalogue.loading import MeasureTypeView, measure_types, update_measure_rate
from app.services.school.calendar import school_year_id
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ErrorLabel
from app.ui.settings.catalogue_dialogs import MeasureDialog, NamesDialog
from app.ui.settings.labels import SettingsLabels
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.tasks import Op, show_failure


def amount_text(cents: int, lang: str) -> str:
    """An amount as it is typed into a field: "18,50" (lv), "18.50" (en)."""
    return format_amount(cents, lang)


class RateDialog(SettingsDialog):
    def __init__(self, ctx: UiContext, measure: MeasureTypeView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.measure = measure
        self.setWindowTitle(self.tr("Rate of “%1”").replace("%1", measure.name(ctx.lang)))
        hours = measure.unit is MeasureUnit.HOURS
        self.rate = QLineEdit(amount_text(measure.rate_cents, ctx.lang) if hours else "")
        self.rate.setObjectName("rate")
        self.rate.setEnabled(hours)
        self.rate.setPlaceholderText(self.tr("for example, 18,50") if hours
                                     else self.tr("no hourly rate"))
        cap = measure.cap_cents
        self.cap = QLineEdit("" if cap is None else amount_text(cap, ctx.lang))
        self.cap.setObjectName("cap")
        self.cap.setPlaceholderText(self.tr("empty: no cap"))
        self.add_row(self.tr("Rate per hour, €"), "rate_cents", self.rate)
        self.add_row(self.tr("Cap per pupil and semester, €"), "cap_cents", self.cap)

    def work(self) -> Callable[[], Any] | None:
        problems: list[str] = []
        rate = 0
        if self.measure.unit is MeasureUnit.HOURS:
            try:
                rate = parse_money(self.rate.text())
            except ValueError:
                problems.append("rate_cents")
        cap: int | None = None
        if self.cap.text().strip():
            try:
                cap = parse_money(self.cap.text())
            except ValueError:
                problems.append("cap_cents")
        if problems:
            self._show_money_problems(problems)
            return None
        store, actor, measure_id = self.ctx.store, self.ctx.actor, self.measure.id
        return lambda: update_measure_rate(store, actor, measure_id, rate, cap)

    def _show_money_problems(self, fields: list[str]) -> None:
        texts = {
            "rate_cents": self.tr("Rate per hour: enter an amount in euro, for example 18,50."),
            "cap_cents": self.tr("Cap: enter an amount in euro, for example 500,00, or leave "
                                 "it empty."),
        }
        for field in fields:
            label = self.errors.labels[field]
            label.setText(texts[field])
            label.show()


class RatesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.labels = SettingsLabels(self)
        self.measures: list[MeasureTypeView] = []
        self.dialog: SettingsDialog | None = None
        self.heading = QLabel(self.tr("Support measures of the school year %1").replace(
            "%1", ctx.semester.school_year))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("rates_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Measure"), self.tr("Planned as"), self.tr("Rate per hour"),
            self.tr("Cap per pupil and semester"), self.tr("Offered")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("add_measure")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Rate…"))
        self.edit_button.setObjectName("edit_rate")
        self.edit_button.clicked.connect(self.edit)
        self.names_button = QPushButton(self.tr("Wording…"))
        self.names_button.setObjectName("edit_measure_names")
        self.names_button.clicked.connect(self.edit_names)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setObjectName("retire_measure")
        self.retire_button.clicked.connect(self.toggle_retired)
        self.message = QLabel()
        self.message.setObjectName("rates_message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (self.add_button, self.edit_button, self.names_button,
                       self.retire_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._update_buttons()

    def load(self) -> Op:
        store, label = self.ctx.store, self.ctx.semester.school_year
        return Op(self, self.ctx.worker,
                  lambda _p, _c: measure_types(store, school_year_id(store, label))).success(
            self._show).start()

    def _show(self, measures: list[MeasureTypeView]) -> None:
        selected = self.selected()
        self.measures = measures
        self.table.setRowCount(len(measures))
        lang = self.ctx.lang
        for row, m in enumerate(measures):
            hours = m.unit is MeasureUnit.HOURS
            texts = (m.name(lang), self.labels.unit(m.unit),
                     format_money(m.rate_cents, lang) if hours else "—",
                     self.tr("no cap") if m.cap_cents is None
                     else format_money(m.cap_cents, lang),
                     self.tr("no longer offered") if m.retired else self.tr("offered"))
            for col, text in enumerate(texts):
                self.table.setItem(row, col, QTableWidgetItem(text))
            if selected is not None and m.id == selected.id:
                self.table.selectRow(row)
        if not measures:
            self.message.setText(self.tr("This school year has no catalogue of measures."))
        self._update_buttons()

    def row_of(self, code: str) -> int:
        return next(i for i, m in enumerate(self.measures) if m.code == code)

    def selected(self) -> MeasureTypeView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.measures):
            return None
        return self.measures[rows[0].row()]

    def _update_buttons(self) -> None:
        measure = self.selected()
        for button in (self.edit_button, self.names_button, self.retire_button):
            button.setEnabled(measure is not None)
        self.retire_button.setText(self.tr("Offer again") if measure and measure.retired
                                   else self.tr("Retire"))

    def _open(self, dialog: SettingsDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._changed)
        dialog.open()

    def add(self) -> None:
        self._open(MeasureDialog(self.ctx, self))

    def edit_names(self) -> None:
        measure = self.selected()
        if measure is None:
            return
        store, actor, mid = self.ctx.store, self.ctx.actor, measure.id
        self._open(NamesDialog(
            self.ctx, self.tr("Wording of “%1”").replace("%1", measure.name(self.ctx.lang)),
            measure.name_lv, measure.name_en,
            lambda lv, en: edit_measure_type(store, actor, mid, lv, en), self))

    def toggle_retired(self) -> None:
        measure = self.selected()
        if measure is None:
            return
        store, actor, mid, retire = self.ctx.store, self.ctx.actor, measure.id, not measure.retired
        Op(self, self.ctx.worker,
           lambda _p, _c: set_measure_type_retired(store, actor, mid, retire)).changes(
            self.ctx.changes, {Entity.SCHOOL}).success(self._changed).failure(
            lambda exc: show_failure(ErrorLabel(self.message, self.ctx.lang), exc)).start()

    def _changed(self, measure: MeasureTypeView) -> None:
        name = measure.name(self.ctx.lang)
        self.message.setText(
            self.tr("%1 is no longer offered for new plans; plans that have it keep it.")
            .replace("%1", name) if measure.retired
            else self.tr("Saved: %1.").replace("%1", name))
        self.load()

    def edit(self) -> None:
        measure = self.selected()
        if measure is None:
            return
        self.dialog = RateDialog(self.ctx, measure, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, measure: MeasureTypeView) -> None:
        self.message.setText(self.tr("Saved: %1. Plans made earlier keep their rates.")
                             .replace("%1", measure.name(self.ctx.lang)))
        self.load()
