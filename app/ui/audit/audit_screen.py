"""The Audit trail screen (coordinator, director, administrator): who did what and when.

Filters: part of a pupil's name, a user, a group of actions. The newest entries come first.
A banner on top says whether the hash chain of the whole trail is intact; it is checked in
the background every time the screen is shown, and a broken chain is shown in red with the
first entry that does not hold.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core.audit import ChainCheck, check_audit_chain
from app.services.core.rbac import Permission, can
from app.services.history.student_history import DEFAULT_LIMIT
from app.services.history.trail import (
    TrailChoices,
    TrailFilter,
    TrailRows,
    trail_choices,
    trail_rows,
)
from app.ui.audit.audit_rows import AuditRowsModel
from app.ui.context import UiContext
from app.ui.form_errors import ERROR_STYLE, ErrorLabel
from app.ui.tasks import Op, show_failure

INTACT_STYLE = "QLabel { background: #e8f5e9; color: #1b5e20; padding: 6px; }"
BROKEN_STYLE = ("QLabel { background: #ffebee; color: #b00020; padding: 6px; "
                "font-weight: bold; }")
CHECKING_STYLE = "QLabel { padding: 6px; }"


class AuditScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choices: TrailChoices | None = None
        self.chain: ChainCheck | None = None
        self._filling = False
        self.model = AuditRowsModel(self)
        self.banner = QLabel()
        self.banner.setObjectName("chain_banner")
        self.banner.setWordWrap(True)
        self.student = QLineEdit()
        self.student.setObjectName("audit_pupil")
        self.student.setAccessibleName(self.tr("Filter by pupil"))
        self.student.setPlaceholderText(self.tr("Part of the pupil's name"))
        self.student.returnPressed.connect(self.reload)
        self.user = QComboBox()
        self.user.setObjectName("audit_user")
        self.user.addItem(self.tr("All users"), None)
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        for title, value in self._action_groups():
            self.action.addItem(title, value)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("audit_show")
        self.show_button.clicked.connect(self.reload)
        self.user.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.action.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.count = QLabel()
        self.count.setObjectName("audit_count")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang)
        self.table = self._table()
        self._layout()

    def _action_groups(self) -> list[tuple[str, str | None]]:
        return [
            (self.tr("All actions"), None), (self.tr("Pupils' data"), "student."),
            (self.tr("Risk assessments"), "assessment."), (self.tr("Support plans"), "plan."),
            (self.tr("Plan approvals"), "plan.approve"),
            (self.tr("Consultations"), "consultation."), (self.tr("Expenses"), "expense."),
            (self.tr("Documents"), "attachment."), (self.tr("Support staff"), "staff."),
            (self.tr("Sign-ins"), "auth."), (self.tr("User accounts"), "user."),
            (self.tr("Catalogue and rates"), "catalogue."),
            (self.tr("School settings"), "school."), (self.tr("Signing keys"), "signing_key."),
            (self.tr("Printed reports"), "report."), (self.tr("Synchronisation"), "sync."),
        ]

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("audit_table")
        table.setAccessibleName(self.tr("Audit log entries"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _layout(self) -> None:
        filters = QHBoxLayout()
        if can(self.ctx.actor, Permission.STUDENT_VIEW):  # the administrator sees no pupils
            filters.addWidget(QLabel(self.tr("Pupil:")))
            filters.addWidget(self.student, 1)
        filters.addWidget(QLabel(self.tr("User:")))
        filters.addWidget(self.user, 1)
        filters.addWidget(QLabel(self.tr("Action:")))
        filters.addWidget(self.action, 1)
        filters.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    # --- the chain ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown by the app, not restored from the task bar
            self.verify()
            if self.choices is not None:  # shown again: what happened since then too
                self.reload()

    def verify(self) -> Op:
        """Check the whole chain in the background; the banner says what was found."""
        ctx = self.ctx
        self.banner.setStyleSheet(CHECKING_STYLE)
        self.banner.setText(self.tr("Checking the audit trail's chain…"))
        return (Op(self, ctx.worker, lambda _p, _c: check_audit_chain(ctx.store, ctx.actor))
                .success(self._verified).failure(self._failed).start())

    def _verified(self, chain: ChainCheck) -> None:
        self.chain = chain
        if chain.ok:
            self.banner.setStyleSheet(INTACT_STYLE)
            self.banner.setText(self.tr("The audit trail's chain is intact (%1 entries).")
                                .replace("%1", str(chain.entries)))
            return
        self.banner.setStyleSheet(BROKEN_STYLE)
        self.banner.setText(self.tr(
            "The audit trail's chain is broken from entry #%1: entries from there on may "
            "have been changed or removed. Tell the school's administrator.").replace(
            "%1", str(chain.first_broken_seq)))

    # --- the entries -------------------------------------------------------------------------

    def current_filter(self) -> TrailFilter:
        return TrailFilter(self.student.text(), self.user.currentData(),
                           self.action.currentData())

    def _filter_changed(self) -> None:
        if not self._filling and self.choices is not None:
            self.reload()

    def reload(self) -> Op:
        ctx, chosen, first = self.ctx, self.current_filter(), self.choices is None

        def work(_p: object, _c: object) -> tuple[TrailChoices | None, TrailRows]:
            return ((trail_choices(ctx.store, ctx.actor) if first else None),
                    trail_rows(ctx.store, ctx.actor, chosen, ctx.lang))

        self.show_button.setEnabled(False)
        return (Op(self, ctx.worker, work, self.tr("Loading the audit trail…"))
                .success(self._loaded).failure(self._failed).start())

    def _loaded(self, loaded: tuple[TrailChoices | None, TrailRows]) -> None:
        choices, rows = loaded
        self.show_button.setEnabled(True)
        self.error.hide()
        if choices is not None:
            self._fill_users(choices)
        assert self.choices is not None
        self.model.set_rows(rows.entries, self.choices.students)
        self.table.resizeColumnsToContents()
        if rows.matched_students == 0:
            self.count.setText(self.tr("No pupil's name contains “%1”.").replace(
                "%1", self.student.text().strip()))
            return
        self.count.setText(self.tr("Entries shown: %1, newest first (at most %2).")
                           .replace("%1", str(len(rows.entries)))
                           .replace("%2", str(DEFAULT_LIMIT)))

    def _fill_users(self, choices: TrailChoices) -> None:
        self.choices = choices
        self._filling = True
        for user in choices.users:
            self.user.addItem(user.full_name, user.id)
        self._filling = False

    def _failed(self, exc: Exception) -> None:
        self.show_button.setEnabled(True)
        show_failure(self, exc)
