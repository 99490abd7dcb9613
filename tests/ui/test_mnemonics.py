"""Mnemonics: every visible button of a window gets its own Alt+letter, word starts first,
the menu bar's letters and a translator's own "&" kept; Alt+letter presses the button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMainWindow, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.mnemonics import Mnemonics, mnemonic_of, with_mnemonic


def test_letters_are_chosen_word_starts_first_and_never_twice() -> None:
    used: set[str] = set()
    assert with_mnemonic("Saglabāt", used) == "&Saglabāt"
    assert with_mnemonic("Saglabāt un aizvērt", used) == "Saglabāt &un aizvērt"
    assert with_mnemonic("Atcelt", used) == "&Atcelt"
    assert with_mnemonic("Aizvērt", used) == "A&izvērt"
    assert with_mnemonic("Ziņas && jaunumi", used) == "&Ziņas && jaunumi"
    assert mnemonic_of("Ziņas && jaunumi") is None and mnemonic_of("&Fails") == "f"
    assert with_mnemonic("123", used) == "123"  # no letter: left as it is


def test_a_shown_window_gets_them_and_alt_letter_clicks(qtbot: QtBot, qapp: object) -> None:
    mnemonics = Mnemonics(qapp)  # type: ignore[arg-type]
    window = QMainWindow()
    window.menuBar().addMenu("&Skats")
    page = QWidget()
    box = QVBoxLayout(page)
    save, cancel, show = QPushButton("Saglabāt"), QPushButton("&Atcelt"), QPushButton("Skatīt")
    hidden, check = QPushButton("Slēpts"), QCheckBox("Sūtīt e-pastu")
    for widget in (save, cancel, show, hidden, check):
        box.addWidget(widget)
    window.setCentralWidget(page)
    hidden.hide()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "&" in save.text())
    texts = [b.text() for b in (save, cancel, show, check)]
    # "S" belongs to the menu, "A" to the translator's "&Atcelt"; top to bottom after that
    assert texts == ["Sa&glabāt", "&Atcelt", "S&katīt", "Sūtīt &e-pastu"]
    assert hidden.text() == "Slēpts"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(cancel.clicked, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    mnemonics.deleteLater()
