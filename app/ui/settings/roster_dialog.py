"""Settings → Classes → "Import from the e-journal…": a class list exported from E-klase,
Mykoob or VIIS, previewed row by row, then imported all or nothing.

The file is read and previewed in the background (`read_roster`, `preview_roster`); the
person may correct which column is which field; the options (create the missing classes,
leave out the rows with problems, mark the missing pupils as left) are off until chosen.
"Import" asks first, then runs `apply_roster` with progress and Cancel (a cancelled import
changes nothing). The rows with problems can be saved to a CSV file to fix in the e-journal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.roster import (
    ColumnMapping,
    RosterImportResult,
    RosterPreview,
    RosterRead,
    RosterTable,
    apply_roster,
    preview_with,
    read_and_preview,
    write_rejected_rows,
)
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ErrorLabel, error_line
from app.ui.settings.roster_view import RosterPreviewView
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op, show_failure

ChooseSave = Callable[[QWidget, str], str]  # (parent, suggested path) -> path or ""


def choose_rejected_file(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save the rows with problems"),
                                          suggested, parent.tr("CSV files (*.csv)"))
    return path


class RosterImportDialog(QDialog):
    imported = Signal(object)  # RosterImportResult

    def __init__(self, ctx: UiContext, path: Path, parent: QWidget | None = None,
                 confirm: Confirm = ask_yes_no,
                 choose_save: ChooseSave = choose_rejected_file) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.confirm, self.choose_save = ctx, path, confirm, choose_save
        self.table: RosterTable | None = None
        self.preview: RosterPreview | None = None
        self.op: Op | None = None
        self.setWindowTitle(self.tr("Import a class list"))
        self.resize(900, 640)
        self.view = RosterPreviewView(ctx.lang)
        self.view.mapping_changed.connect(self.remap)
        self.create_classes = QCheckBox(self.tr("Create the classes the file names"))
        self.create_classes.setObjectName("roster_create_classes")
        self.skip_bad_rows = QCheckBox(self.tr("Leave out the rows with problems"))
        self.skip_bad_rows.setObjectName("roster_skip_bad_rows")
        self.mark_left = QCheckBox(self.tr("Mark the pupils missing from the file as left"))
        self.mark_left.setObjectName("roster_mark_left")
        for box in (self.create_classes, self.skip_bad_rows, self.mark_left):
            box.toggled.connect(self._update_buttons)
        self.message = QLabel()
        self.message.setObjectName("roster_message")
        self.message.setWordWrap(True)
        self.error = error_line("roster_error")
        self.error_place = ErrorLabel(self.error, ctx.lang)
        self.save_rejected = QPushButton(self.tr("Save the rows with problems…"))
        self.save_rejected.setObjectName("roster_save_rejected")
        self.save_rejected.clicked.connect(self.write_rejected)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("roster_import")
        self.import_button.clicked.connect(self.import_now)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_rejected)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        for widget in (self.create_classes, self.skip_bad_rows, self.mark_left,
                       self.message, self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self._update_buttons()

    def load(self) -> Op[RosterRead]:
        """Read the file and preview it with the remembered or guessed columns, into the
        school year the window shows."""
        store, actor, path = self.ctx.store, self.ctx.actor, self.path
        year = self.ctx.semester.school_year
        return self._reading(lambda: read_and_preview(store, actor, path, year))

    def remap(self, mapping: ColumnMapping) -> Op[RosterRead] | None:
        if self.table is None:
            return None
        store, actor, table = self.ctx.store, self.ctx.actor, self.table
        year = self.ctx.semester.school_year
        return self._reading(lambda: preview_with(store, actor, table, mapping, year))

    def _reading(self, work: Callable[[], RosterRead]) -> Op[RosterRead]:
        self.error.hide()
        self.preview = None
        self.op = Op(self, self.ctx.worker, lambda _p, _c: work(),
                     self.tr("Reading the class list…"))
        self._update_buttons()
        self.op.success(self._show).failure(self._failed).start()
        return self.op

    def _show(self, read: RosterRead) -> None:
        self.op = None
        self.table, self.preview = read.table, read.preview
        if read.preview is None:
            self.view.show_mapping(read.table, read.mapping)
        else:
            self.view.show_preview(read.preview)
        p = read.preview
        self.create_classes.setVisible(p is not None and bool(p.classes_to_create))
        self.skip_bad_rows.setVisible(p is not None and p.has_problems)
        self.mark_left.setVisible(p is not None and bool(p.missing))
        self._update_buttons()
        if read.problems is not None:
            self.error_place.show_error(read.problems)

    def _failed(self, exc: Exception) -> None:
        self.op = None
        self._update_buttons()
        show_failure(self.error_place, exc)

    def _update_buttons(self) -> None:
        p = self.preview
        ready = (p is not None and self.op is None
                 and (not p.has_problems or self.skip_bad_rows.isChecked())
                 and (not p.classes_to_create or self.create_classes.isChecked()))
        self.import_button.setEnabled(ready)
        self.save_rejected.setEnabled(p is not None and p.has_problems)
        if p is not None and p.classes_to_create and not self.create_classes.isChecked():
            self.message.setText(self.tr("Tick “Create the classes…” to import the pupils of "
                                         "classes that do not exist yet."))
        elif p is not None and p.has_problems and not self.skip_bad_rows.isChecked():
            self.message.setText(self.tr("Some rows have problems: correct them in the "
                                         "e-journal and export again, or leave them out."))
        elif p is not None:
            self.message.clear()

    def write_rejected(self) -> None:
        if self.preview is None:
            return
        suggested = str(self.path.with_name(self.path.stem + "-problems.csv"))
        chosen = self.choose_save(self, suggested)
        if chosen:
            write_rejected_rows(self.preview, Path(chosen))
            self.message.setText(self.tr("Rows with problems saved: %1").replace("%1", chosen))

    def _question(self, p: RosterPreview) -> str:
        c = p.counts
        text = self.tr("Import the class list? New pupils: %1, moved: %2, returning: %3.") \
            .replace("%1", str(c.new)).replace("%2", str(c.moved)).replace("%3", str(c.returning))
        if self.mark_left.isChecked() and p.missing:
            text += " " + self.tr("%1 pupils will be marked as left.").replace(
                "%1", str(len(p.missing)))
        if self.skip_bad_rows.isChecked() and p.rejected:
            text += " " + self.tr("%1 rows with problems are left out.").replace(
                "%1", str(len(p.rejected)))
        return text

    def import_now(self) -> Op[RosterImportResult] | None:
        p = self.preview
        if p is None or not self.import_button.isEnabled() or not self.confirm(
                self, self._question(p)):
            return None
        store, actor = self.ctx.store, self.ctx.actor
        skip, create = self.skip_bad_rows.isChecked(), self.create_classes.isChecked()
        mark_left = self.mark_left.isChecked()
        saving = self.tr("Importing pupils…")
        self.import_button.setEnabled(False)
        self.op = Op(self, self.ctx.worker, lambda progress, cancel: apply_roster(
            store, actor, p, progress=lambda done, total: progress(saving, done, total),
            cancel=cancel, skip_bad_rows=skip, create_classes=create,
            mark_missing_left=mark_left), saving)
        self.op.success(self._imported).failure(self._failed).changes(
            self.ctx.changes, {Entity.STUDENT, Entity.SCHOOL}).start()
        return self.op

    def _imported(self, result: RosterImportResult) -> None:
        self.op = None
        if result.cancelled:
            self.message.setText(self.tr("The import was cancelled; nothing was changed."))
            self._update_buttons()
            return
        self.preview = None
        self._update_buttons()
        self.message.setText(
            self.tr("Imported: %1 new pupils, %2 moved, %3 returning, %4 marked as left, "
                    "%5 classes created.").replace("%1", str(result.created))
            .replace("%2", str(result.moved)).replace("%3", str(result.returned))
            .replace("%4", str(result.marked_left))
            .replace("%5", str(len(result.classes_created))))
        self.imported.emit(result)
