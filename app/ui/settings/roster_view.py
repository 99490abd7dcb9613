"""What a roster import would do, shown before anything changes: which column is which field
(each a drop-down the person may correct), the counts, every row's outcome with its problem,
and the pupils on file whom the file does not list.

Changing a drop-down emits `mapping_changed` with the corrected mapping; the dialog then
asks the service for a new preview and calls `show_preview` again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.roster import (
    ColumnMapping,
    RosterField,
    RosterPreview,
    RosterTable,
    RowKind,
    RowOutcome,
)

NO_COLUMN = -1


class RosterPreviewView(QWidget):
    mapping_changed = Signal(object)  # ColumnMapping

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.mapping: ColumnMapping | None = None
        self.source = QLabel()
        self.source.setObjectName("roster_source")
        self.source.setWordWrap(True)
        self.columns: dict[RosterField, QComboBox] = {}
        form = QFormLayout()
        for field in RosterField:
            combo = QComboBox()
            combo.setObjectName(f"roster_column_{field.value}")
            combo.activated.connect(lambda _i, f=field: self._chosen(f))
            self.columns[field] = combo
            form.addRow(self._field_label(field), combo)
        self.counts = QLabel()
        self.counts.setObjectName("roster_counts")
        self.counts.setWordWrap(True)
        self.rows = QTableWidget(0, 4)
        self.rows.setObjectName("roster_rows")
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Pupil"), self.tr("Class"), self.tr("Outcome")])
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.verticalHeader().setVisible(False)
        self.rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.missing_heading = QLabel(self.tr(
            "On file but not in this file (they stay unless you mark them as left):"))
        self.missing = QListWidget()
        self.missing.setObjectName("roster_missing")
        self.missing.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.missing_heading)
        layout.addWidget(self.missing)

    def _field_label(self, field: RosterField) -> str:
        labels = {
            RosterField.SURNAME: self.tr("Surname column"),
            RosterField.FIRST_NAME: self.tr("First name column"),
            RosterField.PERSONAL_CODE: self.tr("Personal code column"),
            RosterField.BIRTH_DATE: self.tr("Date of birth column"),
            RosterField.CLASS_NAME: self.tr("Class column"),
            RosterField.GROUP: self.tr("Class letter column (if separate)"),
        }
        return labels[field]

    def show_mapping(self, table: RosterTable, mapping: ColumnMapping) -> None:
        """The file and which column is which field; the outcomes cleared until previewed."""
        self.mapping = mapping
        t = table
        kind = (self.tr("Excel workbook") if t.format == "xlsx" else
                self.tr("CSV, %1, separated by %2").replace("%1", t.encoding).replace(
                    "%2", self.tr("tab") if t.delimiter == "\t" else f"“{t.delimiter}”"))
        self.source.setText(self.tr("%1 (%2): %3 rows after the header in row %4.")
                            .replace("%1", t.source).replace("%2", kind)
                            .replace("%3", str(len(t.rows))).replace("%4", str(t.header_row)))
        for field, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), NO_COLUMN)
            for i, header in enumerate(t.headers):
                combo.addItem(header or self.tr("column %1").replace("%1", str(i + 1)), i)
            chosen = mapping.index(field)
            combo.setCurrentIndex(combo.findData(NO_COLUMN if chosen is None else chosen))
        self.counts.clear()
        self.rows.setRowCount(0)
        self.missing.clear()
        self.missing_heading.hide()
        self.missing.hide()

    def show_preview(self, preview: RosterPreview) -> None:
        self.show_mapping(preview.table, preview.mapping)
        self.source.setText(self.source.text() + " " + self.tr("School year %1.").replace(
            "%1", preview.school_year))
        self._show_counts(preview)
        self._show_rows(preview.rows)
        for m in preview.missing:
            self.missing.addItem(f"{m.full_name} ({m.class_name})")
        self.missing_heading.setVisible(bool(preview.missing))
        self.missing.setVisible(bool(preview.missing))

    def _show_counts(self, preview: RosterPreview) -> None:
        c = preview.counts
        text = self.tr("New: %1 · moved to another class: %2 · unchanged: %3 · returning: %4 "
                       "· with problems: %5 · repeated in the file: %6 · missing from the "
                       "file: %7")
        for i, n in enumerate((c.new, c.moved, c.unchanged, c.returning, c.errors,
                               c.duplicates, c.missing), start=1):
            text = text.replace(f"%{i}", str(n))
        if preview.classes_to_create:
            text += "\n" + self.tr("Classes the file names that do not exist yet: %1").replace(
                "%1", ", ".join(preview.classes_to_create))
        self.counts.setText(text)

    def _outcome(self, row: RowOutcome) -> str:
        words = {
            RowKind.NEW: self.tr("new pupil"),
            RowKind.MOVED: self.tr("moves from %1").replace("%1", row.from_class),
            RowKind.UNCHANGED: self.tr("unchanged"),
            RowKind.RETURNING: self.tr("returns (was marked as left)"),
            RowKind.ERROR: self.tr("not imported: %1").replace(
                "%1", row.problem_text(self.lang)),
            RowKind.DUPLICATE: self.tr("not imported: %1").replace(
                "%1", row.problem_text(self.lang)),
        }
        return words[row.kind]

    def _show_rows(self, rows: tuple[RowOutcome, ...]) -> None:
        self.rows.setRowCount(len(rows))
        for i, row in enumerate(rows):
            texts = (str(row.row), row.full_name, row.class_name, self._outcome(row))
            for col, text in enumerate(texts):
                self.rows.setItem(i, col, QTableWidgetItem(text))
        self.rows.resizeColumnsToContents()

    def _chosen(self, field: RosterField) -> None:
        if self.mapping is None:
            return
        index = self.columns[field].currentData()
        mapping: ColumnMapping = self.mapping.with_column(
            field, None if index == NO_COLUMN else int(index))
        self.mapping_changed.emit(mapping)
