"""The first-run wizard, walked page by page as a person does, creating a real encrypted file."""

from __future__ import annotations

import re
from pathlib import Path

from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from app.models.database import open_school_database, recover_database_key
from app.secrets import KeyringSecretStore, PassphraseFileSecretStore
from app.services.core.store import Store
from app.services.school.calendar import school_info
from app.services.users import auth
from app.ui.first_run.wizard import FirstRunWizard, run_first_run
from app.ui.pdf_export import PdfFiles
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.reports import pdf_text
from tests.builders.ui_first_run import W, _click, _create, _fill_school_and_admin, _finish, _wizard
from tests.builders.ui_keys import type_text


def test_wizard_creates_the_school_with_the_system_key_store(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    ring = MemoryKeyring()
    path = tmp_path / "dati" / "pumpurs.db"
    wizard = _wizard(qtbot, path, ring)
    _fill_school_and_admin(qtbot, wizard)
    location = wizard.location_page
    assert location.path.text() == str(path)
    assert "sistēmas atslēgu glabātuvē" in location.key_note.text()
    assert not location.passphrase_box.isVisible()
    key = _finish(qtbot, wizard)
    assert "Rucavas pamatskola" in wizard.create_page.summary.text()
    assert "ilze.admin" in wizard.create_page.summary.text()

    store = Store(open_school_database(path, KeyringSecretStore(ring)))
    try:
        info = school_info(store)
        assert (info.name, info.registration_number) == ("Rucavas pamatskola", "4112900456")
        assert auth.sign_in(store, "ilze.admin", "pavasaris-2026").full_name == "Ilze Bērziņa"
    finally:
        store.close()
    other = KeyringSecretStore(MemoryKeyring())  # a new computer: the recovery key opens it
    recover_database_key(path, other, key)
    Store(open_school_database(path, other)).close()


def test_each_page_shows_its_problems_under_the_fields(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path / "pumpurs.db", MemoryKeyring())
    _click(qtbot, wizard, W.NextButton)
    page = wizard.school_page
    type_text(page.registration_number, "41129")
    _click(qtbot, wizard, W.NextButton)
    assert wizard.currentPage() is page
    assert page.errors.message("name").startswith("Skolas nosaukums: šis lauks ir obligāts")
    assert "ievadīto ciparu skaits ir 5" in page.errors.message("registration_number")
    assert page.errors.message("municipality").startswith("Pašvaldība:")
    type_text(page.name, "Rucavas pamatskola")
    type_text(page.registration_number, "00456")
    type_text(page.municipality, "Dienvidkurzemes novads")
    _click(qtbot, wizard, W.NextButton)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    type_text(admin.username, "ilze.admin")
    type_text(admin.full_name, "Ilze Bērziņa")
    type_text(admin.password, "pavasaris-2026")
    type_text(admin.confirm, "pavasaris-2025")
    _click(qtbot, wizard, W.NextButton)
    assert wizard.currentPage() is admin
    assert admin.errors.message("password_confirm").startswith("Paroles apstiprinājums:")
    assert admin.errors.message("username") == ""
    assert not (tmp_path / "pumpurs.db").exists()


def test_an_existing_file_is_never_overwritten(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "pumpurs.db"
    path.write_bytes(b"someone else's file")
    wizard = _wizard(qtbot, path, MemoryKeyring())
    _fill_school_and_admin(qtbot, wizard)
    _click(qtbot, wizard, W.CommitButton)
    assert wizard.currentPage() is wizard.location_page
    assert "jau pastāv" in wizard.location_page.error.text()
    assert path.read_bytes() == b"someone else's file"


def test_without_a_key_store_a_passphrase_protects_the_key_file(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "pumpurs.db"
    wizard = _wizard(qtbot, path, fail.Keyring())
    _fill_school_and_admin(qtbot, wizard)
    location = wizard.location_page
    assert location.passphrase_box.isVisible()
    assert f"{path}.keys" in location.key_note.text()
    type_text(location.passphrase, "ziema")
    _click(qtbot, wizard, W.CommitButton)
    assert "vismaz 10 rakstzīmes" in location.error.text()
    type_text(location.passphrase, "-ir-auksta")
    type_text(location.passphrase_confirm, "ziema-ir-silta")
    _click(qtbot, wizard, W.CommitButton)
    assert "nesakrīt" in location.error.text()
    location.passphrase_confirm.clear()
    type_text(location.passphrase_confirm, "ziema-ir-auksta")
    _finish(qtbot, wizard)
    secrets = PassphraseFileSecretStore(Path(f"{path}.keys"), "ziema-ir-auksta")
    store = Store(open_school_database(path, secrets))
    try:
        assert school_info(store).municipality == "Dienvidkurzemes novads"
    finally:
        store.close()


def test_choosing_english_reopens_the_wizard_in_english(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path / "pumpurs.db", MemoryKeyring())
    wizard.welcome_page.language.setCurrentIndex(1)
    assert wizard.requested_language == "en"
    assert not wizard.isVisible()


def test_run_first_run_reopens_in_the_chosen_language_until_cancelled(
        qapp: QApplication, tmp_path: Path) -> None:
    seen: list[FirstRunWizard] = []

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, FirstRunWizard) or wizard in seen:
            QTimer.singleShot(10, drive)  # the next wizard is not open yet
            return
        seen.append(wizard)
        if len(seen) == 1:
            wizard.welcome_page.language.setCurrentIndex(1)  # English: closes and re-opens
            QTimer.singleShot(10, drive)
        else:
            wizard.reject()

    QTimer.singleShot(0, drive)
    outcome = run_first_run(qapp, "lv", default_path=tmp_path / "pumpurs.db",
                            keyring_backend=MemoryKeyring())
    assert outcome is None
    assert [w.lang for w in seen] == ["lv", "en"]
    assert seen[1].school_page.errors.lang == "en"  # field messages in English too
    assert not (tmp_path / "pumpurs.db").exists()


class SheetFiles:
    """The "Save as" dialog answers `chosen`; opened files are remembered, not opened."""

    def __init__(self, chosen: Path) -> None:
        self.chosen = chosen
        self.asked: list[tuple[str, Path]] = []
        self.opened: list[Path] = []

    def choose(self, _parent: object, title: str, suggested: Path) -> Path:
        self.asked.append((title, suggested))
        return self.chosen

    def pdf_files(self) -> PdfFiles:
        return PdfFiles(choose_file=self.choose, open_path=self.opened.append)


def test_the_recovery_key_sheet_is_saved_as_a_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    files = SheetFiles(tmp_path / "papīrs" / "atslēga")  # no ".pdf": it is added
    path = tmp_path / "pumpurs.db"
    wizard = _wizard(qtbot, path, MemoryKeyring(), files.pdf_files())
    _fill_school_and_admin(qtbot, wizard)
    key = _create(qtbot, wizard)
    page = wizard.create_page
    button = page.sheet_button
    assert button.isVisible() and button.text() == "Saglabāt atkopšanas atslēgas lapu (PDF)…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sheet_status.isVisible())
    written = tmp_path / "papīrs" / "atslēga.pdf"
    assert page.sheet_status.text() == (
        f"Saglabāts: {written} — izdrukājiet to un glabājiet drošā vietā.")
    assert files.opened == [written] and button.isEnabled()
    title, suggested = files.asked[0]
    assert title == "Saglabāt atkopšanas atslēgas lapu"
    assert suggested.name == "Atkopšanas_atslēga_Rucavas_pamatskola.pdf"
    text = pdf_text(written.read_bytes(), tmp_path, "lasa.pdf")
    flat = " ".join(text.split())
    assert "Datubāzes atkopšanas atslēga" in text
    assert "Izglītības iestāde: Rucavas pamatskola" in flat
    assert f"Datubāzes datne: {path}" in flat
    printed = re.findall(r"\b[A-Z2-7]{4}\b", text.split("Atkopšanas atslēga", 2)[-1])
    assert printed[:14] == key.split("-")
    # saving the sheet is not confirming the key is stored: Finish still waits for the tick
    assert not wizard.button(W.FinishButton).isEnabled()
    assert not wizard.button(W.CancelButton).isEnabled()
    page.stored.click()
    qtbot.mouseClick(wizard.button(W.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_a_sheet_that_cannot_be_written_is_named_and_the_key_stays_shown(
        qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "nav-mape"
    blocker.write_text("a file where the folder should be")
    files = SheetFiles(blocker / "atslēga.pdf")
    wizard = _wizard(qtbot, tmp_path / "pumpurs.db", MemoryKeyring(), files.pdf_files())
    _fill_school_and_admin(qtbot, wizard)
    key = _create(qtbot, wizard)
    page = wizard.create_page
    qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sheet_status.isVisible())
    assert page.sheet_status.text().startswith("Atkopšanas atslēgas lapa netika saglabāta: ")
    assert files.opened == [] and page.sheet_button.isEnabled()
    assert page.recovery_key.text() == key and page.recovery_key.isVisible()
    assert blocker.read_text() == "a file where the folder should be"
    assert not wizard.button(W.FinishButton).isEnabled()
