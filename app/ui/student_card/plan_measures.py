"""The measures of a plan: a table with the live cost per row and the total, and an editor
for the selected row (type from the catalogue, provider, subject, planned hours or euro)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_money
from app.models.enums import MeasureUnit, SpecialistType
from app.services.catalogue.loading import MeasureTypeView
from app.services.catalogue.query import offered
from app.services.plans.lifecycle import MeasureInput, MeasureView
from app.services.plans.staff import StaffMember, providers_for
from app.ui.field_form import FieldForm
from app.ui.form_errors import ERROR_STYLE
from app.ui.item_models.measure_rows import (
    MeasureDraft,
    MeasureRowsModel,
    hours_text,
    money_text,
)
from app.ui.settings.labels import SettingsLabels
from app.ui.student_card.staff_assign import staff_text


class MeasuresEditor(QWidget):
    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.types: list[MeasureTypeView] = []
        self.staff: list[StaffMember] = []
        self._filling = False
        self._read_only = False
        self._labels = SettingsLabels(self)
        self._providers: list[tuple[str, str]] = []  # the provider picker's (text, id)
        self.model = MeasureRowsModel(lang, self)
        self.table = QTableView()
        self.table.setObjectName("measures_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill_editor())
        self.add_button = QPushButton(self.tr("Add measure"))
        self.remove_button = QPushButton(self.tr("Remove measure"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_measure)
        self.remove_button.clicked.connect(self.remove_measure)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.total = QLabel()
        self.total.setObjectName("measures_total")
        buttons.addWidget(self.total)
        self._build_editor()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)
        self._update_total()
        self._fill_editor()

    def _build_editor(self) -> None:
        self.editor = QWidget()
        form = FieldForm(self.editor)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("measure_type")
        self.provider_combo = QComboBox()
        self.provider_combo.setObjectName("measure_provider")
        self.provider_name = QLineEdit()
        self.provider_name.setObjectName("measure_provider_name")
        self.provider_name.setPlaceholderText(self.tr("Name of a provider from outside"))
        self.subject = QLineEdit()
        self.subject.setObjectName("measure_subject")
        self.amount = QLineEdit()
        self.amount.setObjectName("measure_amount")
        self.amount_label = QLabel(self.tr("Planned hours"))
        self.amount_problem = QLabel()
        self.amount_problem.setStyleSheet(ERROR_STYLE)
        self.amount_problem.hide()
        self.row_cost = QLabel()
        self.row_cost.setObjectName("measure_cost")
        form.addRow(self.tr("Measure"), self.type_combo)
        form.addRow(self.tr("Provider"), self.provider_combo)
        form.addRow(self.tr("Outside provider"), self.provider_name)
        form.addRow(self.tr("Subject"), self.subject)
        amount_box = QVBoxLayout()
        amount_box.addWidget(self.amount)
        amount_box.addWidget(self.amount_problem)
        form.addRow(self.amount_label, amount_box)
        form.addRow(self.tr("Cost"), self.row_cost)
        self.type_combo.currentIndexChanged.connect(self._type_chosen)
        self.provider_combo.currentIndexChanged.connect(self._edited)
        for edit in (self.provider_name, self.subject, self.amount):
            edit.textChanged.connect(self._edited)

    # --- data in and out -------------------------------------------------------------------

    def set_catalogue(self, types: list[MeasureTypeView], staff: list[StaffMember]) -> None:
        self.types = types  # retired ones too, for the names of measures already planned
        self._filling = True
        self.type_combo.clear()
        for t in offered(types):
            self._add_type_item(t)
        self.staff = staff
        self._fill_providers(None)
        self.model.staff_names = {m.id: m.full_name for m in staff}
        self._filling = False

    def _fill_providers(self, mt: MeasureTypeView | None) -> None:
        """The provider picker: the staff who may give this measure (its specialist type),
        each with their specialist type or roles."""
        allowed = providers_for(self.staff, mt.specialist_type) if mt is not None else self.staff
        items = [(self.tr("— not a staff member —"), "")]
        items += [(staff_text(self._labels, m), str(m.id)) for m in allowed]
        if items == self._providers:  # the same people: the callers choose the current one
            return
        self._providers = items
        self.provider_combo.blockSignals(True)
        self.provider_combo.clear()
        for text, staff_id in items:
            self.provider_combo.addItem(text, staff_id)
        self.provider_combo.blockSignals(False)

    def _add_type_item(self, t: MeasureTypeView) -> None:
        unit = self.tr("hours") if t.unit is MeasureUnit.HOURS else self.tr("euro")
        retired = self.tr(", no longer offered") if t.retired else ""
        self.type_combo.addItem(f"{t.name(self.lang)} ({unit}{retired})", str(t.id))

    def set_measures(self, measures: tuple[MeasureView, ...], current_rates: bool) -> None:
        """Show stored measures; `current_rates`: cost at today's catalogue rate (a draft)."""
        by_id = {t.id: t for t in self.types}
        rows = []
        for m in measures:
            mt = by_id.get(m.measure_type_id) or _type_of(m)
            if self.type_combo.findData(str(mt.id)) < 0:  # retired: kept where planned
                self.type_combo.blockSignals(True)
                self._add_type_item(mt)
                self.type_combo.blockSignals(False)
            hours = m.unit is MeasureUnit.HOURS
            amount = (hours_text(m.planned_minutes, self.lang) if hours
                      else money_text(m.planned_cents, self.lang))
            rate = mt.rate_cents if current_rates and hours else m.rate_cents
            rows.append(MeasureDraft(mt, amount, m.provider_id, m.provider_name, m.subject,
                                     rate))
        self.model.set_rows(rows)
        self._update_total()
        if rows:
            self.select(0)
        else:
            self._fill_editor()

    def inputs(self) -> tuple[MeasureInput, ...]:
        return tuple(r.to_input() for r in self.model.rows)

    def key(self) -> tuple[object, ...]:
        return tuple(r.key() for r in self.model.rows)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setVisible(not read_only)
        self.editor.setVisible(not read_only)
        self._fill_editor()

    def select(self, at: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(at, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def current_row(self) -> int:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.model.rows) else -1

    # --- editing ---------------------------------------------------------------------------

    def add_measure(self) -> None:
        first = next((t for t in self.types if not t.retired), None)
        at = self.model.add_row(MeasureDraft(first, rate_cents=first.rate_cents if first else 0))
        self.select(at)
        self._after_edit()
        self.type_combo.setFocus()

    def remove_measure(self) -> None:
        at = self.current_row()
        if at < 0:
            return
        self.model.remove_row(at)
        if self.model.rows:
            self.select(min(at, len(self.model.rows) - 1))
        else:
            self._fill_editor()
        self._after_edit()

    def _move(self, step: int) -> None:
        at = self.current_row()
        to = at + step
        if at < 0 or not 0 <= to < len(self.model.rows):
            return
        self.model.move_row(at, to)
        self.select(to)
        self._after_edit()

    def _fill_editor(self) -> None:
        at = self.current_row()
        row = self.model.rows[at] if at >= 0 else None
        self.editor.setEnabled(row is not None and not self._read_only)
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(at > 0)
        self.down_button.setEnabled(0 <= at < len(self.model.rows) - 1)
        self._filling = True
        try:
            if row is None:
                self.amount.clear()
                self.provider_name.clear()
                self.subject.clear()
                self.row_cost.clear()
                return
            type_id = row.measure_type.id if row.measure_type else None
            self.type_combo.setCurrentIndex(self.type_combo.findData(str(type_id)))
            self._fill_providers(row.measure_type)
            self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(
                str(row.provider_id))) if row.provider_id else 0)
            self.provider_name.setText("" if row.provider_id else row.provider_name)
            self.subject.setText(row.subject)
            self.amount.setText(row.amount_text)
            self._show_unit(row)
        finally:
            self._filling = False

    def _type_chosen(self) -> None:
        if self._filling:
            return
        at = self.current_row()
        if at < 0:
            return
        chosen = combo_id(self.type_combo)
        mt = next((t for t in self.types if t.id == chosen), None)
        row = self.model.rows[at]
        if mt is not None and (row.measure_type is None or row.measure_type.unit is not mt.unit):
            self.amount.blockSignals(True)
            self.amount.clear()  # "1,5" hours means nothing as euro, and the other way round
            self.amount.blockSignals(False)
        row.measure_type = mt
        row.rate_cents = mt.rate_cents if mt else 0
        kept = combo_id(self.provider_combo)
        self._fill_providers(mt)
        self.provider_combo.blockSignals(True)
        self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(str(kept))))
        self.provider_combo.blockSignals(False)
        self._edited()

    def _edited(self) -> None:
        if self._filling:
            return
        at = self.current_row()
        if at < 0:
            return
        row = self.model.rows[at]
        staff_id = combo_id(self.provider_combo)
        row.provider_id = staff_id
        row.provider_name = "" if staff_id else self.provider_name.text()
        row.subject = self.subject.text() if self._needs_subject(row) else ""
        row.amount_text = self.amount.text()
        self.model.row_changed(at)
        self._show_unit(row)
        self._after_edit()

    def _after_edit(self) -> None:
        self._update_total()
        self.changed.emit()

    @staticmethod
    def _needs_subject(row: MeasureDraft) -> bool:
        mt = row.measure_type
        return mt is not None and mt.specialist_type is SpecialistType.SUBJECT_TEACHER

    def _show_unit(self, row: MeasureDraft) -> None:
        hours = row.unit is not MeasureUnit.EURO
        self.amount_label.setText(self.tr("Planned hours") if hours
                                  else self.tr("Planned amount, €"))
        self.amount.setPlaceholderText(self.tr("e.g. 1,5") if hours
                                       else self.tr("e.g. 25,00"))
        self.subject.setEnabled(self._needs_subject(row))
        self.provider_name.setEnabled(row.provider_id is None)
        bad = bool(row.amount_text.strip()) and row.planned() is None
        self.amount_problem.setVisible(bad)
        if row.not_positive():
            self.amount_problem.setText(
                self.tr("Planned hours: must be more than 0 hours.") if hours
                else self.tr("Planned amount: must be more than 0 €."))
        else:
            self.amount_problem.setText(
                self.tr("Planned hours: type a number of hours, e.g. 1,5.") if hours
                else self.tr("Planned amount: type a sum in euro, e.g. 25,00."))
        cost = row.cost_cents()
        self.row_cost.setText("—" if cost is None else format_money(cost, self.lang))

    def _update_total(self) -> None:
        total = format_money(self.model.total_cents(), self.lang)
        self.total.setText(self.tr("Total: %1").replace("%1", total))


def combo_id(combo: QComboBox) -> uuid.UUID | None:
    """The id kept (as text) with the chosen item; None for the "not chosen" item."""
    data = combo.currentData()
    return uuid.UUID(data) if data else None


def _type_of(m: MeasureView) -> MeasureTypeView:
    """A stored measure whose type is not in this year's catalogue list (shown, not edited)."""
    return MeasureTypeView(m.measure_type_id, uuid.UUID(int=0), m.code, m.unit, m.name_lv,
                           m.name_en, m.specialist_type, m.rate_cents, None, 0)
