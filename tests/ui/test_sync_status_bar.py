"""The sync state in the status bar: not set up, waiting for trust, unsent changes, offline,
and — against the real municipality hub on loopback — "Sync now" from the main window."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.secrets import KeyringSecretStore
from app.services.sync.enrolment import enrolment_request, import_trust
from app.services.sync.status import sync_status
from app.ui.main_window import MainWindow
from app.ui.sync.sync_screen import SyncScreen
from app.ui.sync_status_bar import SyncStatusLabel
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.running_hub import Running
from tests.builders.school import SchoolFixture
from tests.builders.school_sync import TestHub, enrol
from tests.builders.ui_make_context import MakeContext


def label_for(qtbot: QtBot, make_ctx: MakeContext) -> SyncStatusLabel:
    label = SyncStatusLabel(make_ctx("coordinator"))
    qtbot.addWidget(label)
    label.refresh()
    return label


def test_not_set_up_then_waiting_for_trust(make_ctx: MakeContext, school: SchoolFixture,
                                           qtbot: QtBot) -> None:
    label = label_for(qtbot, make_ctx)
    assert label.text() == "Sinhronizācija: pārbauda…"
    qtbot.waitUntil(lambda: "vēl nav iestatīta" in label.text())

    enrolment_request(school.store, KeyringSecretStore(MemoryKeyring()),
                      school.actors["coordinator"])
    label.refresh()
    qtbot.waitUntil(lambda: "gaida pašvaldības uzticības dokumentu" in label.text())


def test_unsent_changes_and_an_unreachable_server(make_ctx: MakeContext,
                                                  school: SchoolFixture, qtbot: QtBot) -> None:
    enrol(school.store, school, TestHub())  # its address, 127.0.0.1:9, does not answer
    pending = sync_status(school.store).pending_changes
    label = label_for(qtbot, make_ctx)
    qtbot.waitUntil(lambda: f"nenosūtītas izmaiņas: {pending}" in label.text())
    assert "vēl nav sinhronizēts" in label.text()
    qtbot.waitUntil(lambda: "bezsaistē" in label.text(), timeout=15000)
    assert label.online is False


def test_sync_now_against_the_real_hub_updates_the_status_bar(
        make_ctx: MakeContext, school: SchoolFixture, qtbot: QtBot,
        running_hub: Running) -> None:
    from app.hub.enrolment import enrol_school

    secrets = KeyringSecretStore(MemoryKeyring())
    coordinator = school.actors["coordinator"]
    request = enrolment_request(school.store, secrets, coordinator)
    import_trust(school.store, coordinator,
                 enrol_school(running_hub.hub, request.data).trust)  # type: ignore[arg-type]
    ctx = make_ctx("coordinator")
    ctx.secrets = secrets
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    label = window.sync_label
    qtbot.waitUntil(lambda: "nenosūtītas izmaiņas:" in label.text())
    qtbot.waitUntil(lambda: "tiešsaistē" in label.text(), timeout=15000)
    assert "vēl nav sinhronizēts" in label.text()

    window.navigation.setCurrentRow(window.row_of("sync"))
    screen = window.screen_at(window.row_of("sync"))
    assert isinstance(screen, SyncScreen)
    qtbot.waitUntil(lambda: screen.view is not None and screen.sync_button.isEnabled())
    qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Sinhronizācija pabeigta" in screen.message.text(),
                    timeout=30000)
    assert "nosūtīti 1, neizdevās 0, pašvaldības atbildes 1" in screen.message.text()
    qtbot.waitUntil(lambda: "nav nenosūtītu izmaiņu" in label.text())
    assert re.search(r"pēdējā sinhronizācija \d\d\.\d\d\.\d{4} \d\d:\d\d", label.text())
    assert "sūtījumi bez apstiprinājuma" not in label.text()
    item = screen.bundles.item(0, 3)
    assert item is not None and item.text() == "pašvaldība apstiprinājusi saņemšanu"
    status = sync_status(school.store)
    assert status.pending_changes == 0 and status.last_success_at is not None
