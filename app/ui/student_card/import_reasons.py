"""The reason lines of the assessment form: after the indicators were filled in from the
e-journal's imports, a field whose value differs from its imported value shows a line for
the reason (required by `early_warning.record_from_import`, which names `<field>_reason`)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLineEdit

from app.services.early_warning import ImportedValue
from app.ui.form_errors import FormErrors

FIELDS = ("absence_pct", "unjustified_lessons", "failing_marks", "conduct_incidents")


class ImportReasons(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.lines: dict[str, QLineEdit] = {}
        self.rows: dict[str, int] = {}
        self.imported: dict[str, ImportedValue] = {}

    def add_row(self, form: QFormLayout, errors: FormErrors, field: str) -> QLineEdit:
        """A reason row under the row of `field` (hidden until that field is changed)."""
        line = QLineEdit()
        line.setObjectName(f"{field}_reason")
        line.setPlaceholderText(self.tr("Why it differs from the imported value"))
        form.addRow(self.tr("Reason for the change"), errors.wrap(f"{field}_reason", line))
        self.lines[field], self.rows[field] = line, form.rowCount() - 1
        form.setRowVisible(self.rows[field], False)
        return line

    def start(self, imported: dict[str, ImportedValue]) -> None:
        """The form was filled in from these values (empty: not from the imports)."""
        self.imported = imported
        for line in self.lines.values():
            line.clear()

    def update(self, form: QFormLayout, current: dict[str, Decimal | int | None]) -> None:
        for field, row in self.rows.items():
            given = self.imported.get(field)
            value = current.get(field)
            changed = given is not None and (value is None or
                                             Decimal(value) != Decimal(given.value))
            form.setRowVisible(row, changed)
            if changed and given is not None:
                self.lines[field].setToolTip(self.tr("Imported: %1 (period %2)").replace(
                    "%1", str(given.value)).replace("%2", given.period))

    @property
    def from_imports(self) -> bool:
        return bool(self.imported)

    def reasons(self) -> dict[str, str]:
        return {f: line.text() for f, line in self.lines.items() if line.text().strip()}
