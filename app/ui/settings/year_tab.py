"""Settings → School year (coordinator): the school's semesters and their dates, and
"Open school year …" for the year after the latest one (see `year_dialog`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.services.school import SemesterInfo, all_semesters
from app.ui.context import UiContext
from app.ui.settings.semester_dialog import SemesterDatesDialog
from app.ui.settings.year_dialog import YearOpeningDialog
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op


def next_year_label(semesters: list[SemesterInfo]) -> str | None:
    if not semesters:
        return None
    start = max(int(s.school_year[:4]) for s in semesters) + 1
    return f"{start}/{start + 1}"


class YearTab(QWidget):
    def __init__(self, ctx: UiContext, confirm: Confirm = ask_yes_no,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm = confirm
        self.next_label: str | None = None
        self.dialog: YearOpeningDialog | None = None
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("semesters_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Semester"), self.tr("Starts"), self.tr("Ends")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_year_dialog")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_dialog)
        self.dates_button = QPushButton(self.tr("Semester dates…"))
        self.dates_button.setObjectName("semester_dates")
        self.dates_button.setEnabled(False)
        self.dates_button.clicked.connect(self.edit_dates)
        self.semesters: list[SemesterInfo] = []
        self.dates_dialog: SemesterDatesDialog | None = None
        self.note = QLabel(self.tr("The current semester follows these dates."))
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.dates_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def load(self) -> Op:
        store = self.ctx.store
        return Op(self, self.ctx.worker, lambda _p, _c: all_semesters(store)).success(
            self._show).start()

    def _show(self, semesters: list[SemesterInfo]) -> None:
        lang = self.ctx.lang
        self.table.setRowCount(len(semesters))
        for row, s in enumerate(semesters):
            for col, text in enumerate((s.label, format_date(s.starts_on, lang),
                                        format_date(s.ends_on, lang))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.semesters = semesters
        self.dates_button.setEnabled(bool(semesters))
        self.next_label = next_year_label(semesters)
        self.open_button.setText(self.tr("Open school year %1…").replace(
            "%1", self.next_label or ""))
        self.open_button.setEnabled(self.next_label is not None)

    def edit_dates(self) -> SemesterDatesDialog | None:
        """The dates of the latest school year's semesters."""
        if not self.semesters:
            return None
        latest = self.semesters[-1].school_year
        self.dates_dialog = SemesterDatesDialog(self.ctx, latest, self.semesters, self)
        self.dates_dialog.saved.connect(lambda _s: self.load())
        self.dates_dialog.open()
        return self.dates_dialog

    def open_dialog(self) -> YearOpeningDialog | None:
        if self.next_label is None:
            return None
        self.dialog = YearOpeningDialog(self.ctx, self.next_label, self.confirm, self)
        self.dialog.opened.connect(lambda _r: self.load())
        self.dialog.open()
        self.dialog.load()
        return self.dialog
