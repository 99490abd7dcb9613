"""Shared by several test modules: ANNA, PASSWORD, PETERIS,
approved_plan, cell, click, director, open_screen, read_row, select_rows, sign."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.models import User
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.users.passwords import hash_password
from app.ui.approvals.approvals_screen import ApprovalsScreen
from app.ui.approvals.sign_dialog import SignDialog
from app.ui.context import UiContext
from tests.builders.approvals import submitted_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.school import TEST_PASSWORD, SchoolFixture
from tests.builders.ui_make_context import MakeContext

ANNA, PETERIS = "Anna Ēcere", "Pēteris Šmits"


PASSWORD = TEST_PASSWORD


def sign(qtbot: QtBot, screen: ApprovalsScreen, school: SchoolFixture,
         password: str = PASSWORD) -> SignDialog:
    """The director types the password into the signing dialog and presses Sign."""
    with school.store.write() as s:
        user = s.get(User, school.actors["director"].user_id)
        assert user is not None
        if not user.password_hash.startswith("$"):
            user.password_hash = hash_password(PASSWORD)
    dialog = screen.sign_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.password.setText(password)
    click(qtbot, dialog.sign_button)
    return dialog


def director(make_ctx: MakeContext) -> UiContext:
    return make_ctx("director", secrets=KeyringSecretStore(MemoryKeyring()))


def approved_plan(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    """Anna's plan, submitted by her class teacher and approved (signed) by the director."""
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, KeyringSecretStore(MemoryKeyring()), school.actors["director"],
                 plan_id, password=TEST_PASSWORD)
    return plan_id


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_screen(qtbot: QtBot, ctx: UiContext) -> ApprovalsScreen:
    screen = ApprovalsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    screen.show()
    with qtbot.waitSignal(screen.reload().finished):
        pass
    return screen


def cell(screen: ApprovalsScreen, row: int, column: int) -> str:
    return str(screen.model.data(screen.model.index(row, column)))


def select_rows(screen: ApprovalsScreen, *rows: int) -> None:
    selection = screen.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(screen.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def read_row(qtbot: QtBot, screen: ApprovalsScreen, row: int) -> None:
    """Select one plan and open it, as the director does before deciding."""
    select_rows(screen, row)
    plan_id = screen.model.item(row).plan_id
    click(qtbot, screen.open_button)
    qtbot.waitUntil(lambda: screen.reader.plan is not None
                    and screen.reader.plan.plan.id == plan_id)
