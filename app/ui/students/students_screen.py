"""The Pupils screen: the table of visible pupils with filter-as-you-type and filters.

    screen = pupils_screen(ctx, tab_factories=[...])   # loads in the background

Filters beside the search box (class, risk category and minimum level, plan, status), sorting
by any column, a coloured badge per risk level and "12 no 590". Those who may edit pupils get
"Add pupil", "Edit" and "Mark as left" (enabled only for the classes they may change);
double-click or Enter opens the pupil card.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.assessments.student_list import StudentListRow, StudentsData, student_rows
from app.services.core.rbac import Permission, can
from app.services.early_warning import indicator_levels
from app.services.school.classes import ClassInfo, list_classes
from app.services.students.registry import StudentView
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ErrorLabel
from app.ui.item_models.student_rows import (
    FIRST_LEVEL_COLUMN,
    OVERALL_COLUMN,
    StudentCriteria,
    StudentFilter,
    StudentRowsModel,
    class_sort_key,
)
from app.ui.student_card.card import StudentCard, TabFactory, basic_tabs
from app.ui.students.leave_dialog import LeaveDialog
from app.ui.students.questions import AskUnsaved, Confirm, ask_unsaved, ask_yes_no
from app.ui.students.risk_badge import RiskBadgeDelegate
from app.ui.students.search_keys import SearchKeys
from app.ui.students.student_dialog import StudentDialog
from app.ui.students.student_filters import StudentFilterBar
from app.ui.tasks import DatabaseWorker, Op, Progress

LoadRows = Callable[[], list[StudentListRow]]
SHOWN = {Entity.STUDENT, Entity.ASSESSMENT, Entity.PLAN, Entity.SCHOOL}  # what the list shows
OpenCard = Callable[[uuid.UUID], None]


class StudentsScreen(QWidget):
    """`PupilsScreen(worker, load_rows)` is a plain list; with `ctx` it also edits pupils and
    opens pupil cards (with `tab_factories`, or through `open_card` if given)."""

    loaded = Signal()

    def __init__(self, worker: DatabaseWorker, load_rows: LoadRows | None = None,
                 parent: QWidget | None = None, *, ctx: UiContext | None = None,
                 tab_factories: Sequence[TabFactory] | None = None,
                 open_card: OpenCard | None = None, confirm: Confirm = ask_yes_no,
                 ask: AskUnsaved = ask_unsaved) -> None:
        super().__init__(parent)
        self._worker, self._load_rows, self.ctx = worker, load_rows, ctx
        self._tabs = list(tab_factories) if tab_factories is not None else basic_tabs()
        self._open_card, self._confirm, self._ask = open_card, confirm, ask
        self.classes: list[ClassInfo] = []
        self.cards: dict[uuid.UUID, StudentCard] = {}
        self.dialog: StudentDialog | LeaveDialog | None = None
        self._select_id: uuid.UUID | None = None
        self.model = StudentRowsModel(self)
        self.proxy = StudentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("pupil_search")
        self.search.setAccessibleName(self.tr("Search pupils"))
        self.search.setPlaceholderText(self.tr("Type part of a name or class…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.filters = StudentFilterBar()
        self.filters.changed.connect(self._criteria)
        # the indicators' level is read for those who may screen (see `_fetch`)
        self.filters.indicator_combo.setVisible(
            ctx is not None and can(ctx.actor, Permission.ASSESSMENT_EDIT))
        self.count = QLabel()
        self.count.setObjectName("pupil_count")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang if ctx else "lv")
        self.table = self._make_table()
        self.open_button = self._button("open_card", self.tr("Open card"), self.open_current)
        self.add_button = self._button("add_pupil", self.tr("Add pupil…"), self.add_student)
        self.edit_button = self._button("edit_pupil", self.tr("Edit…"), self.edit_current)
        self.leave_button = self._button("mark_left", self.tr("Mark as left…"),
                                         self.mark_current_left)
        may_edit = ctx is not None and can(ctx.actor, Permission.STUDENT_EDIT)
        for button in (self.add_button, self.edit_button, self.leave_button):
            button.setVisible(may_edit)
        self.open_button.setVisible(ctx is not None or open_card is not None)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Find:")))
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (self.open_button, self.add_button, self.edit_button, self.leave_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.table)
        self.keys = SearchKeys(self, self.search, self.table)
        self._update_buttons()
        if ctx is not None:  # assessed, planned, approved, edited or synced anywhere: reload
            ctx.changes.reload_on(self, SHOWN, self.reload)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("pupils_table")
        table.setAccessibleName(self.tr("Pupils"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        # Column widths from the visible rows and 100 more, not from 1,000 of 2,000 pupils:
        # measuring every cell cost a third of a second at start-up (benchmarks/, BENCHMARKS.md).
        table.horizontalHeader().setResizeContentsPrecision(100)
        badge = RiskBadgeDelegate(table)
        for col in range(FIRST_LEVEL_COLUMN, OVERALL_COLUMN + 1):
            table.setItemDelegateForColumn(col, badge)
        table.activated.connect(lambda _index: self.open_current())
        table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        return table

    def _button(self, name: str, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: action())
        return button

    # Loading ------------------------------------------------------------------------------

    def _fetch(self, progress: Progress, steps: tuple[str, str]) -> StudentsData:
        ctx = self.ctx
        progress(steps[0], 0, 2)
        if ctx is None:
            assert self._load_rows is not None
            return StudentsData(self._load_rows(), [])
        rows = (student_rows(ctx.store, ctx.actor, ctx.semester.id) if self._load_rows is None
                else self._load_rows())
        if can(ctx.actor, Permission.ASSESSMENT_EDIT):  # who may screen sees the levels
            found = indicator_levels(ctx.store, ctx.actor, ctx.semester.school_year)
            rows = [replace(r, indicator_level=found.get(r.student_id)) for r in rows]
        progress(steps[1], 1, 2)
        return StudentsData(rows, list_classes(ctx.store, ctx.actor, ctx.semester.school_year))

    def reload(self) -> Op:
        """Load (again) in the background; a progress window appears if it takes a while.
        The selected pupil stays selected."""
        current = self.current_row()
        if self._select_id is None and current is not None:
            self._select_id = current.student_id
        steps = (self.tr("Reading pupils and their risk levels…"), self.tr("Reading classes…"))
        return Op(self, self._worker, lambda progress, _c: self._fetch(progress, steps),
                  self.tr("Loading pupils…")).success(self._show).start()

    def _show(self, data: StudentsData | list[StudentListRow]) -> None:
        if isinstance(data, list):
            data = StudentsData(data, [])
        self.classes = data.classes
        self.model.set_rows(data.rows)
        names = [c.name for c in data.classes]
        extra = {r.class_name for r in data.rows} - set(names)
        self.filters.set_classes(names + sorted(extra, key=class_sort_key))
        self.table.resizeColumnsToContents()
        self.error.hide()
        if self._select_id is not None:
            self.select_student(self._select_id)
            self._select_id = None
        self._update_count()
        self._update_buttons()
        self.loaded.emit()

    # Filtering and selection --------------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _criteria(self, criteria: StudentCriteria) -> None:
        self.proxy.set_criteria(criteria)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total)))

    def current_row(self) -> StudentListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select_student(self, student_id: uuid.UUID) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).student_id == student_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def _editable(self, row: StudentListRow | None) -> bool:
        return row is not None and any(c.editable and c.name == row.class_name
                                       for c in self.classes)

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.add_button.setEnabled(any(c.editable for c in self.classes))
        self.edit_button.setEnabled(self._editable(row))
        self.leave_button.setEnabled(self._editable(row))

    # Actions ------------------------------------------------------------------------------

    def add_student(self) -> StudentDialog | None:
        return self._student_dialog(None)

    def edit_current(self) -> StudentDialog | None:
        row = self.current_row()
        return self._student_dialog(row.student_id) if self._editable(row) and row else None

    def _student_dialog(self, student_id: uuid.UUID | None) -> StudentDialog | None:
        if self.ctx is None:
            return None
        dialog = StudentDialog(self.ctx, student_id, self, confirm=self._confirm)
        dialog.saved.connect(self._student_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def mark_current_left(self) -> LeaveDialog | None:
        row = self.current_row()
        if self.ctx is None or row is None or not self._editable(row):
            return None
        dialog = LeaveDialog(self.ctx, row.student_id, row.full_name, self)
        dialog.saved.connect(self._student_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _student_saved(self, view: StudentView) -> None:
        """The list reloads on the dialog's "data changed" (selecting this pupil)."""
        self._select_id = view.id
        card = self.cards.get(view.id)
        if card is not None:
            card.load_header()

    def open_current(self) -> StudentCard | None:
        row = self.current_row()
        if row is None:
            return None
        if self._open_card is not None:
            self._open_card(row.student_id)
            return None
        return self.open_student(row.student_id)

    def open_student(self, student_id: uuid.UUID) -> StudentCard | None:
        """Open (or bring forward) the card of this pupil; one card per pupil."""
        if self.ctx is None:
            return None
        card = self.cards.get(student_id)
        if card is None:
            card = StudentCard(self.ctx, student_id, self._tabs, self, ask=self._ask)
            card.closed.connect(self._card_closed)
            self.cards[student_id] = card
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    def close_cards(self) -> bool:
        """Close every open card (each asks about its unsaved edits); False if one stays."""
        return all(card.close() for card in list(self.cards.values()))

    def _card_closed(self, student_id: uuid.UUID) -> None:
        card = self.cards.pop(student_id, None)
        if card is not None:
            card.deleteLater()


def students_screen(ctx: UiContext, *, tab_factories: Sequence[TabFactory] | None = None,
                  open_card: OpenCard | None = None) -> StudentsScreen:
    """The full Pupils screen for the signed-in person, already loading."""
    screen = StudentsScreen(ctx.worker, ctx=ctx, tab_factories=tab_factories,
                          open_card=open_card)
    screen.reload()
    return screen
