"""The questions the Sync screen asks a person: files, a folder, a confirmation.

Each is a plain callable so tests hand in answers instead of opening modal dialogs (a modal
loop would block an offscreen test). The defaults use Qt's standard dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.ui.pdf_export import documents_dir

SaveFile = Callable[[QWidget, str, str], Path | None]  # parent, title, suggested name
OpenFile = Callable[[QWidget, str], Path | None]
OpenFiles = Callable[[QWidget, str], list[Path]]
ChooseFolder = Callable[[QWidget, str], Path | None]
Confirm = Callable[[QWidget, str], bool]

FILTER = "Pumpurs (*.pumpurs);;* (*)"


def _save_file(parent: QWidget, title: str, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(documents_dir() / suggested),
                                          FILTER)
    return Path(name) if name else None


def _open_file(parent: QWidget, title: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(documents_dir()), FILTER)
    return Path(name) if name else None


def _open_files(parent: QWidget, title: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(documents_dir()), FILTER)
    return [Path(n) for n in names]


def _choose_folder(parent: QWidget, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(documents_dir()))
    return Path(name) if name else None


def _confirm(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, "Pumpurs", text)
    return answer == QMessageBox.StandardButton.Yes


@dataclass
class SyncDialogs:
    save_file: SaveFile = _save_file
    open_file: OpenFile = _open_file
    open_files: OpenFiles = _open_files
    choose_folder: ChooseFolder = _choose_folder
    confirm: Confirm = _confirm
