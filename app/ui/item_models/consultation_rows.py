"""Consultation tables: a pupil's log (card tab) and a staff member's own log (screen).

Confidential notes get a column only when the model is told to show them, and each cell
shows exactly what the service returned — `None` (may not read) and "" look the same, so
nothing hints that notes exist.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from app.formatting import format_date
from app.models.enums import ConsultationKind, SpecialistType
from app.services.support.consultations import ConsultationView
from app.ui.settings.labels import SettingsLabels

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ConsultationWords(QObject):
    """The translated names of consultation kinds and specialist types."""

    def kind(self, kind: ConsultationKind) -> str:
        return {
            ConsultationKind.INDIVIDUAL: self.tr("individual"),
            ConsultationKind.GROUP: self.tr("group"),
            ConsultationKind.WITH_PARENT: self.tr("with a parent"),
            ConsultationKind.WITH_TEACHER: self.tr("with a teacher"),
        }[kind]

    def specialist(self, kind: SpecialistType | None, person: str = "") -> str:
        """The specialist type's name, in the person's grammatical gender when named."""
        return SettingsLabels(self).specialist(kind, person) if kind is not None \
            else self.tr("other")

    def yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")


class ConsultationRowsModel(QAbstractTableModel):
    """Rows of `ConsultationView`; `pupil_names` adds a pupil column (the staff member's log),
    `show_notes` the confidential notes column."""

    def __init__(self, parent: QObject | None = None, *, with_student: bool = False) -> None:
        super().__init__(parent)
        self.words = ConsultationWords(self)
        self.rows: list[ConsultationView] = []
        self.with_student = with_student
        self.show_notes = False
        self.student_names: dict[uuid.UUID, str] = {}

    def set_rows(self, rows: list[ConsultationView], *, show_notes: bool = False,
                 student_names: dict[uuid.UUID, str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.show_notes = rows, show_notes
        self.student_names = student_names or {}
        self.endResetModel()

    def _columns(self) -> list[str]:
        cols = ["date"] + (["pupil"] if self.with_student else [])
        cols += ["minutes", "kind", "topic", "attended"]
        cols += [] if self.with_student else ["staff"]
        return cols + (["notes"] if self.show_notes else [])

    def headers(self) -> dict[str, str]:
        return {
            "date": self.tr("Date"), "pupil": self.tr("Pupil"), "minutes": self.tr("Minutes"),
            "kind": self.tr("Type"), "topic": self.tr("Topic"), "attended": self.tr("Attended"),
            "staff": self.tr("Specialist"), "notes": self.tr("Confidential notes"),
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[self._columns()[section]]
        return None

    def column_of(self, name: str) -> int:
        """The column index of "notes", "topic"…; -1 when the column is not shown."""
        cols = self._columns()
        return cols.index(name) if name in cols else -1

    def _text(self, c: ConsultationView, column: str) -> str:
        return {
            "date": lambda: format_date(c.held_on),
            "pupil": lambda: self.student_names.get(c.student_id, ""),
            "minutes": lambda: str(c.minutes),
            "kind": lambda: self.words.kind(c.kind),
            "topic": lambda: c.topic,
            "attended": lambda: self.words.yes_no(c.attended),
            "staff": lambda: (f"{c.staff_name} "
                              f"({self.words.specialist(c.specialist_type, c.staff_name)})"),
            "notes": lambda: c.confidential_notes or "",
        }[column]()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c, column = self.rows[index.row()], self._columns()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(c, column)
        if role == ID_ROLE:
            return c.id
        if role == SORT_ROLE:
            return {"date": c.held_on.isoformat(), "minutes": c.minutes}.get(
                column, self._text(c, column).casefold())
        if role == Qt.ItemDataRole.ToolTipRole and column in ("topic", "notes"):
            return self._text(c, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "minutes":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def fit_columns(self, view: QTableView, widest: int = 280) -> None:
        """Size the columns to their contents (the visible rows and 100 more: six years of
        consultations need not all be measured), none wider than `widest` pixels."""
        view.horizontalHeader().setResizeContentsPrecision(100)
        view.resizeColumnsToContents()
        for column in range(self.columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), widest))

    def row_of(self, consultation_id: uuid.UUID) -> ConsultationView | None:
        return next((c for c in self.rows if c.id == consultation_id), None)
