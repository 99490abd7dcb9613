"""Settings → Users (administrator): the staff accounts with roles and state, and the
actions on them. Every change goes through `app.services.users.accounts` / `users_admin`."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from app.services.users.accounts import UserSummary, list_users
from app.services.users.admin import deactivate_user, reactivate_user
from app.services.users.auth import local_time
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ERROR_STYLE
from app.ui.settings.labels import SettingsLabels
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.settings.user_dialogs import AddUserDialog, ResetPasswordDialog, RolesDialog
from app.ui.tasks import Op


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class UsersTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.labels = SettingsLabels(self)
        self.users: list[UserSummary] = []
        self.dialog: SettingsDialog | None = None
        self.op: Op | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("users_table")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Roles"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = _button(self.tr("Add a user…"), "add_user")
        self.roles_button = _button(self.tr("Change roles…"), "change_roles")
        self.active_button = _button(self.tr("Deactivate"), "toggle_active")
        self.password_button = _button(self.tr("Reset password…"), "reset_password")
        self.add_button.clicked.connect(lambda: self._open(AddUserDialog(self.ctx, self)))
        self.roles_button.clicked.connect(self._change_roles)
        self.active_button.clicked.connect(self._toggle_active)
        self.password_button.clicked.connect(self._reset_password)
        self.message = QLabel()
        self.message.setObjectName("users_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.active_button,
                       self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._update_buttons()

    def load(self) -> Op:
        store, actor = self.ctx.store, self.ctx.actor
        return Op(self, self.ctx.worker, lambda _p, _c: list_users(store, actor)).success(
            self._show).failure(self._failed).start()

    def _state(self, user: UserSummary) -> str:
        if not user.active:
            return self.tr("deactivated")
        if user.locked_until is not None and user.locked_until > datetime.now(UTC):
            return self.tr("locked until %1").replace("%1", local_time(user.locked_until))
        return self.tr("active")

    def _show(self, users: list[UserSummary]) -> None:
        selected = self.selected()
        self.users = users
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            texts = (user.username, user.full_name, self.labels.roles(user.roles, user.full_name),
                     self._state(user))
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(user.id))
                self.table.setItem(row, col, item)
            if selected is not None and user.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()

    def select_user(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(row)

    def selected(self) -> UserSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.users):
            return None
        return self.users[rows[0].row()]

    def _update_buttons(self) -> None:
        user = self.selected()
        own = user is not None and user.id == self.ctx.actor.user_id
        self.roles_button.setEnabled(user is not None and not own)  # never one's own roles
        self.active_button.setEnabled(user is not None and not own)
        self.password_button.setEnabled(user is not None and not own)
        deactivate = user is None or user.active
        self.active_button.setText(self.tr("Deactivate") if deactivate
                                   else self.tr("Reactivate"))

    def _open(self, dialog: SettingsDialog) -> None:
        self.dialog = dialog
        self.message.clear()
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, user: UserSummary) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved: %1.").replace("%1", user.full_name))
        self.load()

    def _change_roles(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(RolesDialog(self.ctx, user, self))

    def _reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(ResetPasswordDialog(self.ctx, user, self))

    def _toggle_active(self) -> None:
        user = self.selected()
        if user is None or self.op is not None:
            return
        store, actor = self.ctx.store, self.ctx.actor
        change = deactivate_user if user.active else reactivate_user
        self.op = Op(self, self.ctx.worker, lambda _p, _c: change(store, actor, user.id)).changes(
            self.ctx.changes, {Entity.SCHOOL})
        self.op.success(self._toggled).failure(self._failed)
        self.op.finished.connect(self._op_done)
        self.op.start()

    def _op_done(self) -> None:
        self.op = None

    def _toggled(self, user: UserSummary) -> None:
        self.message.setStyleSheet("")
        if user.active and self.ctx.store.key_slots is not None:
            # shared by every account of the PC: deactivation removed the key slot
            text = self.tr("%1 is active again. Set a new password for them (Reset password): "
                           "on this shared computer it also gives back their key to the "
                           "database.")
        elif user.active:
            text = self.tr("%1 can sign in again.")
        else:
            text = self.tr("%1 can no longer sign in; their records stay.")
        self.message.setText(text.replace("%1", user.full_name))
        self.load()

    def _failed(self, exc: Exception) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(exc.text(self.ctx.lang) if isinstance(exc, AppError) else str(exc))
