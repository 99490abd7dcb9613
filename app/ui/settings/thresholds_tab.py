"""Settings → Catalogue → ABC thresholds (coordinator): where the school year's attendance,
behaviour and course-performance indicators start to count, shown as sentences; "Edit…"
changes them through `update_thresholds` (levels computed from then on follow them)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.assessments.explain import format_decimal
from app.services.catalogue.thresholds import AbcThresholds, update_thresholds, year_thresholds
from app.services.school.calendar import school_year_id
from app.ui.context import UiContext
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.tasks import Op

COUNTS = ("unjustified", "failing", "conduct")


def _edit(name: str, text: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setMaxLength(6)
    return edit


class ThresholdsDialog(SettingsDialog):
    def __init__(self, ctx: UiContext, th: AbcThresholds, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("ABC thresholds of the school year %1").replace(
            "%1", ctx.semester.school_year))
        lang = ctx.lang
        self.caution = _edit("absence_caution_pct", format_decimal(th.absence_caution_pct, lang))
        self.high = _edit("absence_high_pct", format_decimal(th.absence_high_pct, lang))
        self.add_row(self.tr("Absences: caution from, %"), "absence_caution_pct", self.caution)
        self.add_row(self.tr("Absences: high risk from, %"), "absence_high_pct", self.high)
        self.counts: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        titles = {"unjustified": self.tr("Unjustified lessons: low, medium, high from"),
                  "failing": self.tr("Failing marks: low, medium, high from"),
                  "conduct": self.tr("Conduct incidents: low, medium, high from")}
        for field in COUNTS:
            values: tuple[int, int, int] = getattr(th, field)
            edits = (_edit(f"{field}_low", str(values[0])),
                     _edit(f"{field}_medium", str(values[1])),
                     _edit(f"{field}_high", str(values[2])))
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for edit in edits:
                row.addWidget(edit)
            self.counts[field] = edits
            self.add_row(titles[field], field, box)

    def _pct(self, edit: QLineEdit) -> Decimal | None:
        try:
            value = Decimal(edit.text().strip().replace(",", "."))
        except InvalidOperation:
            return None
        return value if value.is_finite() else None

    def work(self) -> Callable[[], Any] | None:
        bad = False
        caution, high = self._pct(self.caution), self._pct(self.high)
        for value, field in ((caution, "absence_caution_pct"), (high, "absence_high_pct")):
            if value is None:
                bad = True
                self.errors.show_field(field, self.tr(
                    "Absences: enter a percentage, for example 5 or 7,5."))
        counts: dict[str, tuple[int, int, int]] = {}
        for field, edits in self.counts.items():
            texts = [e.text().strip() for e in edits]
            if not all(t.isdigit() for t in texts):
                bad = True
                self.errors.show_field(field, self.tr(
                    "Enter a whole number for each level, for example 1, 2 and 4."))
                continue
            low, medium, top = (int(t) for t in texts)
            counts[field] = (low, medium, top)
        if bad or caution is None or high is None:
            return None
        th = AbcThresholds(caution, high, counts["unjustified"], counts["failing"],
                           counts["conduct"])
        store, actor, label = self.ctx.store, self.ctx.actor, self.ctx.semester.school_year
        return lambda: update_thresholds(store, actor, school_year_id(store, label), th)


class ThresholdsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.thresholds: AbcThresholds | None = None
        self.dialog: ThresholdsDialog | None = None
        self.summary = QLabel()
        self.summary.setObjectName("thresholds_summary")
        self.summary.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_thresholds")
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("thresholds_message")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Where the ABC indicators start to count in %1").replace(
            "%1", ctx.semester.school_year)), 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def load(self) -> Op:
        store, label = self.ctx.store, self.ctx.semester.school_year
        return Op(self, self.ctx.worker,
                  lambda _p, _c: year_thresholds(store, label)).success(self._show).start()

    def _show(self, th: AbcThresholds) -> None:
        self.thresholds = th
        lang = self.ctx.lang

        def steps(counts: tuple[int, int, int]) -> str:
            return self.tr("low from %1, medium from %2, high from %3").replace(
                "%1", str(counts[0])).replace("%2", str(counts[1])).replace(
                "%3", str(counts[2]))

        lines = [
            self.tr("Absences: caution from %1 %, high risk from %2 % of lessons.").replace(
                "%1", format_decimal(th.absence_caution_pct, lang)).replace(
                "%2", format_decimal(th.absence_high_pct, lang)),
            self.tr("Unjustified lessons: %1.").replace("%1", steps(th.unjustified)),
            self.tr("Failing marks: %1.").replace("%1", steps(th.failing)),
            self.tr("Conduct incidents: %1.").replace("%1", steps(th.conduct)),
        ]
        self.summary.setText("\n".join(lines))
        self.edit_button.setEnabled(True)

    def edit(self) -> None:
        if self.thresholds is None:
            return
        self.dialog = ThresholdsDialog(self.ctx, self.thresholds, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, th: AbcThresholds) -> None:
        self.message.setText(self.tr("Saved. Levels computed from now on use these "
                                     "thresholds."))
        self._show(th)
