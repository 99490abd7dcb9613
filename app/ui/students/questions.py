"""Questions put to the person (confirm, save or discard), injectable so tests can answer.

Widgets take a `Confirm` / `AskUnsaved` callable in their constructor and default to these
message boxes; a test passes a lambda instead, so no modal loop ever blocks it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

Confirm = Callable[[QWidget, str], bool]


class UnsavedChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


AskUnsaved = Callable[[QWidget, str], UnsavedChoice]


def ask_yes_no(parent: QWidget, text: str) -> bool:
    """Yes or No; No is the default, so Enter never confirms by accident."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, "Pumpurs", text, buttons, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QApplication.translate("questions", "Yes"))
    box.button(QMessageBox.StandardButton.No).setText(
        QApplication.translate("questions", "No"))
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget, text: str) -> UnsavedChoice:
    """Save, Discard or Cancel for a window that holds unsaved edits."""
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    box = QMessageBox(QMessageBox.Icon.Warning, "Pumpurs", text, buttons, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.button(QMessageBox.StandardButton.Save).setText(
        QApplication.translate("questions", "Save"))
    box.button(QMessageBox.StandardButton.Discard).setText(
        QApplication.translate("questions", "Discard"))
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QApplication.translate("questions", "Cancel"))
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return UnsavedChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL
