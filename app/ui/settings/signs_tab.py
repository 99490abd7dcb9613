"""Settings → Catalogue → Risk signs (coordinator): the signs of the current school year by
category, with whether each is offered; "Add…", "Wording…", and "Retire" (assessments that
chose it keep it, new ones cannot) or "Offer again"."""

from __future__ import annotations

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

from app.services.catalogue.editing import edit_risk_sign, set_risk_sign_retired
from app.services.catalogue.query import RiskSignView, category_name, risk_signs
from app.services.school.calendar import school_year_id
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ErrorLabel
from app.ui.settings.catalogue_dialogs import NamesDialog, SignDialog
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.tasks import Op, show_failure


class SignsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signs: list[RiskSignView] = []
        self.dialog: SettingsDialog | None = None
        heading = QLabel(self.tr("Risk signs of the school year %1").replace(
            "%1", ctx.semester.school_year))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("signs_table")
        self.table.setHorizontalHeaderLabels([self.tr("Risk category"), self.tr("Risk sign"),
                                              self.tr("Offered")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit_names())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("add_sign")
        self.add_button.clicked.connect(self.add)
        self.names_button = QPushButton(self.tr("Wording…"))
        self.names_button.setObjectName("edit_sign_names")
        self.names_button.clicked.connect(self.edit_names)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setObjectName("retire_sign")
        self.retire_button.clicked.connect(self.toggle_retired)
        self.message = QLabel()
        self.message.setObjectName("signs_message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        for button in (self.add_button, self.names_button, self.retire_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._update_buttons()

    def load(self) -> Op:
        store, label = self.ctx.store, self.ctx.semester.school_year
        return Op(self, self.ctx.worker,
                  lambda _p, _c: risk_signs(store, school_year_id(store, label))).success(
            self._show).start()

    def _show(self, signs: list[RiskSignView]) -> None:
        selected = self.selected()
        self.signs = signs
        self.table.setRowCount(len(signs))
        lang = self.ctx.lang
        for row, sign in enumerate(signs):
            texts = (category_name(sign.category, lang), sign.name(lang),
                     self.tr("no longer offered") if sign.retired else self.tr("offered"))
            for col, text in enumerate(texts):
                self.table.setItem(row, col, QTableWidgetItem(text))
            if selected is not None and sign.id == selected.id:
                self.table.selectRow(row)
        if not signs:
            self.message.setText(self.tr("This school year has no catalogue of risk signs."))
        self._update_buttons()

    def row_of(self, code: str) -> int:
        return next(i for i, s in enumerate(self.signs) if s.code == code)

    def selected(self) -> RiskSignView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.signs):
            return None
        return self.signs[rows[0].row()]

    def _update_buttons(self) -> None:
        sign = self.selected()
        self.names_button.setEnabled(sign is not None)
        self.retire_button.setEnabled(sign is not None)
        self.retire_button.setText(self.tr("Offer again") if sign and sign.retired
                                   else self.tr("Retire"))

    def _open(self, dialog: SettingsDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._changed)
        dialog.open()

    def add(self) -> None:
        self._open(SignDialog(self.ctx, self))

    def edit_names(self) -> None:
        sign = self.selected()
        if sign is None:
            return
        store, actor, sid = self.ctx.store, self.ctx.actor, sign.id
        self._open(NamesDialog(
            self.ctx, self.tr("Wording of “%1”").replace("%1", sign.name(self.ctx.lang)),
            sign.name_lv, sign.name_en, lambda lv, en: edit_risk_sign(store, actor, sid, lv, en),
            self))

    def toggle_retired(self) -> None:
        sign = self.selected()
        if sign is None:
            return
        store, actor, sid, retire = self.ctx.store, self.ctx.actor, sign.id, not sign.retired
        Op(self, self.ctx.worker,
           lambda _p, _c: set_risk_sign_retired(store, actor, sid, retire)).changes(
            self.ctx.changes, {Entity.SCHOOL}).success(self._changed).failure(
            lambda exc: show_failure(ErrorLabel(self.message, self.ctx.lang), exc)).start()

    def _changed(self, sign: RiskSignView) -> None:
        name = sign.name(self.ctx.lang)
        self.message.setText(
            self.tr("%1 is no longer offered for new assessments; assessments that have it "
                    "keep it.").replace("%1", name) if sign.retired
            else self.tr("Saved: %1.").replace("%1", name))
        self.load()
