"""Settings → Classes (administrator, coordinator): the classes of the current school year
with their class teachers and active pupils; add, rename, class teachers, archive.

Archiving asks first (an archived class is offered nowhere again); a class with active
pupils is refused by the service, and the sentence is shown here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models.enums import Role
from app.services.core.rbac import Permission, can
from app.services.school import ClassRecord, archive_class, school_classes
from app.services.users.accounts import UserSummary, list_users
from app.ui.context import UiContext
from app.ui.settings.class_dialogs import AddClassDialog, ClassTeachersDialog, RenameClassDialog
from app.ui.settings.indicator_dialog import IndicatorImportDialog
from app.ui.settings.roster_dialog import RosterImportDialog
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op

ChooseFile = Callable[[QWidget], str]  # (parent) -> a path or ""


def choose_roster_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Class list exported from the e-journal"), str(Path.home()),
        parent.tr("Class lists (*.xlsx *.csv *.txt)"))
    return path


def choose_figures_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Attendance, marks or conduct notes exported from the e-journal"),
        str(Path.home()), parent.tr("E-journal exports (*.xlsx *.csv *.txt)"))
    return path


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class ClassesTab(QWidget):
    def __init__(self, ctx: UiContext, confirm: Confirm = ask_yes_no,
                 parent: QWidget | None = None,
                 choose_file: ChooseFile = choose_roster_file,
                 choose_figures: ChooseFile = choose_figures_file) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm = confirm
        self.choose_file = choose_file
        self.choose_figures = choose_figures
        self.roster_dialog: RosterImportDialog | None = None
        self.school_year = ctx.semester.school_year
        self.classes: list[ClassRecord] = []
        self.dialog: SettingsDialog | None = None
        self.op: Op | None = None
        self.heading = QLabel(self.tr("Classes of the school year %1").replace(
            "%1", self.school_year))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("classes_table")
        self.table.setAccessibleName(self.tr("Classes"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Class"), self.tr("Class teachers"), self.tr("Active pupils")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = _button(self.tr("Add a class…"), "add_class")
        self.rename_button = _button(self.tr("Rename…"), "rename_class")
        self.teachers_button = _button(self.tr("Class teachers…"), "class_teachers")
        self.archive_button = _button(self.tr("Archive"), "archive_class")
        self.import_button = _button(self.tr("Import from the e-journal…"), "import_roster")
        self.import_button.setToolTip(self.tr("A class list exported from E-klase, Mykoob or "
                                              "VIIS (.xlsx or .csv): previewed before import"))
        self.import_button.setVisible(can(ctx.actor, Permission.ROSTER_IMPORT))
        self.import_button.clicked.connect(self.import_roster)
        self.figures_button = _button(self.tr("Import figures…"), "import_figures")
        self.figures_button.setToolTip(self.tr("Attendance, marks or conduct notes exported "
                                               "from E-klase or Mykoob, for the early warning"))
        self.figures_button.setVisible(can(ctx.actor, Permission.ROSTER_IMPORT))
        self.figures_button.clicked.connect(self.import_figures)
        self.figures_dialog: IndicatorImportDialog | None = None
        self.add_button.clicked.connect(
            lambda: self._open(AddClassDialog(self.ctx, self.school_year, self)))
        self.rename_button.clicked.connect(self._rename)
        self.teachers_button.clicked.connect(self.edit_teachers)
        self.archive_button.clicked.connect(self.archive)
        self.message = QLabel()
        self.message.setObjectName("classes_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        for b in (self.add_button, self.rename_button, self.teachers_button,
                  self.archive_button, self.import_button, self.figures_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._update_buttons()

    def load(self) -> Op:
        store, actor, year = self.ctx.store, self.ctx.actor, self.school_year
        return Op(self, self.ctx.worker,
                  lambda _p, _c: school_classes(store, actor, year)).success(self._show).start()

    def _show(self, classes: list[ClassRecord]) -> None:
        self.classes = classes
        self.table.setRowCount(len(classes))
        for row, c in enumerate(classes):
            texts = (c.name, c.teacher_names or self.tr("not named"), str(c.active_students))
            for col, text in enumerate(texts):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if not classes:
            self.message.setText(self.tr("No classes yet: add the school's classes so pupils "
                                         "can be registered."))
        self._update_buttons()

    def import_figures(self) -> IndicatorImportDialog | None:
        chosen = self.choose_figures(self)
        if not chosen:
            return None
        dialog = IndicatorImportDialog(self.ctx, Path(chosen), self, self.confirm)
        self.figures_dialog = dialog
        dialog.open()
        return dialog

    def import_roster(self) -> RosterImportDialog | None:
        chosen = self.choose_file(self)
        if not chosen:
            return None
        dialog = RosterImportDialog(self.ctx, Path(chosen), self, self.confirm)
        dialog.imported.connect(lambda _r: self.load())
        self.roster_dialog = dialog
        dialog.open()
        dialog.load()
        return dialog

    def row_of(self, name: str) -> int:
        return next(i for i, c in enumerate(self.classes) if c.name == name)

    def selected(self) -> ClassRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.classes):
            return None
        return self.classes[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for b in (self.rename_button, self.teachers_button, self.archive_button):
            b.setEnabled(chosen)

    def _open(self, dialog: SettingsDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, record: ClassRecord) -> None:
        self.message.setText(self.tr("Saved: %1.").replace("%1", record.name))
        self.load()

    def _rename(self) -> None:
        record = self.selected()
        if record is not None:
            self._open(RenameClassDialog(self.ctx, record, self))

    def edit_teachers(self) -> Op | None:
        record = self.selected()
        if record is None:
            return None
        store, actor = self.ctx.store, self.ctx.actor

        def teachers(_p: object, _c: object) -> list[UserSummary]:
            return [u for u in list_users(store, actor, include_inactive=False)
                    if Role.TEACHER in u.roles]

        return Op(self, self.ctx.worker, teachers).success(
            lambda users: self._open(ClassTeachersDialog(self.ctx, record, users, self))).start()

    def archive(self) -> None:
        record = self.selected()
        if record is None or not self.confirm(self, self.tr(
                "Archive class %1? It will no longer be offered anywhere.").replace(
                    "%1", record.name)):
            return
        store, actor = self.ctx.store, self.ctx.actor
        self.op = Op(self, self.ctx.worker,
                     lambda _p, _c: archive_class(store, actor, record.id))
        self.op.success(self._archived).failure(self._failed).start()

    def _archived(self, record: ClassRecord) -> None:
        self.message.setText(self.tr("Archived: %1.").replace("%1", record.name))
        self.load()

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self.message.setText(exc.text(self.ctx.lang))
