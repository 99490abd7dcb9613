"""The pupil card's Expenses tab: compensations paid out, planned versus spent per measure
type this semester, and for roles that may record expenses a form (amount typed "25,50").
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
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

from app.formatting import format_date, format_money, parse_money
from app.models.enums import MeasureUnit
from app.services.catalogue.loading import MeasureTypeView, measure_types
from app.services.core.rbac import Permission, can
from app.services.plans.student_plan import StudentPlan, student_plan
from app.services.school.calendar import school_year_id
from app.services.support.expenses import ExpenseInput, ExpenseView, list_expenses, record_expense
from app.services.support.removal import delete_expense
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.dates import date_of_qdate
from app.ui.field_form import FieldForm
from app.ui.form_errors import ERROR_STYLE, ErrorLabel, FormErrors
from app.ui.student_card.card_tab import CardTab
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op, show_failure

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class _Loaded:
    expenses: list[ExpenseView]
    plan: StudentPlan | None
    types: list[MeasureTypeView]  # EURO measure types of the semester's school year


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]], right: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)


class ExpensesTab(CardTab):
    loaded = Signal()

    def __init__(self, ctx: UiContext, student_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, student_id, parent)
        self.plan: StudentPlan | None = None
        self.rows: list[ExpenseView] = []
        self.confirm: Confirm = ask_yes_no  # a test answers instead of a message box
        self._filling = False
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, self.ctx.lang)
        self.delivery_title = QLabel()
        self.delivery = _table([self.tr("Measure"), self.tr("Planned"), self.tr("Spent"),
                                self.tr("Remaining")], "euro_delivery")
        self.delivery.setAccessibleName(self.tr("Euro measures: planned and spent"))
        self.delivery.setMaximumHeight(150)
        self.table = _table([self.tr("Date"), self.tr("Measure"), self.tr("Amount"),
                             self.tr("Description"), self.tr("Recorded by")], "expenses_table")
        self.table.setAccessibleName(self.tr("Expenses"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.delivery_title)
        layout.addWidget(self.delivery)
        layout.addWidget(QLabel(self.tr("Expenses paid out")))
        layout.addWidget(self.table, 1)
        self.form: QGroupBox | None = None
        self.delete_button: QPushButton | None = None
        if can(ctx.actor, Permission.EXPENSE_RECORD):
            self.delete_button = QPushButton(self.tr("Delete the selected expense"))
            self.delete_button.setObjectName("delete_expense")
            self.delete_button.setEnabled(False)
            self.delete_button.clicked.connect(self.delete_selected)
            self.table.itemSelectionChanged.connect(self._selection_changed)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.delete_button)
            layout.addLayout(row)
            layout.addWidget(self._build_form())

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record an expense"))
        box.setObjectName("expense_form")
        self.errors = FormErrors(self.ctx.lang)
        self.spent_on = QDateEdit(QDate.currentDate())
        self.spent_on.setDisplayFormat("dd.MM.yyyy")
        self.spent_on.setCalendarPopup(True)
        self.measure = QComboBox()
        self.measure.setObjectName("measure_type")
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("e.g. 25,50"))
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.save_button = QPushButton(self.tr("Save expense"))
        self.save_button.setObjectName("save_expense")
        self.save_button.clicked.connect(self.save)
        undo = QPushButton(self.tr("Undo changes"))
        undo.clicked.connect(self.revert)
        form = FieldForm()
        e = self.errors
        form.addRow(self.tr("Date"), e.wrap("spent_on", self.spent_on))
        form.addRow(self.tr("Measure"), e.wrap("measure_type_id", self.measure))
        form.addRow(self.tr("Amount, €"), e.wrap("amount_cents", self.amount))
        form.addRow(self.tr("Description"), e.wrap("description", self.description))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(undo)
        buttons.addWidget(self.save_button)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(e.general)
        inner.addLayout(buttons)
        for signal in (self.spent_on.dateChanged, self.measure.currentIndexChanged,
                       self.amount.textChanged, self.description.textChanged):
            signal.connect(self._edited)
        self.form = box
        return box

    @classmethod
    def heading(cls) -> str:
        return QCoreApplication.translate("ExpensesTab", "Expenses")

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self.set_dirty(True)

    # Loading -----------------------------------------------------------------------------
    def load(self) -> None:
        ctx, sid, with_types = self.ctx, self.student_id, self.form is not None

        def work(_p: object, _c: object) -> _Loaded:
            types: list[MeasureTypeView] = []
            if with_types:
                year = school_year_id(ctx.store, ctx.semester.school_year)
                types = [t for t in measure_types(ctx.store, year) if t.unit is MeasureUnit.EURO]
            return _Loaded(list_expenses(ctx.store, ctx.actor, sid),
                           student_plan(ctx.store, ctx.actor, sid, ctx.semester.id), types)

        Op(self, ctx.worker, work).success(self._show).failure(self._load_failed).start()

    def _load_failed(self, exc: Exception) -> None:
        show_failure(self, exc)
        self.loaded.emit()

    def _name(self, lv: str, en: str) -> str:
        return en if self.ctx.lang == "en" else lv

    def _show(self, data: _Loaded) -> None:
        self.error.hide()
        self.plan, lang, self.rows = data.plan, self.ctx.lang, data.expenses
        _fill(self.table, [(format_date(e.spent_on), self._name(e.name_lv, e.name_en),
                            format_money(e.amount_cents, lang), e.description,
                            e.recorded_by_name) for e in data.expenses], {2})
        self._show_delivery(data.expenses)
        if self.form is not None:
            self._filling = True
            current = self.measure.currentData()
            self.measure.clear()
            for t in data.types:
                self.measure.addItem(t.name(lang), str(t.id))
            if current is not None:
                self.measure.setCurrentIndex(max(0, self.measure.findData(current)))
            self._filling = False
        self.loaded.emit()

    # Deleting ----------------------------------------------------------------------------
    def _selected(self) -> ExpenseView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection_changed(self) -> None:
        if self.delete_button is not None:
            self.delete_button.setEnabled(self._selected() is not None)

    def delete_selected(self) -> None:
        """Delete the selected expense after a question naming it; the service says who may."""
        e = self._selected()
        if e is None:
            return
        text = (self.tr("Delete the expense of %1 (%2, %3)? The deletion is recorded in "
                        "the history.")
                .replace("%1", format_date(e.spent_on))
                .replace("%2", self._name(e.name_lv, e.name_en))
                .replace("%3", format_money(e.amount_cents, self.ctx.lang)))
        if not self.confirm(self, text):
            return
        ctx, expense_id = self.ctx, e.id

        def work(_p: object, _c: object) -> None:
            delete_expense(ctx.store, ctx.actor, expense_id)

        Op(self, ctx.worker, work).changes(ctx.changes, {Entity.EXPENSE}).success(
            lambda _r: self.load()).failure(
            lambda exc: show_failure(self.error_place, exc)).start()

    def _show_delivery(self, expenses: list[ExpenseView]) -> None:
        lang, sem = self.ctx.lang, self.ctx.semester
        if self.plan is None:
            spent: dict[str, int] = {}
            for e in expenses:
                if sem.starts_on <= e.spent_on <= sem.ends_on:
                    name = self._name(e.name_lv, e.name_en)
                    spent[name] = spent.get(name, 0) + e.amount_cents
            rows = [(name, "", format_money(cents, lang), "") for name, cents in spent.items()]
            title = (self.tr("No support plan in semester %1; spent this semester:") if rows
                     else self.tr("No support plan in semester %1 and no expenses in it."))
        else:
            rows = [(self._name(d.name_lv, d.name_en), format_money(d.planned_cents, lang),
                     format_money(d.spent_cents, lang),
                     format_money(d.planned_cents - d.spent_cents, lang))
                    for d in self.plan.delivery.euro]
            title = (self.tr("Support plan of semester %1 — planned and spent euro:") if rows
                     else self.tr("The support plan of semester %1 has no euro measures."))
        self.delivery_title.setText(title.replace("%1", sem.label))
        _fill(self.delivery, rows, {1, 2, 3})
        self.delivery.setVisible(bool(rows))

    # Saving ------------------------------------------------------------------------------
    def _input(self) -> ExpenseInput | None:
        self.errors.clear()
        try:
            cents = parse_money(self.amount.text())
        except ValueError:
            label = self.errors.labels["amount_cents"]
            label.setText(self.tr("Amount: enter the sum in euro, for example 25,50."))
            label.show()
            return None
        day = date_of_qdate(self.spent_on.date())
        sem = self.ctx.semester
        plan_id = (self.plan.plan.id if self.plan is not None
                   and sem.starts_on <= day <= sem.ends_on else None)
        measure = self.measure.currentData()
        if measure is None:
            self.errors.general.setText(self.tr("Measure: the catalogue has no euro measures."))
            self.errors.general.show()
            return None
        return ExpenseInput(self.student_id, plan_id, uuid.UUID(measure), day, cents,
                            self.description.text())

    def save(self) -> None:
        if self.form is None:
            return
        data = self._input()
        if data is None:
            return
        ctx = self.ctx
        self.save_button.setEnabled(False)
        Op(self, ctx.worker, lambda _p, _c: record_expense(ctx.store, ctx.actor, data)) \
            .changes(ctx.changes, {Entity.EXPENSE}) \
            .success(self._saved).failure(self._save_failed).start()

    def _saved(self, _view: ExpenseView) -> None:
        self.save_button.setEnabled(True)
        self._clear_form()
        self.saved.emit()
        self.load()

    def _save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        show_failure(self.errors, exc)

    def _clear_form(self) -> None:
        self._filling = True
        self.spent_on.setDate(QDate.currentDate())
        self.amount.clear()
        self.description.clear()
        self._filling = False
        self.errors.clear()
        self.set_dirty(False)

    def revert(self) -> None:
        if self.form is not None:
            self._clear_form()
