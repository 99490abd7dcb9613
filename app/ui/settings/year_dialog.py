""""Open school year 2027/2028" (coordinator): the preview, the choices, then the opening.

The dialog loads `preview_year_opening` on the worker thread and shows what will happen:
each class and what it becomes, the catalogue's changes against last year, the pupils (tick
those who repeat the year) and the pupils at risk (tick "start from last semester's plan").
"Choose a catalogue file…" previews another file instead of the shipped one. "Open the
school year" asks once more (it cannot be undone; a backup is taken first) and runs
`open_school_year` as a background op.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.formatting import format_date, format_money
from app.services.year_opening import (
    CatalogueChange,
    YearOpeningPreview,
    YearOpeningResult,
    open_school_year,
    preview_year_opening,
)
from app.ui.context import UiContext
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op


def _checkable(text: str, value: uuid.UUID, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, str(value))
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def checked_ids(widget: QListWidget) -> list[uuid.UUID]:
    return [uuid.UUID(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class YearOpeningDialog(QDialog):
    opened = Signal(object)  # YearOpeningResult

    def __init__(self, ctx: UiContext, label: str, confirm: Confirm = ask_yes_no,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.label, self.confirm = ctx, label, confirm
        self.catalogue_file: Path | None = None
        self.preview: YearOpeningPreview | None = None
        self.op: Op | None = None
        self.setWindowTitle(self.tr("Open school year %1").replace("%1", label))
        self.summary = QLabel()
        self.summary.setObjectName("year_summary")
        self.summary.setWordWrap(True)
        self.classes = QListWidget()
        self.classes.setObjectName("year_classes")
        self.changes = QListWidget()
        self.changes.setObjectName("catalogue_changes")
        self.repeaters = QListWidget()
        self.repeaters.setObjectName("repeaters")
        self.at_risk = QListWidget()
        self.at_risk.setObjectName("at_risk")
        self.message = QLabel()
        self.message.setObjectName("year_message")
        self.message.setWordWrap(True)
        self.file_button = QPushButton(self.tr("Choose a catalogue file…"))
        self.file_button.setObjectName("choose_catalogue")
        self.file_button.clicked.connect(self._choose_file)
        self.open_button = QPushButton(self.tr("Open the school year"))
        self.open_button.setObjectName("open_year")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_year)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for title, widget in ((self.tr("Classes"), self.classes),
                              (self.tr("Catalogue changes against last year"), self.changes),
                              (self.tr("Pupils — tick those who repeat the year"),
                               self.repeaters),
                              (self.tr("Pupils at risk — tick to start from last semester's "
                                       "plan"), self.at_risk)):
            layout.addWidget(QLabel(title))
            layout.addWidget(widget)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def load(self) -> Op:
        store, actor, label, path = (self.ctx.store, self.ctx.actor, self.label,
                                     self.catalogue_file)
        self.open_button.setEnabled(False)
        return Op(self, self.ctx.worker, lambda _p, _c: preview_year_opening(
            store, actor, label, catalogue_file=path)).success(self._show).failure(
            self._failed).start()

    def use_catalogue(self, path: Path) -> Op:
        self.catalogue_file = path
        return self.load()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Catalogue file"), "",
                                              self.tr("Catalogue (*.json)"))
        if name:
            self.use_catalogue(Path(name))

    def _change_text(self, ch: CatalogueChange) -> str:
        lang = self.ctx.lang

        def money(cents: int | None) -> str:
            return "—" if cents is None else format_money(cents, lang)

        texts = {
            "added": self.tr("new: %1"), "retired": self.tr("no longer offered: %1"),
            "carried": self.tr("the school's own, kept: %1"),
            "rate": self.tr("rate of %1: %2 → %3"), "cap": self.tr("cap of %1: %2 → %3"),
        }
        return (texts[ch.change].replace("%1", ch.name)
                .replace("%2", money(ch.before_cents)).replace("%3", money(ch.after_cents)))

    def _show(self, preview: YearOpeningPreview) -> None:
        self.preview = preview
        lang = self.ctx.lang
        (s1, e1), (s2, e2) = preview.semester_dates
        self.summary.setText(
            self.tr("School year %1 follows %2. Semester I %3–%4, semester II %5–%6. "
                    "Catalogue: %7. A backup of the database is taken first.")
            .replace("%1", preview.school_year).replace("%2", preview.previous_year)
            .replace("%3", format_date(s1, lang)).replace("%4", format_date(e1, lang))
            .replace("%5", format_date(s2, lang)).replace("%6", format_date(e2, lang))
            .replace("%7", preview.catalogue_file))
        self.classes.clear()
        for c in preview.classes:
            after = c.next_name or self.tr("graduates")
            self.classes.addItem(f"{c.name} → {after} ({len(c.students)})")
        self.changes.clear()
        for ch in preview.catalogue_changes:
            self.changes.addItem(self._change_text(ch))
        if not preview.catalogue_changes:
            self.changes.addItem(self.tr("no changes"))
        self.repeaters.clear()
        for st in preview.students:
            self.repeaters.addItem(_checkable(f"{st.full_name} ({st.class_name})",
                                              st.student_id, False))
        self.at_risk.clear()
        for r in preview.at_risk:
            item = _checkable(f"{r.full_name} ({r.class_name})", r.student_id, r.can_continue)
            if not r.can_continue:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setText(item.text() + " — " + self.tr("last plan not closed"))
            self.at_risk.addItem(item)
        self.message.clear()
        self.open_button.setEnabled(True)

    def choose(self, widget: QListWidget, text_start: str, on: bool = True) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            if item.text().startswith(text_start):
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def open_year(self) -> Op | None:
        if self.preview is None or self.op is not None:
            return None
        if not self.confirm(self, self.tr("Open school year %1? This cannot be undone; a "
                                          "backup of the database is taken first.")
                            .replace("%1", self.label)):
            return None
        repeaters = checked_ids(self.repeaters)
        leaving = {s.student_id for s in self.preview.students
                   if s.graduates and s.student_id not in repeaters}
        continuing = [i for i in checked_ids(self.at_risk) if i not in leaving]
        store, actor, label, path = (self.ctx.store, self.ctx.actor, self.label,
                                     self.catalogue_file)
        self.open_button.setEnabled(False)
        self.op = Op(self, self.ctx.worker, lambda _p, _c: open_school_year(
            store, actor, label, catalogue_file=path, repeaters=repeaters,
            continue_plans=continuing))
        return self.op.success(self._opened).failure(self._failed).start()

    def _opened(self, result: YearOpeningResult) -> None:
        self.op = None
        self.message.setText(
            self.tr("School year %1 is open: %2 promoted, %3 repeating, %4 graduated, %5 "
                    "plans started.").replace("%1", result.school_year)
            .replace("%2", str(result.promoted)).replace("%3", str(result.repeated))
            .replace("%4", str(result.graduated)).replace("%5", str(result.plans_started)))
        self.opened.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.op = None
        if not isinstance(exc, AppError):
            raise exc
        self.message.setText(exc.text(self.ctx.lang))
        self.open_button.setEnabled(self.preview is not None)
