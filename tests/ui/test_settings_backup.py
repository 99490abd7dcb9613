"""Settings → Backup: the director backs the real encrypted database up into a folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.db import open_engine
from app.models.keys import secret_name
from app.models.migrate import upgrade_to_head
from app.secrets import KeyringSecretStore
from app.services.backup import read_backup_preview
from app.services.core.store import Store
from app.ui.settings.settings_screen import SettingsScreen
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.ui_make_context import MakeContext

DB = "school.db"


@pytest.fixture
def store(tmp_path: Path, db_key: bytes) -> Iterator[Store]:
    """The school's database as the app has it: encrypted and at the newest schema."""
    engine = open_engine(tmp_path / DB, db_key)
    upgrade_to_head(engine, tmp_path / DB)
    made = Store(engine)
    yield made
    made.close()


@pytest.fixture
def secrets(tmp_path: Path, db_key: bytes) -> KeyringSecretStore:
    kept = KeyringSecretStore(MemoryKeyring())
    kept.set(secret_name(tmp_path / DB), db_key)
    return kept


def _screen(qtbot: QtBot, make_ctx: MakeContext, who: str,
            secrets: KeyringSecretStore) -> SettingsScreen:
    screen = SettingsScreen(make_ctx(who, secrets=secrets))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_the_director_backs_up_now_into_the_chosen_folder(
        qtbot: QtBot, make_ctx: MakeContext, secrets: KeyringSecretStore, tmp_path: Path,
        db_key: bytes) -> None:
    usb = tmp_path / "USB"
    usb.mkdir()
    screen = _screen(qtbot, make_ctx, "director", secrets)
    assert screen.tab_titles() == ["Rezerves kopija"]
    tab = screen.backup_tab
    assert tab is not None and tab.backup_button.text() == "Dublēt tagad"
    asked: list[str] = []
    tab.choose_folder = lambda _parent, start: asked.append(start) or str(usb)

    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)  # asks for the folder first
    qtbot.waitUntil(lambda: tab.status.text().startswith(
        "Rezerves kopija saglabāta un pārbaudīta:"), timeout=20000)
    assert len(asked) == 1 and tab.folder.text() == str(usb)
    (copy,) = usb.glob("*.pumpurs-backup")
    assert str(copy) in tab.status.text() and "izglītojamie: 5" in tab.status.text()
    assert read_backup_preview(copy, db_key).pupils == 5
    assert tab.backup_button.isEnabled()


def test_a_missing_folder_is_told_in_the_tab(qtbot: QtBot, make_ctx: MakeContext,
                                             secrets: KeyringSecretStore,
                                             tmp_path: Path) -> None:
    screen = _screen(qtbot, make_ctx, "admin", secrets)
    assert screen.tab_titles()[-1] == "Rezerves kopija"
    tab = screen.backup_tab
    assert tab is not None
    screen.tabs.setCurrentWidget(tab)
    tab.folder.setText(str(tmp_path / "izņemta"))  # the stick was pulled out
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.error.isVisible(), timeout=20000)
    assert f"Mape {tmp_path / 'izņemta'} nav atrasta" in tab.error.text()
    assert tab.status.text() == "" and tab.backup_button.isEnabled()


def test_other_roles_have_no_backup_tab(qtbot: QtBot, make_ctx: MakeContext,
                                        secrets: KeyringSecretStore) -> None:
    for who in ("teacher", "coordinator"):
        assert _screen(qtbot, make_ctx, who, secrets).backup_tab is None


def test_the_key_file_is_said_calmly_in_the_tab_not_at_every_sign_in(
        qtbot: QtBot, make_ctx: MakeContext, secrets: KeyringSecretStore) -> None:
    """The key file fallback was a red line in the sign-in window at every start; now the
    Backup tab (and About) say where the key is, in grey."""
    ctx = make_ctx("director", secrets=secrets)
    ctx.key_store_note = "Datubāzes atslēga glabājas datnē /x/school.db.keys."
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    tab = screen.backup_tab
    assert tab is not None
    assert tab.key_store.text() == "Datubāzes atslēga glabājas datnē /x/school.db.keys."
    assert "#b00020" not in tab.key_store.styleSheet()  # not the error colour
    other = _screen(qtbot, make_ctx, "director", secrets)
    plain = other.backup_tab
    assert plain is not None and plain.key_store.text() == (
        "Datubāzes atslēga glabājas šī datora sistēmas atslēgu glabātuvē.")
