"""Dialogs of Settings → Catalogue (coordinator): a new risk sign, a new support measure type,
and the wording of either in Latvian and English. Each saves through its service
(`app.services.catalogue.editing`); problems show under the fields they name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.formatting import parse_money
from app.models.enums import MeasureUnit, RiskCategory, SpecialistType
from app.services.catalogue.editing import add_measure_type, add_risk_sign
from app.services.catalogue.query import category_name
from app.services.school.calendar import school_year_id
from app.ui.context import UiContext
from app.ui.settings.labels import SettingsLabels
from app.ui.settings.settings_dialog import SettingsDialog

NameCall = Callable[[str, str], Any]


def _line(name: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setMaxLength(200)
    return edit


class NamesDialog(SettingsDialog):
    """The wording of one catalogue entry; `call(name_lv, name_en)` saves it."""

    def __init__(self, ctx: UiContext, title: str, name_lv: str = "", name_en: str = "",
                 call: NameCall | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.call = call
        self.name_lv = _line("name_lv", name_lv)
        self.name_en = _line("name_en", name_en)
        self.name_en.setPlaceholderText(self.tr("empty: the same as in Latvian"))
        self.add_row(self.tr("Name in Latvian"), "name_lv", self.name_lv)
        self.add_row(self.tr("Name in English"), "name_en", self.name_en)

    def work(self) -> Callable[[], Any] | None:
        call, lv, en = self.call, self.name_lv.text(), self.name_en.text()
        assert call is not None
        return lambda: call(lv, en)


class SignDialog(NamesDialog):
    """A new risk sign of the current school year, in the category chosen."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent=parent)
        self.setWindowTitle(self.tr("New risk sign"))
        self.category = QComboBox()
        self.category.setObjectName("category")
        for category in RiskCategory:
            self.category.addItem(category_name(category, ctx.lang), category.value)
        self.form.insertRow(0, self.tr("Risk category"),
                            self.errors.wrap("category", self.category))

    def work(self) -> Callable[[], Any] | None:
        category = RiskCategory(self.category.currentData())
        store, actor, label = self.ctx.store, self.ctx.actor, self.ctx.semester.school_year
        lv, en = self.name_lv.text(), self.name_en.text()
        return lambda: add_risk_sign(store, actor, school_year_id(store, label), category,
                                     lv, en)


class MeasureDialog(NamesDialog):
    """A new support measure type: planned in hours (a specialist's consultations at an
    hourly rate) or in euro (a compensation), with an optional cap."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent=parent)
        self.setWindowTitle(self.tr("New support measure"))
        labels = SettingsLabels(self)
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        for unit in MeasureUnit:
            self.unit.addItem(labels.unit(unit), unit.value)
        self.specialist = QComboBox()
        self.specialist.setObjectName("specialist_type")
        for kind in SpecialistType:
            self.specialist.addItem(labels.specialist(kind), kind.value)
        self.rate = _line("rate")
        self.rate.setPlaceholderText(self.tr("for example, 18,50"))
        self.cap = _line("cap")
        self.cap.setPlaceholderText(self.tr("empty: no cap"))
        self.add_row(self.tr("Planned"), "unit", self.unit)
        self.add_row(self.tr("Specialist"), "specialist_type", self.specialist)
        self.add_row(self.tr("Rate per hour, €"), "rate_cents", self.rate)
        self.add_row(self.tr("Cap per pupil and semester, €"), "cap_cents", self.cap)
        self.unit.currentIndexChanged.connect(self._unit_chosen)
        self._unit_chosen()

    def chosen_unit(self) -> MeasureUnit:
        return MeasureUnit(self.unit.currentData())

    def _unit_chosen(self) -> None:
        hours = self.chosen_unit() is MeasureUnit.HOURS
        self.specialist.setEnabled(hours)
        self.rate.setEnabled(hours)
        if not hours:
            self.rate.clear()

    def _money(self, edit: QLineEdit, field: str, text: str) -> int | None:
        try:
            return parse_money(edit.text())
        except ValueError:
            self.errors.show_field(field, text)
            return None

    def work(self) -> Callable[[], Any] | None:
        unit = self.chosen_unit()
        hours = unit is MeasureUnit.HOURS
        rate: int | None = 0
        if hours:
            rate = self._money(self.rate, "rate_cents", self.tr(
                "Rate per hour: enter an amount in euro, for example 18,50."))
        cap: int | None = None
        if self.cap.text().strip():
            cap = self._money(self.cap, "cap_cents", self.tr(
                "Cap: enter an amount in euro, for example 500,00, or leave it empty."))
            if cap is None:
                return None
        if rate is None:
            return None
        specialist = SpecialistType(self.specialist.currentData()) if hours else None
        store, actor, label = self.ctx.store, self.ctx.actor, self.ctx.semester.school_year
        lv, en, rate_cents = self.name_lv.text(), self.name_en.text(), rate
        return lambda: add_measure_type(store, actor, school_year_id(store, label), unit,
                                        specialist, lv, en, rate_cents, cap)
