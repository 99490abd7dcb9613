"""The administrator's account dialogs: add a user, change roles, reset a password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from app.models.enums import Role, SpecialistType
from app.services.users.accounts import UserInput, UserSummary, create_user
from app.services.users.admin import change_password, set_roles
from app.ui.context import UiContext
from app.ui.settings.labels import SettingsLabels
from app.ui.settings.settings_dialog import SettingsDialog, password_edit


class RolePicker:
    """A checkbox per role and the specialist type (only with support staff)."""

    def __init__(self, labels: SettingsLabels, roles: tuple[Role, ...] = (),
                 specialist: SpecialistType | None = None) -> None:
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[Role, QCheckBox] = {}
        for role in Role:
            check = QCheckBox(labels.role(role))
            check.setObjectName(f"role_{role.value}")
            check.setChecked(role in roles)
            check.toggled.connect(self._update)
            layout.addWidget(check)
            self.checks[role] = check
        self.specialist = QComboBox()
        self.specialist.setObjectName("specialist_type")
        self.specialist.addItem("—", None)
        for kind in SpecialistType:
            self.specialist.addItem(labels.specialist(kind), kind.value)
        if specialist is not None:
            self.specialist.setCurrentIndex(self.specialist.findData(specialist.value))
        self._update()

    def _update(self) -> None:
        self.specialist.setEnabled(self.checks[Role.SUPPORT].isChecked())

    def roles(self) -> tuple[Role, ...]:
        return tuple(r for r, check in self.checks.items() if check.isChecked())

    def specialist_type(self) -> SpecialistType | None:
        if not self.checks[Role.SUPPORT].isChecked():
            return None
        value = self.specialist.currentData()
        return SpecialistType(value) if value else None

    def choose_specialist(self, kind: SpecialistType) -> None:
        self.specialist.setCurrentIndex(self.specialist.findData(kind.value))


class AddUserDialog(SettingsDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.password = password_edit("password")
        self.confirm = password_edit("password_confirm")
        self.picker = RolePicker(SettingsLabels(self))
        self.add_row(self.tr("User name"), "username", self.username)
        self.add_row(self.tr("Full name"), "full_name", self.full_name)
        self.add_row(self.tr("Password"), "password", self.password)
        self.add_row(self.tr("Repeat the password"), "password_confirm", self.confirm)
        self.add_row(self.tr("Roles"), "roles", self.picker.box)
        self.add_row(self.tr("Specialist type"), "specialist_type", self.picker.specialist)

    def work(self) -> Callable[[], Any]:
        data = UserInput(self.username.text(), self.full_name.text(), self.password.text(),
                         self.picker.roles(), self.picker.specialist_type(),
                         self.confirm.text())
        store, actor = self.ctx.store, self.ctx.actor
        return lambda: create_user(store, actor, data)


class RolesDialog(SettingsDialog):
    def __init__(self, ctx: UiContext, user: UserSummary, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.user = user
        self.setWindowTitle(self.tr("Roles of %1").replace("%1", user.full_name))
        self.picker = RolePicker(SettingsLabels(self), user.roles, user.specialist_type)
        self.add_row(self.tr("Roles"), "roles", self.picker.box)
        self.add_row(self.tr("Specialist type"), "specialist_type", self.picker.specialist)

    def work(self) -> Callable[[], Any]:
        store, actor, user_id = self.ctx.store, self.ctx.actor, self.user.id
        roles, specialist = self.picker.roles(), self.picker.specialist_type()
        return lambda: set_roles(store, actor, user_id, roles, specialist)


class ResetPasswordDialog(SettingsDialog):
    def __init__(self, ctx: UiContext, user: UserSummary, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.user = user
        self.setWindowTitle(self.tr("New password for %1").replace("%1", user.full_name))
        self.password = password_edit("password")
        self.confirm = password_edit("password_confirm")
        self.add_row(self.tr("New password"), "password", self.password)
        self.add_row(self.tr("Repeat the password"), "password_confirm", self.confirm)

    def work(self) -> Callable[[], Any]:
        store, actor, user_id = self.ctx.store, self.ctx.actor, self.user.id
        password, confirm = self.password.text(), self.confirm.text()
        return lambda: change_password(store, actor, user_id, None, password, confirm)
