"""The Approvals screen (directors): the queue of submitted plans, reading one, and deciding.

Selecting one row (or opening it) reads the plan for approval (recorded in the audit trail)
and shows it with what changed against its previous version. "Approve and sign" signs it with
the director's key (kept in ctx.secrets) after the director's password, in a dialog that
shows what is signed (pupil, semester, total cost); the notice names the signer and the time.
"Return to the author" needs a comment. Several read plans can be approved at once — all or
nothing: if one may not be approved, nothing is signed and each blocked pupil is named. Every
decision reloads the queue. All work runs through `Op` on the database worker.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AuthenticationFailed, ValidationError
from app.formatting import format_datetime, format_money
from app.services.approvals.decisions import (
    ApprovalInfo,
    PlanForApproval,
    QueueItem,
    approval_queue,
    approve_plan,
    approve_plans,
    read_plan_for_approval,
    return_plan,
)
from app.services.plans.lifecycle import PlanView
from app.services.plans.staff import plan_staff
from app.ui.approvals.decision import DecisionPanel
from app.ui.approvals.plan_reader import PlanReader
from app.ui.approvals.queue_model import PLAN_ROLE, QueueModel
from app.ui.approvals.sign_dialog import SignDialog
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import FormErrors
from app.ui.scan_button import ScanButton
from app.ui.tasks import Op, Work, show_failure

NOTICE_STYLE = "color: #1b5e20"
Opened = tuple[PlanForApproval, dict[uuid.UUID, str]]


class ApprovalsScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.errors = self.error_place = FormErrors(ctx.lang)
        # Plans submitted, decided or synced since: the queue reloads (when next shown).
        ctx.changes.reload_on(self, {Entity.PLAN, Entity.STUDENT}, self.reload)
        self.model = QueueModel(self, ctx.lang)
        self.title = QLabel(self.tr("Plans waiting for your approval"))
        self.title.setStyleSheet("font-weight: bold")
        self.count = QLabel()
        self.count.setObjectName("queue_count")
        self.notice = QLabel()
        self.notice.setObjectName("approval_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.table = self._table()
        self.open_button = QPushButton(self.tr("Open the plan"))
        self.open_button.setObjectName("open_plan")
        self.open_button.clicked.connect(self.open_selected)
        self.batch_button = QPushButton(self.tr("Approve selected"))
        self.batch_button.setObjectName("approve_selected")
        self.batch_button.setToolTip(self.tr(
            "Approves and signs every selected plan you have read, in one decision."))
        self.batch_button.clicked.connect(self.approve_selected)
        self.reader = PlanReader(ctx.lang)
        self.sign_dialog: SignDialog | None = None
        self.opening: uuid.UUID | None = None  # the plan being read or shown
        # A row selected alone shows its plan, once the selection rests (arrow keys pass by).
        self.show_timer = QTimer(self)
        self.show_timer.setSingleShot(True)
        self.show_timer.setInterval(250)
        self.show_timer.timeout.connect(self._show_selected)
        self.scan_button = ScanButton(ctx, lambda exc: show_failure(self, exc))
        self.decision = DecisionPanel(self.errors, ctx.secrets is not None)
        self.decision.approve_button.clicked.connect(self.approve)
        self.decision.return_button.clicked.connect(self.return_to_author)
        self._layout()
        self._selection_changed()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("approval_queue")
        table.setAccessibleName(self.tr("Plans awaiting approval"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(self._open_index)
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        return table

    def _layout(self) -> None:
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.batch_button)
        left_box.addLayout(buttons)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.reader, 1)
        right_box.addWidget(self.scan_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_box.addWidget(self.decision)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.errors.general)
        layout.addWidget(splitter, 1)

    # --- the queue ---------------------------------------------------------------------------

    def reload(self) -> Op:
        ctx = self.ctx
        return (Op(self, ctx.worker, lambda _p, _c: approval_queue(ctx.store, ctx.actor),
                   self.tr("Loading the plans waiting for approval…"))
                .success(self._show_queue).start())

    def _show_queue(self, rows: list[QueueItem]) -> None:
        self.loaded = True
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("No plans are waiting for approval.") if not rows else
                           self.tr("Plans waiting: %1").replace("%1", str(len(rows))))
        still_there = self.reader.plan is not None and any(
            r.plan_id == self.reader.plan.plan.id for r in rows)
        if not still_there:
            self.opening = None
            self.reader.clear_plan()
            self.scan_button.set_attachment(None, None)
        self.decision.set_open(still_there)
        self._selection_changed()

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.item(r).plan_id for r in rows]

    def _selection_changed(self) -> None:
        chosen = len(self.selected_ids())
        self.open_button.setEnabled(chosen == 1)
        self.batch_button.setEnabled(chosen >= 1 and self.ctx.secrets is not None)
        if chosen == 1:
            self.show_timer.start()
        else:
            self.show_timer.stop()

    def _show_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and ids[0] != self.opening:
            self.open_plan(ids[0])

    # --- reading -----------------------------------------------------------------------------

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_plan(ids[0])

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_plan(self.model.data(index, PLAN_ROLE))

    def open_plan(self, plan_id: uuid.UUID) -> Op:
        ctx = self.ctx

        def read(_p: object, _c: object) -> Opened:
            found = read_plan_for_approval(ctx.store, ctx.actor, plan_id)
            return found, {m.id: m.full_name for m in plan_staff(ctx.store, ctx.actor)}

        self.errors.clear()
        self.opening = plan_id
        return (Op(self, ctx.worker, read, self.tr("Opening the plan…"))
                .success(self._opened).start())

    def _opened(self, opened: Opened) -> None:
        found, staff = opened
        self.reader.show_plan(found, staff)
        application = found.plan.parent_application
        self.scan_button.set_attachment(application.attachment_id if application else None,
                                        application.filename if application else None)
        self.model.mark_read(found.plan.id)
        self.decision.comment.clear()
        self.decision.set_open(True)

    # --- deciding ----------------------------------------------------------------------------

    def approve(self) -> None:
        """Ask for the password, showing what is signed, then sign the plan being read."""
        ctx, found = self.ctx, self.reader.plan
        if found is None or ctx.secrets is None:
            return
        secrets, view = ctx.secrets, found.plan
        line = self.tr("%1, semester %2: %3").replace("%1", view.student_name).replace(
            "%2", view.semester_label).replace(
            "%3", format_money(view.total_cost_cents, ctx.lang))
        self._ask_signature(
            [line], view.total_cost_cents,
            lambda password: [approve_plan(ctx.store, secrets, ctx.actor, view.id,
                                           password=password)],
            self.tr("Signing the plan…"))

    def approve_selected(self) -> None:
        ctx = self.ctx
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        items = [self.model.item(r) for r in rows]
        if not items or ctx.secrets is None:
            return
        secrets, ids = ctx.secrets, [i.plan_id for i in items]
        lines = [self.tr("%1 (%2): %3").replace("%1", i.student).replace(
            "%2", i.class_name).replace("%3", format_money(i.total_cost_cents, ctx.lang))
            for i in items]
        self._ask_signature(lines, sum(i.total_cost_cents for i in items),
                            lambda password: approve_plans(ctx.store, secrets, ctx.actor, ids,
                                                          password=password),
                            self.tr("Signing the plans…"))

    def _ask_signature(self, lines: list[str], total_cents: int,
                       sign: Callable[[str], list[ApprovalInfo]], title: str) -> SignDialog:
        """The password dialog; the signature is made only after the password is right."""
        ctx = self.ctx
        dialog = SignDialog(self, ctx.actor.full_name, lines,
                            format_money(total_cents, ctx.lang))
        self.sign_dialog = dialog

        def work(_p: object, _c: object) -> list[ApprovalInfo]:
            return sign(password[0])  # the password confirms and opens the signing key

        def signed(approvals: list[ApprovalInfo]) -> None:
            dialog.accept()
            self._approved(approvals)

        def refused(exc: Exception) -> None:
            if isinstance(exc, AuthenticationFailed):
                self.decision.set_busy(False, self.reader.plan is not None)
                self._selection_changed()
                dialog.show_error(exc.text(ctx.lang))
                return
            dialog.reject()
            self._decision_failed(exc)

        password = [""]

        def requested(typed: str) -> None:
            password[0] = typed
            self._start_decision(work, title, signed, refused)

        dialog.sign_requested.connect(requested)
        dialog.open()
        return dialog

    def return_to_author(self) -> None:
        ctx, found = self.ctx, self.reader.plan
        if found is None:
            return
        plan_id, comment = found.plan.id, self.decision.comment.toPlainText()
        self._start_decision(lambda _p, _c: return_plan(ctx.store, ctx.actor, plan_id, comment),
                             self.tr("Returning the plan…"), self._returned)

    def _start_decision(self, work: Work, title: str, done: Callable[[Any], None],
                        failed: Callable[[Exception], None] | None = None) -> None:
        self.errors.clear()
        self.notice.hide()
        self.decision.set_busy(True, self.reader.plan is not None)
        self.batch_button.setEnabled(False)
        (Op(self, self.ctx.worker, work, title).changes(self.ctx.changes, {Entity.PLAN})
         .success(done).failure(failed or self._decision_failed).start())

    def _approved(self, approvals: list[ApprovalInfo]) -> None:
        names = ", ".join(a.student_name for a in approvals)
        first = approvals[0]
        text = self.tr("Approved and signed: %1. Signed by %2 on %3.").replace(
            "%1", names).replace("%2", first.decided_by_name).replace(
            "%3", format_datetime(first.decided_at, self.ctx.lang))
        self._decided(text)

    def _returned(self, view: PlanView) -> None:
        self._decided(self.tr("Returned to the author (%1): %2.").replace(
            "%1", view.author_name).replace("%2", view.student_name))

    def _decided(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self.decision.comment.clear()
        self.opening = None
        self.reader.clear_plan()
        self.scan_button.set_attachment(None, None)
        self.decision.set_busy(False, False)  # the queue reloads: the plans changed

    def _decision_failed(self, exc: Exception) -> None:
        self.decision.set_busy(False, self.reader.plan is not None)
        self._selection_changed()
        if isinstance(exc, ValidationError) and any(
                p.field.startswith("plan_ids") for p in exc.problems):
            lines = [self.tr("Nothing was approved:")]
            lines += [f"• {p.text(self.ctx.lang)}" for p in exc.problems]
            self.errors.general.setText("\n".join(lines))
            self.errors.general.show()
            return
        show_failure(self, exc)
