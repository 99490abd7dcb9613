"""Qt's own strings follow the UI language: the text field's context menu and the file
dialog's buttons are Latvian in the Latvian UI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


def test_the_text_field_context_menu_is_latvian(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setText("Anna")
    menu = field.createStandardContextMenu()
    texts = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]
    menu.deleteLater()
    assert "Kopēt" in texts and "Ielīmēt" in texts
    assert "Copy" not in texts and "Paste" not in texts


def test_file_dialog_words_are_latvian() -> None:
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"
