"""The accounts tab on a database shared by every account of the PC: deactivating removes
the user's key slot, reactivating says a new password is needed, the reset gives it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.key_slots import KeySlots, slots_path
from app.ui.settings.settings_screen import SettingsScreen
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_settings import users_row

FAST = {"time_cost": 1, "memory_cost": 8192, "parallelism": 1}


def test_slots_follow_deactivation_reactivation_and_reset(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture, tmp_path: Path,
        db_key: bytes) -> None:
    slots = KeySlots.create(slots_path(tmp_path / "school.db"), db_key, "admin",
                            "admina-parole-1", kdf=FAST)
    slots.put("teacher2", "skolotaja-parole")
    school.store.key_slots = slots
    screen = SettingsScreen(make_ctx("admin"))
    qtbot.addWidget(screen)
    screen.show()
    tab = screen.users_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.table.rowCount() == 7)
    tab.select_user("teacher2")
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users_row(tab, "teacher2")[3] == "deaktivizēts")
    assert "teacher2" not in KeySlots.unlock_with_key(slots.path, db_key).usernames()
    tab.select_user("teacher2")
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)  # reactivate
    qtbot.waitUntil(lambda: users_row(tab, "teacher2")[3] == "aktīvs")
    assert "Iestatiet viņam jaunu paroli" in tab.message.text()
    tab.select_user("teacher2")
    qtbot.mouseClick(tab.password_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    type_text(dialog.password, "jauna-parole-42")
    type_text(dialog.confirm, "jauna-parole-42")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert KeySlots.unlock(slots.path, "teacher2", "jauna-parole-42").db_key == db_key
