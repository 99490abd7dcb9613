"""Consultation tables: a pupil's log (card tab) and a staff member's own log (screen).

Confidential notes get a column only when the model is told to show them, and each cell
shows exactly what the service returned — `None` (may not read) and "" look the same, so
nothing hints that notes exist.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QTableView

from app.formatting import format_date
from app.models.enums import ConsultationKind, SpecialistType
from app.services.support.consultations import ConsultationView
from app.ui.settings.labels import SettingsLabels, said_of_a_woman

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MEASURED_ROWS = 200  # rows whose texts size the columns


class ConsultationWords(QObject):
    """The translated names of consultation kinds and specialist types (each looked up once:
a six-year log names the same few types hundreds of times)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = SettingsLabels(self)
        self._specialists: dict[tuple[SpecialistType | None, bool], str] = {}

    def kind(self, kind: ConsultationKind) -> str:
        return {
            ConsultationKind.INDIVIDUAL: self.tr("individual"),
            ConsultationKind.GROUP: self.tr("group"),
            ConsultationKind.WITH_PARENT: self.tr("with a parent"),
            ConsultationKind.WITH_TEACHER: self.tr("with a teacher"),
        }[kind]

    def specialist(self, kind: SpecialistType | None, person: str = "") -> str:
        """The specialist type's name, in the person's grammatical gender when named."""
        if kind is None:
            return self.tr("other")
        key = (kind, said_of_a_woman(person))
        if key not in self._specialists:
            self._specialists[key] = self._labels.specialist(kind, person)
        return self._specialists[key]

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
        self._cols = self._columns()
        self._texts: list[tuple[str, ...]] = []  # each row's cells, made once in set_rows
        self._headers: dict[str, str] | None = None  # translated when first asked for

    def set_rows(self, rows: list[ConsultationView], *, show_notes: bool = False,
                 student_names: dict[uuid.UUID, str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.show_notes = rows, show_notes
        self.student_names = student_names or {}
        self._cols = self._columns()
        kinds = {k: self.words.kind(k) for k in ConsultationKind}
        yes_no = {v: self.words.yes_no(v) for v in (True, False)}
        self._texts = [tuple(self._text(c, col, kinds, yes_no) for col in self._cols)
                       for c in rows]
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
        return 0 if parent.isValid() else len(self._cols)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if self._headers is None:
                self._headers = self.headers()
            return self._headers[self._cols[section]]
        return None

    def column_of(self, name: str) -> int:
        """The column index of "notes", "topic"…; -1 when the column is not shown."""
        cols = self._columns()
        return cols.index(name) if name in cols else -1

    def _text(self, c: ConsultationView, column: str, kinds: dict[ConsultationKind, str],
              yes_no: dict[bool, str]) -> str:
        if column == "date":
            return format_date(c.held_on)
        if column == "pupil":
            return self.student_names.get(c.student_id, "")
        if column == "minutes":
            return str(c.minutes)
        if column == "kind":
            return kinds[c.kind]
        if column == "topic":
            return c.topic
        if column == "attended":
            return yes_no[c.attended]
        if column == "staff":
            return f"{c.staff_name} ({self.words.specialist(c.specialist_type, c.staff_name)})"
        return c.confidential_notes or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == ID_ROLE:
            return self.rows[row].id
        column = self._cols[col]
        if role == SORT_ROLE:
            c = self.rows[row]
            return {"date": c.held_on.isoformat(), "minutes": c.minutes}.get(
                column, self._texts[row][col].casefold())
        if role == Qt.ItemDataRole.ToolTipRole and column in ("topic", "notes"):
            return self._texts[row][col] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "minutes":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def fit_columns(self, view: QTableView, widest: int = 280) -> None:
        """Size the columns to their texts, none wider than `widest` pixels, measured as Qt's
        `resizeColumnsToContents` would (text + the item margins + the grid line; never
        narrower than the header) but from the texts made in `set_rows`, without a Python
        `data()` call back per cell and role; the first `MEASURED_ROWS` rows (six years of
        consultations need not all be measured)."""
        metrics = view.fontMetrics()
        style = view.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
                      + 1) + (1 if view.showGrid() else 0)
        header = view.horizontalHeader()
        sample = self._texts[:MEASURED_ROWS]
        for column in range(len(self._cols)):
            texts = {t[column] for t in sample}  # dates, types, names repeat
            content = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            width = max(content + margin, header.sectionSizeHint(column))
            view.setColumnWidth(column, min(width, widest))

    def row_of(self, consultation_id: uuid.UUID) -> ConsultationView | None:
        return next((c for c in self.rows if c.id == consultation_id), None)
