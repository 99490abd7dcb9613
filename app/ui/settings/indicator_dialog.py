"""Settings → Classes → "Import figures…": attendance, marks or conduct notes exported from
E-klase or Mykoob, previewed, then stored all or nothing for their period.

The person picks what the file holds and the period (a month "2026-10", a semester
"2026/2027-1", or empty for the current semester); "Preview" reads the file in the background
(`read_roster` and the kind's preview) and shows the columns found, the counts, the earlier
import it would replace and every row with a problem. "Import" asks first, then stores it
(the same services as `pumpurs import attendance|marks|conduct`). Rows with problems are left
out only when "Leave out the rows with problems" is ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date, format_datetime
from app.services.indicators import (
    ImportResult,
    IndicatorPreview,
    apply_attendance,
    apply_conduct,
    apply_marks,
    preview_attendance,
    preview_conduct,
    preview_marks,
)
from app.services.roster import read_roster
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ErrorLabel, error_line
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op, show_failure

Preview = IndicatorPreview[Any, Any]


@dataclass(frozen=True)
class FigureKind:
    preview: Callable[..., Preview]
    apply: Callable[..., ImportResult]


KINDS = {"attendance": FigureKind(preview_attendance, apply_attendance),
         "marks": FigureKind(preview_marks, apply_marks),
         "conduct": FigureKind(preview_conduct, apply_conduct)}


class IndicatorImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, ctx: UiContext, path: Path, parent: QWidget | None = None,
                 confirm: Confirm = ask_yes_no) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.confirm = ctx, path, confirm
        self.preview: Preview | None = None
        self.op: Op | None = None
        self.setWindowTitle(self.tr("Import figures from the e-journal"))
        self.resize(760, 560)
        self.kind = QComboBox()
        self.kind.setObjectName("figures_kind")
        for key, text in (("attendance", self.tr("Attendance (lessons and absences)")),
                          ("marks", self.tr("Marks")),
                          ("conduct", self.tr("Conduct notes"))):
            self.kind.addItem(text, key)
        self.period = QLineEdit()
        self.period.setObjectName("figures_period")
        self.period.setPlaceholderText(self.tr("2026-10 or 2026/2027-1; empty: the current "
                                               "semester"))
        form = QFormLayout()
        form.addRow(self.tr("File"), QLabel(path.name))
        form.addRow(self.tr("The file holds"), self.kind)
        form.addRow(self.tr("Period"), self.period)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("figures_preview")
        self.preview_button.clicked.connect(self.load)
        self.summary = QLabel()
        self.summary.setObjectName("figures_summary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("figures_problems")
        self.problems.setAccessibleName(self.tr("Rows with problems"))
        self.skip_bad_rows = QCheckBox(self.tr("Leave out the rows with problems"))
        self.skip_bad_rows.setObjectName("figures_skip_bad_rows")
        self.skip_bad_rows.toggled.connect(self._update_buttons)
        self.message = QLabel()
        self.message.setObjectName("figures_message")
        self.message.setWordWrap(True)
        self.error = error_line("figures_error")
        self.error_place = ErrorLabel(self.error, ctx.lang)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("figures_import")
        self.import_button.clicked.connect(self.import_now)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        for widget in (self.skip_bad_rows, self.message, self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(self._forget)
        self.period.textEdited.connect(self._forget)
        self._forget()

    def chosen(self) -> FigureKind:
        return KINDS[str(self.kind.currentData())]

    def _forget(self) -> None:
        """Another kind or period: the preview shown no longer holds."""
        self.preview = None
        self.summary.setText(self.tr("Choose what the file holds and its period, then "
                                     "“Preview”."))
        self.problems.clear()
        self.skip_bad_rows.hide()
        self._update_buttons()

    def load(self) -> Op[Preview]:
        kind, path = self.chosen(), self.path
        store, actor = self.ctx.store, self.ctx.actor
        period = self.period.text().strip() or None
        self.error.hide()
        self.preview = None
        self.op = Op(self, self.ctx.worker,
                     lambda _p, _c: kind.preview(store, actor, read_roster(path), period),
                     self.tr("Reading the file…"))
        self._update_buttons()
        self.op.success(self._show).failure(self._failed).start()
        return self.op

    def _show(self, preview: Preview) -> None:
        self.op = None
        self.preview = preview
        lang, p, c = self.ctx.lang, preview.period, preview.counts
        lines = [
            self.tr("Period %1: %2 – %3.").replace("%1", p.label).replace(
                "%2", format_date(p.starts_on, lang)).replace("%3", format_date(p.ends_on, lang)),
            self.tr("Pupils found: %1; not found: %2; rows with errors: %3; repeated rows: %4.")
            .replace("%1", str(c.matched)).replace("%2", str(c.unmatched))
            .replace("%3", str(c.errors)).replace("%4", str(c.duplicates)),
        ]
        if preview.replaces is not None:
            r = preview.replaces
            lines.append(self.tr("It replaces the earlier import of this period: “%1” of %2 "
                                 "(%3 rows).").replace("%1", r.source_name).replace(
                "%2", format_datetime(r.imported_at, lang)).replace("%3", str(r.rows)))
        self.summary.setText("\n".join(lines))
        self.problems.clear()
        for row in preview.rejected:
            self.problems.addItem(row.problem_text(lang))
        self.skip_bad_rows.setVisible(preview.has_problems)
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self.op = None
        self._update_buttons()
        show_failure(self.error_place, exc)

    def _update_buttons(self) -> None:
        p = self.preview
        busy = self.op is not None
        self.preview_button.setEnabled(not busy)
        self.import_button.setEnabled(
            p is not None and not busy and p.counts.matched > 0
            and (not p.has_problems or self.skip_bad_rows.isChecked()))
        if p is not None and p.has_problems and not self.skip_bad_rows.isChecked():
            self.message.setText(self.tr("Some rows have problems: correct them in the "
                                         "e-journal and export again, or leave them out."))
        else:
            self.message.clear()

    def import_now(self) -> Op[ImportResult] | None:
        p = self.preview
        if p is None or not self.import_button.isEnabled():
            return None
        question = self.tr("Store the figures of %1 pupils for the period %2?").replace(
            "%1", str(p.counts.matched)).replace("%2", p.period.label)
        if p.replaces is not None:
            question += " " + self.tr("The earlier import of this period is replaced.")
        if not self.confirm(self, question):
            return None
        kind, store, actor = self.chosen(), self.ctx.store, self.ctx.actor
        skip = self.skip_bad_rows.isChecked()
        saving = self.tr("Storing the figures…")
        self.import_button.setEnabled(False)
        self.op = Op(self, self.ctx.worker, lambda _p, _c: kind.apply(
            store, actor, p, skip_bad_rows=skip), saving)
        self.op.success(self._imported).failure(self._failed).changes(
            self.ctx.changes, {Entity.STUDENT, Entity.ASSESSMENT}).start()
        return self.op

    def _imported(self, result: ImportResult) -> None:
        self.op = None
        period = self.preview.period.label if self.preview else ""
        self.preview = None
        self._update_buttons()
        self.message.setText(
            self.tr("Stored: the figures of %1 pupils for %2 (%3 rows left out). The "
                    "candidates for an assessment are in My work.")
            .replace("%1", str(result.imported)).replace("%2", period)
            .replace("%3", str(result.skipped)))
        self.imported.emit(result)
