"""Shared by several test modules: W, _click, _create,
_fill_school_and_admin, _finish, _wizard."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from app.ui.first_run.wizard import FirstRunWizard
from app.ui.pdf_export import PdfFiles
from tests.builders.ui_keys import type_text

W = QWizard.WizardButton


def _wizard(qtbot: QtBot, path: Path, backend: KeyringBackend,
            pdf_files: PdfFiles | None = None) -> FirstRunWizard:
    wizard = FirstRunWizard("lv", default_path=path, keyring_backend=backend,
                            today=date(2026, 11, 23), pdf_files=pdf_files)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _click(qtbot: QtBot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _fill_school_and_admin(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _click(qtbot, wizard, W.NextButton)
    page = wizard.school_page
    assert wizard.currentPage() is page
    type_text(page.name, "Rucavas pamatskola")
    type_text(page.registration_number, "4112900456")
    type_text(page.municipality, "Dienvidkurzemes novads")
    _click(qtbot, wizard, W.NextButton)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    type_text(admin.username, "ilze.admin")
    type_text(admin.full_name, "Ilze Bērziņa")
    type_text(admin.password, "pavasaris-2026")
    type_text(admin.confirm, "pavasaris-2026")
    _click(qtbot, wizard, W.NextButton)
    assert wizard.currentPage() is wizard.location_page


def _create(qtbot: QtBot, wizard: FirstRunWizard) -> str:
    """Commit the location page; wait for the database; the recovery key shown."""
    _click(qtbot, wizard, W.CommitButton)
    page = wizard.create_page
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: wizard.created is not None or bool(page.error.text()))
    assert page.error.text() == ""
    key = page.recovery_key.text()
    assert re.fullmatch(r"([A-Z2-7]{4}-){13}[A-Z2-7]{4}", key)
    return key


def _finish(qtbot: QtBot, wizard: FirstRunWizard) -> str:
    key = _create(qtbot, wizard)
    page = wizard.create_page
    assert page.recovery_key.isVisible() and page.recovery_key.font().pointSize() >= 16
    finish = wizard.button(W.FinishButton)
    assert not finish.isEnabled()
    assert not wizard.button(W.CancelButton).isEnabled()
    wizard.reject()  # Escape or the window's close button: refused until the key is stored
    assert wizard.isVisible()
    qtbot.mouseClick(page.copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == key
    page.stored.click()
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    return key
