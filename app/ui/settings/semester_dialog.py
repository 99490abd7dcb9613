"""Settings → School year → "Semester dates…": both semesters of a school year (the current
semester follows them). Saved through `set_semester_dates`; problems show under each row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from app.services.school import SemesterInfo, set_semester_dates
from app.ui.context import UiContext
from app.ui.dates import qdate
from app.ui.settings.settings_dialog import SettingsDialog


def date_edit(value: date, name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(qdate(value))
    return edit


class SemesterDatesDialog(SettingsDialog):
    def __init__(self, ctx: UiContext, school_year: str, semesters: list[SemesterInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.school_year = school_year
        self.setWindowTitle(self.tr("Semester dates of %1").replace("%1", school_year))
        own = {s.number: s for s in semesters if s.school_year == school_year}
        start = int(school_year[:4])
        defaults = {1: (date(start, 9, 1), date(start, 12, 31)),
                    2: (date(start + 1, 1, 1), date(start + 1, 6, 30))}
        self.edits: dict[int, tuple[QDateEdit, QDateEdit]] = {}
        for number in (1, 2):
            sem = own.get(number)
            begins, ends = (sem.starts_on, sem.ends_on) if sem else defaults[number]
            pair = (date_edit(begins, f"semester{number}_start"),
                    date_edit(ends, f"semester{number}_end"))
            self.edits[number] = pair
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(pair[0])
            box.addWidget(QLabel("–"))
            box.addWidget(pair[1])
            self.add_row(self.tr("Semester %1").replace("%1", str(number)),
                         f"semester{number}", row)

    def work(self) -> Callable[[], Any] | None:
        def day(edit: QDateEdit) -> date:
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        (a, b), (c, d) = ((day(x), day(y)) for x, y in (self.edits[1], self.edits[2]))
        dates = ((a, b), (c, d))
        store, actor, year = self.ctx.store, self.ctx.actor, self.school_year
        return lambda: set_semester_dates(store, actor, year, dates)
