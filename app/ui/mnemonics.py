"""Alt+letter keys for every button, given out per window as KDE's accelerator manager does.

Translators do not have to place an "&" in each of hundreds of button texts, and two buttons
of one window never get the same letter. When a window or a screen of a stacked widget is
shown, each visible button (push buttons, check boxes, radio buttons) without a mnemonic gets
one: the first free letter that starts a word, else the first free letter of its text. The
letters the window already uses (the menu bar's "&Fails", texts written with "&") are kept.
Installed once on the application:

    mnemonics = Mnemonics(app)     # lives as long as the app
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QMenuBar, QStackedWidget, QToolButton, QWidget
from shiboken6 import isValid


def mnemonic_of(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a plain ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def with_mnemonic(text: str, used: set[str]) -> str:
    """`text` with an "&" before its best free letter (and that letter added to `used`)."""
    starts = [i for i, ch in enumerate(text)
              if ch.isalpha() and (i == 0 or not text[i - 1].isalpha())]
    others = [i for i, ch in enumerate(text) if ch.isalpha() and i not in starts]
    for i in starts + others:
        if text[i].lower() not in used:
            used.add(text[i].lower())
            return f"{text[:i]}&{text[i:]}"
    return text


def assign_mnemonics(window: QWidget) -> None:
    used: set[str] = set()
    for bar in window.findChildren(QMenuBar):
        used |= {m for a in bar.actions() if (m := mnemonic_of(a.text()))}
    buttons = [b for b in window.findChildren(QAbstractButton)
               if not isinstance(b, QToolButton) and b.text() and b.isVisibleTo(window)]
    used |= {m for b in buttons if (m := mnemonic_of(b.text()))}
    buttons.sort(key=lambda b: (b.mapTo(window, b.rect().topLeft()).y(),
                                b.mapTo(window, b.rect().topLeft()).x()))
    for button in buttons:
        text = button.text()
        if mnemonic_of(text) is None:
            button.setText(with_mnemonic(text, used))  # any "&" in it is already "&&"


class Mnemonics(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and (
                watched.isWindow() or isinstance(watched.parentWidget(), QStackedWidget)):
            window = watched.window()
            QTimer.singleShot(0, self, lambda: self._assign(window))
        return False

    @staticmethod
    def _assign(window: QWidget) -> None:
        if isValid(window):  # not closed and deleted in the meantime
            assign_mnemonics(window)
