"""The Consultations screen: a support staff member's pupils and their own log this semester.

Pupils with the number of consultations and hours delivered (attended) and missed; below,
the staff member's own consultations, newest first, notes included (they wrote them).
Double-click a pupil or a consultation: `open_pupil(student_id)`.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_hours
from app.services.core.rbac import Permission, can
from app.services.support.staff_log import StaffLog, staff_log
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ERROR_STYLE, ErrorLabel
from app.ui.item_models.consultation_rows import ID_ROLE, ConsultationRowsModel
from app.ui.tasks import Op


class ConsultationsScreen(QWidget):
    open_student = Signal(object)  # uuid.UUID of the pupil

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.log: StaffLog | None = None
        self.title = QLabel(self.tr("My pupils and consultations, semester %1")
                            .replace("%1", ctx.semester.label))
        self.title.setStyleSheet("font-weight: bold")
        self.summary = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang)
        self.students = self._student_table()
        self.model = ConsultationRowsModel(self, with_student=True)
        self.table = QTableView()
        self.table.setObjectName("own_consultations")
        self.table.setAccessibleName(self.tr("My consultations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_consultation)
        split = QSplitter(Qt.Orientation.Vertical)
        for label, widget in ((self.tr("Pupils assigned to me"), self.students),
                              (self.tr("My consultations"), self.table)):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(QLabel(label))
            inner.addWidget(widget)
            split.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        if not can(ctx.actor, Permission.CONSULTATION_LOG):
            self._refuse(self.tr("This screen is for support staff who log consultations."))
        else:
            ctx.changes.reload_on(
                self, {Entity.CONSULTATION, Entity.STUDENT, Entity.PLAN}, self.reload)

    def _student_table(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setObjectName("assigned_pupils")
        table.setAccessibleName(self.tr("My pupils"))
        table.setHorizontalHeaderLabels([
            self.tr("Pupil"), self.tr("Class"), self.tr("Consultations"),
            self.tr("Hours delivered"), self.tr("Missed (not attended)")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.cellDoubleClicked.connect(self._open_student_row)
        return table

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reload(self) -> Op | None:
        ctx = self.ctx
        if not can(ctx.actor, Permission.CONSULTATION_LOG):
            return None
        return (Op(self, ctx.worker, lambda _p, _c: staff_log(ctx.store, ctx.actor, ctx.semester),
                   self.tr("Loading consultations…"))
                .success(self._show).start())

    def _show(self, log: StaffLog) -> None:
        self.log = log
        self.error.hide()
        lang = self.ctx.lang
        self.students.setRowCount(len(log.students))
        for r, p in enumerate(log.students):
            cells = (p.full_name, p.class_name, str(p.consultations),
                     format_hours(p.attended_minutes, lang), format_hours(p.missed_minutes, lang))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, p.student_id)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.students.setItem(r, c, item)
        self.model.set_rows(list(log.consultations), show_notes=True,
                            student_names=log.student_names())
        self.model.fit_columns(self.table)
        self.summary.setText(
            self.tr("Pupils: %1 · consultations: %2 · delivered this semester: %3")
            .replace("%1", str(len(log.students)))
            .replace("%2", str(len(log.consultations)))
            .replace("%3", format_hours(log.attended_minutes, lang)))

    def _open_student_row(self, row: int, _column: int) -> None:
        item = self.students.item(row, 0)
        if item is not None:
            self.open_student.emit(item.data(ID_ROLE))

    def _open_consultation(self, index: QModelIndex) -> None:
        if index.isValid():
            student_id: uuid.UUID = self.model.rows[index.row()].student_id
            self.open_student.emit(student_id)
