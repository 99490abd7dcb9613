"""The home screen "Mans darbs": what waits for the signed-in person, each item opening
where the work is (a plan to approve opens the Approvals screen, a pupil's item — a
candidate for an assessment among them — the card,
the unsent changes the Sync screen, the backup reminder the Settings). Enter or a double click
opens the selected item."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.formatting import format_date, format_datetime, format_hours
from app.services.my_work import MyWork, WorkItem, WorkKind, my_work
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ERROR_STYLE, ErrorLabel
from app.ui.tasks import Op

TARGET_ROLE = Qt.ItemDataRole.UserRole  # ("student", uuid) or ("screen", key)


class WorkTree(QTreeWidget):
    """The items; Enter opens the current one like a double click."""

    chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("my_work")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.itemActivated.connect(lambda item, _col: self._choose(item))

    def _choose(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, TARGET_ROLE)
        if target is not None:
            self.chosen.emit(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._choose(current)
            return
        super().keyPressEvent(event)


class MyWorkScreen(QWidget):
    open_student = Signal(object)  # uuid.UUID of the pupil
    open_screen = Signal(str)  # a navigation key: "approvals", "sync"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.work: MyWork | None = None
        self.title = QLabel(self.tr("My work — %1, %2").replace("%1", ctx.actor.full_name)
                            .replace("%2", format_date(date.today(), ctx.lang)))
        self.title.setStyleSheet("font-weight: bold")
        self.last_backup = QLabel()
        self.last_backup.setObjectName("my_work_last_backup")
        self.last_backup.hide()
        self.empty = QLabel(self.tr("Nothing is waiting for you right now."))
        self.empty.setObjectName("my_work_empty")
        self.empty.hide()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang)
        self.tree = WorkTree()
        self.tree.setAccessibleName(self.tr("My work"))
        self.tree.chosen.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.last_backup)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        ctx.changes.reload_on(self, {Entity.PLAN, Entity.CONSULTATION, Entity.STUDENT,
                                     Entity.ASSESSMENT, Entity.SYNC, Entity.SCHOOL},
                              self.reload)

    def reload(self) -> Op:
        ctx = self.ctx
        return (Op(self, ctx.worker, lambda _p, _c: my_work(ctx.store, ctx.actor, ctx.semester),
                   self.tr("Loading your work…")).success(self._show).start())

    # --- showing -------------------------------------------------------------------------

    def _when(self, value: date | datetime | None) -> str:
        if isinstance(value, datetime):
            return format_datetime(value, self.ctx.lang)
        return format_date(value, self.ctx.lang) if value else ""

    def _plan_text(self, item: WorkItem) -> str:
        who = f"{item.student_name} ({item.class_name})"
        if item.kind is WorkKind.APPROVE:
            return self.tr("%1 — submitted %2").replace("%1", who).replace(
                "%2", self._when(item.when))
        if item.kind is WorkKind.RETURNED:
            return self.tr("%1 — returned: %2").replace("%1", who).replace("%2", item.comment)
        overdue = isinstance(item.when, date) and item.when < date.today()
        text = self.tr("%1 — review overdue since %2") if overdue else self.tr(
            "%1 — review on %2")
        return text.replace("%1", who).replace("%2", self._when(item.when))

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title.replace("%1", str(count))])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return group

    def _add(self, group: QTreeWidgetItem, text: str,
             target: tuple[str, object]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(group, [text])
        item.setData(0, TARGET_ROLE, target)
        return item

    def _show(self, work: MyWork) -> None:
        self.error.hide()
        self.work = work
        self.tree.clear()
        sections = (
            (work.to_approve, self.tr("Plans waiting for your approval (%1)"), "approvals"),
            (work.returned, self.tr("Plans returned for changes (%1)"), None),
            (work.reviews_due, self.tr("Plan reviews in the next two weeks (%1)"), None),
        )
        for items, title, screen in sections:
            if items:
                group = self._group(title, len(items))
                for item in items:
                    self._add(group, self._plan_text(item), ("screen", screen) if screen
                              else ("student", item.student_id))
        if work.candidates:
            self._candidates(work)
        if work.students:
            group = self._group(self.tr("My pupils this semester (%1)"), len(work.students))
            for s in work.students:
                self._add(group, self.tr("%1 (%2) — delivered %3, not attended %4")
                          .replace("%1", s.full_name).replace("%2", s.class_name)
                          .replace("%3", format_hours(s.attended_minutes, self.ctx.lang))
                          .replace("%4", format_hours(s.missed_minutes, self.ctx.lang)),
                          ("student", s.student_id))
        if work.unsent_changes or work.open_conflicts:
            group = self._group(self.tr("Sync with the municipality"), 0)
            if work.unsent_changes:
                self._add(group, self.tr("Changes not yet sent: %1").replace(
                    "%1", str(work.unsent_changes)), ("screen", "sync"))
            if work.open_conflicts:
                self._add(group, self.tr("Conflicts to resolve: %1").replace(
                    "%1", str(work.open_conflicts)), ("screen", "sync"))
        if work.backup is not None:
            self._backup(work)
        self.tree.expandAll()
        self.empty.setVisible(work.empty)
        self.tree.setVisible(not work.empty)
        first = self.tree.topLevelItem(0)
        child = first.child(0) if first is not None else None
        if child is not None:
            self.tree.setCurrentItem(child)

    def _candidates(self, work: MyWork) -> None:
        """The pupils whose imported attendance, marks or conduct cross a threshold and who have no
        assessment this semester, with the reason and the trend; Enter opens the card."""
        group = self._group(self.tr("Candidates for an assessment (%1)"), len(work.candidates))
        lang = self.ctx.lang
        for c in work.candidates:
            item = self._add(group, self.tr("%1 (%2) — %3; %4").replace("%1", c.full_name)
                             .replace("%2", c.class_name).replace("%3", c.reason(lang))
                             .replace("%4", c.trend(lang)), ("student", c.student_id))
            source_name, imported_at = c.source
            item.setToolTip(0, self.tr("From the file “%1”, imported %2").replace(
                "%1", source_name).replace("%2", self._when(imported_at)))

    def _backup(self, work: MyWork) -> None:
        """A reminder in the list when a backup is due; the last one's time under the title
        otherwise (nothing to do about it)."""
        backup = work.backup
        assert backup is not None
        self.last_backup.setVisible(not backup.due)
        if not backup.due:
            self.last_backup.setText(self.tr("Last backup: %1").replace(
                "%1", self._when(backup.last_at)))
            return
        group = self._group(self.tr("Backup"), 0)
        if backup.last_at is None:
            text = self.tr("The database has never been backed up — make a backup now "
                           "(Settings → Backup).")
        else:
            text = self.tr("The last backup is more than 7 days old (%1) — make a new one "
                           "(Settings → Backup).").replace("%1", self._when(backup.last_at))
        self._add(group, text, ("screen", "settings"))

    def _open(self, target: tuple[str, object]) -> None:
        kind, value = target
        if kind == "student" and isinstance(value, uuid.UUID):
            self.open_student.emit(value)
        elif kind == "screen" and isinstance(value, str):
            self.open_screen.emit(value)
