"""Settings → Catalogue → Support measures (coordinator): the measure types of the current
school year with their hourly rate, cap and whether they are offered; "Rate…" changes the rate
through `update_measure_rate`, "Add…" and "Wording…" add one or reword it, "Retire" stops
offering it (plans that have it keep it) and "Offer again" undoes that.
Money is typed as in Latvia: "18,50"; an empty cap means no cap."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.formatting import format_amount, format_money, parse_money
from app.models.enums import MeasureUnit
from app.services.catalogue.editing import edit_measure_type, set_measure_type_retired
from app.services.catalogue.loading import MeasureTypeView, measure_types, update_measure_rate
from app.services.core.store import Store
from app.ui.context import UiContext
from app.ui.settings.catalogue_dialogs import MeasureDialog
from app.ui.settings.catalogue_list import CatalogueList
from app.ui.settings.labels import SettingsLabels
from app.ui.settings.settings_dialog import SettingsDialog


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


class RatesTab(CatalogueList):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "measure", parent)
        self.labels = SettingsLabels(self)
        self.table.setObjectName("rates_table")
        self.message.setObjectName("rates_message")
        self.edit_button = self._button(self.tr("Rate…"), "edit_rate", self.edit)
        self.top.insertWidget(2, self.edit_button)
        self.for_selected.append(self.edit_button)
        self.set_columns(
            self.tr("Support measures of the school year %1").replace(
                "%1", ctx.semester.school_year),
            [self.tr("Measure"), self.tr("Planned as"), self.tr("Rate per hour"),
             self.tr("Cap per pupil and semester"), self.tr("Offered")], 0)

    @property
    def measures(self) -> list[MeasureTypeView]:
        return self.entries

    def fetch(self, store: Store, year_id: uuid.UUID) -> list[MeasureTypeView]:
        return measure_types(store, year_id)

    def row_texts(self, m: MeasureTypeView) -> Sequence[str]:
        lang, hours = self.ctx.lang, m.unit is MeasureUnit.HOURS
        return (m.name(lang), self.labels.unit(m.unit),
                format_money(m.rate_cents, lang) if hours else "—",
                self.tr("no cap") if m.cap_cents is None else format_money(m.cap_cents, lang),
                self.status_text(m))

    def new_dialog(self) -> SettingsDialog:
        return MeasureDialog(self.ctx, self)

    def reword(self, entry_id: uuid.UUID, name_lv: str, name_en: str) -> MeasureTypeView:
        return edit_measure_type(self.ctx.store, self.ctx.actor, entry_id, name_lv, name_en)

    def set_retired(self, entry_id: uuid.UUID, retired: bool) -> MeasureTypeView:
        return set_measure_type_retired(self.ctx.store, self.ctx.actor, entry_id, retired)

    def retired_message(self, name: str) -> str:
        return self.tr("%1 is no longer offered for new plans; plans that have it keep it."
                       ).replace("%1", name)

    def empty_message(self) -> str:
        return self.tr("This school year has no catalogue of measures.")

    def double_clicked(self) -> None:
        self.edit()

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
