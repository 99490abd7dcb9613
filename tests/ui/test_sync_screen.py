"""The Sync screen as the coordinator uses it: enrolment, USB export/import, receipts, a
tampered file, conflicts, full resync, and "Sync now" with a working Cancel."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import SyncBundle
from app.secrets import KeyringSecretStore
from app.services.plans.versions import amend_approved_plan
from app.services.sync.conflicts import list_conflicts
from app.services.sync.enrolment import trust_info
from app.services.sync.keys import SchoolKeys
from app.services.sync.outbox import build_pending_bundles
from app.services.sync.run import TransportFactory, http_transport
from app.services.sync.status import sync_status
from app.sync.http_client import HttpTransport
from app.sync.transport import Transport, UploadResult, downlink_name, upload_name
from app.ui.context import UiContext
from app.ui.sync.sync_dialogs import SyncDialogs
from app.ui.sync.sync_screen import SyncScreen
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.school import SchoolFixture
from tests.builders.school_sync import (
    Enrolled,
    TestHub,
    approved_plan,
    decision,
    enrol,
    receipt,
)
from tests.builders.ui_make_context import MakeContext

FINGERPRINT = re.compile(r"^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$")
EXPORTED = "eksportēts uz mapi, gaida apstiprinājumu"
ACKNOWLEDGED = "pašvaldība apstiprinājusi saņemšanu"


def open_screen(qtbot: QtBot, ctx: UiContext, dialogs: SyncDialogs,
                factory: TransportFactory = http_transport) -> SyncScreen:
    screen = SyncScreen(ctx, dialogs, factory)
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    qtbot.waitUntil(lambda: screen.view is not None)
    return screen


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enrolled_ctx(make_ctx: MakeContext, school: SchoolFixture) -> tuple[UiContext, Enrolled]:
    env = enrol(school.store, school, TestHub())
    ctx = make_ctx("coordinator")
    ctx.secrets = env.secrets
    return ctx, env


def cell(screen: SyncScreen, row: int, column: int) -> str:
    item = screen.bundles.item(row, column)
    return item.text() if item is not None else ""


def test_enrolment_request_and_trust_document_from_the_screen(
        make_ctx: MakeContext, school: SchoolFixture, qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx("coordinator")
    ctx.secrets = KeyringSecretStore(MemoryKeyring())
    hub = TestHub()
    trust_file = tmp_path / "trust.pumpurs"
    trust_file.write_bytes(hub.trust(school.school_id, url="https://hub.dienvidkurzeme.lv"))
    request_file = tmp_path / "request.pumpurs"
    dialogs = SyncDialogs(save_file=lambda _w, _t, _s: request_file,
                          open_file=lambda _w, _t: trust_file)
    screen = open_screen(qtbot, ctx, dialogs)
    assert "Skola nav pieteikta" in screen.enrolment.state.text()
    assert not screen.sync_button.isEnabled() and not screen.export_button.isEnabled()
    assert not screen.enrolment.trust_button.isEnabled()

    click(qtbot, screen.enrolment.request_button)
    qtbot.waitUntil(lambda: "Pieteikums ierakstīts" in screen.message.text())
    qtbot.waitUntil(lambda: "Pieteikums izveidots" in screen.enrolment.state.text())
    fingerprint = screen.enrolment.school_fingerprint.text()
    assert FINGERPRINT.match(fingerprint)  # eight groups of four, read over the phone
    assert fingerprint in screen.message.text()
    assert request_file.stat().st_size > 0

    click(qtbot, screen.enrolment.trust_button)
    qtbot.waitUntil(lambda: "Skola pieteikta" in screen.enrolment.state.text())
    assert screen.enrolment.url.text() == "https://hub.dienvidkurzeme.lv"
    assert screen.enrolment.version.text() == "1"
    assert screen.enrolment.municipality.text() == "Dienvidkurzemes novads"
    assert FINGERPRINT.match(screen.enrolment.hub_fingerprint.text())
    assert re.match(r"\d\d\.\d\d\.\d{4} \d\d:\d\d$", screen.enrolment.expires.text())
    assert "pseidonīmiem" in screen.enrolment.names.text()
    assert screen.sync_button.isEnabled() and screen.export_button.isEnabled()

    # the same version again is refused (rollback) with the service's sentence
    click(qtbot, screen.enrolment.trust_button)
    qtbot.waitUntil(screen.error.isVisible)
    assert screen.error.text().startswith("Uzticības dokuments: tā versija 1 nav jaunāka")
    info = trust_info(school.store)
    assert info is not None and info.version == 1


def test_export_to_a_folder_then_a_receipt_from_the_folder(
        make_ctx: MakeContext, school: SchoolFixture, qtbot: QtBot, tmp_path: Path) -> None:
    ctx, env = enrolled_ctx(make_ctx, school)
    stick = tmp_path / "usb"
    stick.mkdir()
    screen = open_screen(qtbot, ctx, SyncDialogs(choose_folder=lambda _w, _t: stick))
    pending = sync_status(school.store).pending_changes
    assert pending > 0
    assert f"Nenosūtītas izmaiņas: {pending}" in screen.summary.text()
    assert screen.bundles.rowCount() == 0

    click(qtbot, screen.export_button)
    qtbot.waitUntil(lambda: screen.bundles.rowCount() == 1)
    qtbot.waitUntil(lambda: "ierakstītas 1 sūtījumu datnes" in screen.message.text())
    exported = stick / upload_name(str(school.school_id), 1)
    assert exported.is_file()
    assert (cell(screen, 0, 0), cell(screen, 0, 3)) == ("1", EXPORTED)
    assert int(cell(screen, 0, 2)) > 0
    assert "Nenosūtītas izmaiņas: 0" in screen.summary.text()

    # the municipality's receipt comes back on the stick
    manifest, _ = env.open_upload(exported.read_bytes())
    with school.store.read() as s:
        sha = s.scalars(select(SyncBundle.manifest_sha256)).one()
    (stick / downlink_name(str(school.school_id), 1)).write_bytes(
        env.downlink(receipts=[receipt(manifest, sha)]))
    click(qtbot, screen.import_folder_button)
    qtbot.waitUntil(lambda: cell(screen, 0, 3) == ACKNOWLEDGED)
    assert "atbilde Nr. 1 piemērota" in screen.message.text()
    assert "saņemts" in cell(screen, 0, 4)
    assert not screen.error.isVisible()
    assert [b.state for b in sync_status(school.store).bundles] == ["acknowledged"]


def test_a_tampered_file_is_refused_with_its_sentence_and_changes_nothing(
        make_ctx: MakeContext, school: SchoolFixture, qtbot: QtBot, tmp_path: Path) -> None:
    ctx, env = enrolled_ctx(make_ctx, school)
    build_pending_bundles(school.store, env.secrets, env.coordinator)
    with school.store.read() as s:
        bundle = s.scalars(select(SyncBundle)).one()
        data, sha = bundle.data, bundle.manifest_sha256
    manifest, _ = env.open_upload(data)
    good = env.downlink(receipts=[receipt(manifest, sha)])
    at = len(good) // 2
    bad = tmp_path / "tampered.pumpurs"
    bad.write_bytes(good[:at] + bytes([good[at] ^ 0x01]) + good[at + 1:])
    screen = open_screen(qtbot, ctx, SyncDialogs(open_files=lambda _w, _t: [bad]))

    click(qtbot, screen.import_files_button)
    qtbot.waitUntil(screen.error.isVisible)
    text = screen.error.text()
    assert text.startswith("tampered.pumpurs: noraidīts.") and "Sūtījum" in text
    assert [b.state for b in sync_status(school.store).bundles] == ["built"]
    qtbot.waitUntil(lambda: cell(screen, 0, 3) == "izveidots, vēl nav nosūtīts")


def test_a_conflict_is_resolved_and_full_resync_asks_first(
        make_ctx: MakeContext, school: SchoolFixture, qtbot: QtBot, tmp_path: Path) -> None:
    ctx, env = enrolled_ctx(make_ctx, school)
    plan_id, version_id = approved_plan(school.store, school)
    build_pending_bundles(school.store, env.secrets, env.coordinator)
    amend_approved_plan(school.store, school.actors["teacher"], plan_id)
    answer = tmp_path / "answer.pumpurs"
    answer.write_bytes(env.downlink(decisions=[
        decision(plan_id, version_id, "returned", "Trūkst vecāku iesnieguma.")]))
    confirmations: list[str] = []
    agree = [False]

    def confirm(_widget: object, question: str) -> bool:
        confirmations.append(question)
        return agree[0]

    screen = open_screen(qtbot, ctx, SyncDialogs(open_files=lambda _w, _t: [answer],
                                                 confirm=confirm))
    assert screen.conflicts.empty.isVisible() and not screen.conflicts.table.isVisible()
    click(qtbot, screen.import_files_button)
    qtbot.waitUntil(lambda: screen.conflicts.table.rowCount() == 1)
    table = screen.conflicts.table
    assert table.item(0, 0).text() == "Anna Ēcere"
    assert table.item(0, 1).text() == "1"
    assert table.item(0, 2).text().startswith("atgriezts")
    assert table.item(0, 3).text() == "Trūkst vecāku iesnieguma."
    assert "jaunāka versija" in table.item(0, 4).text()
    assert "konflikti: 1" in screen.message.text()
    assert not screen.conflicts.resolve_button.isEnabled()

    table.selectRow(0)
    click(qtbot, screen.conflicts.resolve_button)
    qtbot.waitUntil(lambda: "Konflikts atrisināts (Anna Ēcere)" in screen.message.text())
    qtbot.waitUntil(lambda: screen.conflicts.table.rowCount() == 0)
    assert screen.conflicts.empty.isVisible()
    assert list_conflicts(school.store, env.coordinator) == []

    before = sync_status(school.store).pending_changes
    click(qtbot, screen.conflicts.resync_button)  # the person says no: nothing is queued
    assert len(confirmations) == 1 and "visus ierakstus vēlreiz" in confirmations[0]
    assert sync_status(school.store).pending_changes == before
    agree[0] = True
    click(qtbot, screen.conflicts.resync_button)
    qtbot.waitUntil(lambda: "sagatavoti ieraksti" in screen.message.text())
    assert sync_status(school.store).pending_changes > before


class GatedTransport:
    """Holds the first upload until the test lets it go (to press Cancel meanwhile)."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.uploads: list[int] = []
        self.fetches = 0

    def upload(self, data: bytes, *, seq: int) -> UploadResult:
        self.uploads.append(seq)
        self.started.set()
        self.release.wait(60)
        return UploadResult("accepted")

    def fetch_downlink(self, after: int) -> bytes | None:
        self.fetches += 1
        return None


def test_sync_now_shows_progress_and_cancel_stops_between_bundles(
        make_ctx: MakeContext, school: SchoolFixture, qtbot: QtBot) -> None:
    ctx, env = enrolled_ctx(make_ctx, school)
    build_pending_bundles(school.store, env.secrets, env.coordinator)  # bundle 1
    approved_plan(school.store, school)  # changes for bundle 2
    transport = GatedTransport()
    seen: list[str] = []

    def factory(url: str, keys: SchoolKeys) -> Transport:
        seen.append(url)
        return transport

    screen = open_screen(qtbot, ctx, SyncDialogs(), factory)
    click(qtbot, screen.sync_button)
    qtbot.waitUntil(transport.started.is_set)
    assert not screen.sync_button.isEnabled()  # one run at a time
    dialog = screen.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.labelText() == "Sūta sūtījumus pašvaldībai."
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Atcelt"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    transport.release.set()

    qtbot.waitUntil(lambda: "Sinhronizācija atcelta" in screen.message.text())
    assert seen == ["http://127.0.0.1:9"]  # the trust document's address
    assert transport.uploads == [1] and transport.fetches == 0
    qtbot.waitUntil(lambda: screen.bundles.rowCount() == 2)
    assert [cell(screen, r, 3) for r in (0, 1)] == [
        "izveidots, vēl nav nosūtīts", "nosūtīts, gaida apstiprinājumu"]
    assert screen.sync_button.isEnabled()


def test_an_unreachable_server_is_shown_as_the_service_sentence(
        make_ctx: MakeContext, school: SchoolFixture, qtbot: QtBot) -> None:
    ctx, _env = enrolled_ctx(make_ctx, school)

    def once(url: str, keys: SchoolKeys) -> Transport:
        return HttpTransport(url, school_id=keys.sender_id, signing_key=keys.signing,
                             attempts=1)

    screen = open_screen(qtbot, ctx, SyncDialogs(), once)
    click(qtbot, screen.sync_button)
    qtbot.waitUntil(screen.error.isVisible, timeout=30000)
    assert screen.error.text().startswith("Savienojums ar http://127.0.0.1:9: neizdevās")
    qtbot.waitUntil(lambda: "Pēdējā kļūda: Savienojums" in screen.summary.text())
    qtbot.waitUntil(lambda: cell(screen, 0, 3) == "izveidots, vēl nav nosūtīts")
    assert "nākamais mēģinājums" in cell(screen, 0, 4)


def test_without_a_key_store_or_the_right_role_nothing_runs(
        make_ctx: MakeContext, school: SchoolFixture, qtbot: QtBot) -> None:
    ctx = make_ctx("coordinator")  # opened without a key store
    asked: list[str] = []
    screen = open_screen(qtbot, ctx, SyncDialogs(
        save_file=lambda _w, title, _s: asked.append(title) or None))
    click(qtbot, screen.enrolment.request_button)
    assert "bez tās" in screen.error.text() and asked == []
    assert sync_status(school.store).enrolled is False

    teacher = SyncScreen(make_ctx("teacher"), SyncDialogs())
    qtbot.addWidget(teacher)
    assert teacher.reload() is None
    assert "paredzēts koordinatoram" in teacher.error.text()
    assert not teacher.enrolment.request_button.isEnabled()
