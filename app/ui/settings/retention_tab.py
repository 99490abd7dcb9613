"""Settings → Data retention (administrator): the school's retention rules (changed with a
reason), the review of what is due on a day, and anonymising it after a question.

The rules come from `retention.retention_rules`; "Save rule" calls `set_retention_rule`.
"Review" lists every pupil whose data is due on the chosen day (`review_retention`) with
what and how many rows; "Anonymise…" asks first and then runs `apply_retention` on the
worker. Errors are shown in the tab's error place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date, riga_today
from app.i18n import render
from app.services.retention import (
    DataKind,
    RetentionApplied,
    RetentionReview,
    Rule,
    apply_retention,
    retention_rules,
    review_retention,
    set_retention_rule,
)
from app.ui.context import UiContext
from app.ui.form_errors import ERROR_STYLE, ErrorLabel
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op, Work, show_failure

T = TypeVar("T")


class RetentionTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 confirm: Confirm = ask_yes_no) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm = confirm
        self.op: Op[Any] | None = None
        self.review: RetentionReview | None = None
        intro = QLabel(self.tr(
            "Pupils' data is kept only as long as the programme needs it. When its time is "
            "over, names, personal codes, birth dates, guardians, free text and documents are "
            "removed; the figures for statistics stay."))
        intro.setWordWrap(True)
        self.rules = QTableWidget(0, 4)
        self.rules.setObjectName("retention_rules")
        self.rules.setAccessibleName(self.tr("Retention rules"))
        self.rules.setHorizontalHeaderLabels([self.tr("Data"), self.tr("Years"),
                                              self.tr("Default"), self.tr("Reason")])
        self.rules.horizontalHeader().setStretchLastSection(True)
        self.kind = QComboBox()
        self.kind.setObjectName("retention_kind")
        self.kind.setAccessibleName(self.tr("Data"))
        for kind in DataKind:
            self.kind.addItem(render(f"retention.kind.{kind}", ctx.lang), kind.value)
        self.years = QSpinBox()
        self.years.setObjectName("retention_years")
        self.years.setAccessibleName(self.tr("Years"))
        self.years.setRange(0, 50)
        self.reason = QLineEdit()
        self.reason.setObjectName("retention_reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why the period changes"))
        self.save_button = QPushButton(self.tr("Save rule"))
        self.save_button.setObjectName("save_retention_rule")
        self.save_button.clicked.connect(self.save_rule)
        self.on = QDateEdit()
        self.on.setObjectName("retention_on")
        self.on.setAccessibleName(self.tr("Review on"))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd.MM.yyyy")
        today = riga_today()
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.review_button = QPushButton(self.tr("Review"))
        self.review_button.setObjectName("retention_review")
        self.review_button.clicked.connect(self.run_review)
        self.apply_button = QPushButton(self.tr("Anonymise…"))
        self.apply_button.setObjectName("retention_apply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.due = QListWidget()
        self.due.setObjectName("retention_due")
        self.due.setAccessibleName(self.tr("Data due for anonymisation"))
        self.status = QLabel()
        self.status.setObjectName("retention_status")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("retention_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang)
        edit = QHBoxLayout()
        for widget in (self.kind, self.years, self.reason, self.save_button):
            edit.addWidget(widget, 1 if widget is self.reason else 0)
        review = QHBoxLayout()
        review.addWidget(QLabel(self.tr("Review on")))
        review.addWidget(self.on)
        review.addWidget(self.review_button)
        review.addWidget(self.apply_button)
        review.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.rules)
        layout.addLayout(edit)
        layout.addLayout(review)
        layout.addWidget(self.due, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

    # --- the rules ----------------------------------------------------------------------

    def load(self) -> Op[list[Rule]] | None:
        store, actor = self.ctx.store, self.ctx.actor
        return self._run(lambda _p, _c: retention_rules(store, actor), self._show_rules)

    def _show_rules(self, rules: list[Rule]) -> None:
        self.op = None
        self.rules.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            for col, text in enumerate((render(f"retention.kind.{rule.kind}", self.ctx.lang),
                                        str(rule.years), str(rule.default_years), rule.reason)):
                self.rules.setItem(row, col, QTableWidgetItem(text))
        current = next((r for r in rules if r.kind.value == self.kind.currentData()), None)
        if current is not None and not self.reason.text():
            self.years.setValue(current.years)

    def save_rule(self) -> Op[Rule] | None:
        store, actor = self.ctx.store, self.ctx.actor
        kind, years, reason = DataKind(self.kind.currentData()), self.years.value(), \
            self.reason.text()

        def saved(_rule: Rule) -> None:
            self.op = None
            self.reason.clear()
            self.status.setText(self.tr("Retention rule saved."))
            self.load()

        return self._run(lambda _p, _c: set_retention_rule(store, actor, kind, years, reason),
                         saved)

    # --- the review ---------------------------------------------------------------------

    def run_review(self) -> Op[RetentionReview] | None:
        picked = self.on.date()
        store, actor = self.ctx.store, self.ctx.actor
        on = date(picked.year(), picked.month(), picked.day())
        return self._run(lambda _p, _c: review_retention(store, actor, on), self._show_review)

    def _show_review(self, review: RetentionReview) -> None:
        self.op = None
        self.review = review
        self.due.clear()
        lang = self.ctx.lang
        for pupil in review.pupils:
            self.due.addItem(self.tr("%1 (%2), left the programme %3").replace(
                "%1", pupil.name).replace("%2", pupil.class_name).replace(
                "%3", format_date(pupil.ended_on)))
            for item in pupil.items:
                counts = ", ".join(f"{render(f'retention.table.{t}', lang)} {n}"
                                   for t, n in item.counts.items())
                self.due.addItem(f"    {render(f'retention.kind.{item.kind}', lang)} — "
                                 f"{format_date(item.due_on)}: {counts}")
        self.status.setText(self.tr("Pupils whose data is due: %1.")
                            .replace("%1", str(len(review.pupils))))
        self.apply_button.setEnabled(bool(review.pupils))

    def apply(self) -> Op[RetentionApplied] | None:
        if self.review is None or not self.review.pupils:
            return None
        question = self.tr("Anonymise the data listed (pupils: %1)? This cannot be undone.") \
            .replace("%1", str(len(self.review.pupils)))
        if not self.confirm(self, question):
            return None
        store, actor, on = self.ctx.store, self.ctx.actor, self.review.on
        return self._run(lambda _p, _c: apply_retention(store, actor, on), self._applied)

    def _applied(self, done: RetentionApplied) -> None:
        self.op = None
        self.review = None
        self.due.clear()
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr(
            "Data anonymised (pupils: %1): records changed or removed — %2, audit entries "
            "redacted — %3.").replace("%1", str(done.pupils)).replace("%2", str(done.rows))
            .replace("%3", str(done.audit_entries_redacted)))

    # --- running ------------------------------------------------------------------------

    def _run(self, fn: Work[T], done: Callable[[T], None]) -> Op[T] | None:
        if self.op is not None:
            return None
        self.error.hide()
        op: Op[T] = Op(self, self.ctx.worker, fn)
        self.op = op
        op.success(done).failure(self._failed).start()
        return op

    def _failed(self, exc: Exception) -> None:
        self.op = None
        show_failure(self, exc)
