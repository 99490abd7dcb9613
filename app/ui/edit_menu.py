"""The Edit menu: undo, redo, cut, copy, paste and select all on whatever has the focus — a
text field, a text box, a number field — and Copy on a list or table copies its selected
rows as tab-separated text (to paste into a spreadsheet or a letter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

EDITS = ("undo", "redo", "cut", "copy", "paste", "selectAll")


def _target(widget: QWidget | None) -> QWidget | None:
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget
    return None


def selected_rows_text(view: QAbstractItemView) -> str:
    """The selected rows, each cell's shown text, tab-separated, one line per row."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None:
        return ""
    rows = sorted({i.row() for i in selection.selectedIndexes()})
    return "\n".join("\t".join(str(model.data(model.index(r, c, QModelIndex())) or "")
                               for c in range(model.columnCount()))
                     for r in rows)


def edit(name: str) -> None:
    """Do `name` ("copy", "paste"…) on the widget that has the focus."""
    focus = QApplication.focusWidget()
    target = _target(focus)
    if target is not None:
        getattr(target, name)()
    elif name == "copy" and isinstance(focus, QAbstractItemView):
        text = selected_rows_text(focus)
        if text:
            QGuiApplication.clipboard().setText(text)
    elif name == "selectAll" and isinstance(focus, QAbstractItemView):
        focus.selectAll()


def _labels() -> dict[str, tuple[str, QKeySequence.StandardKey]]:
    key, translate = QKeySequence.StandardKey, QCoreApplication.translate
    return {
        "undo": (translate("menus", "&Undo"), key.Undo),
        "redo": (translate("menus", "&Redo"), key.Redo),
        "cut": (translate("menus", "Cu&t"), key.Cut),
        "copy": (translate("menus", "&Copy"), key.Copy),
        "paste": (translate("menus", "&Paste"), key.Paste),
        "selectAll": (translate("menus", "Select &all"), key.SelectAll),
    }


def build_edit_menu(window: MainWindow) -> QMenu:
    menu = QMenu(QCoreApplication.translate("menus", "&Edit"), window)
    for name, (text, shortcut) in _labels().items():
        action = QAction(text, window)
        action.setObjectName(f"edit_{name}")
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, n=name: edit(n))
        menu.addAction(action)
        if name == "redo":
            menu.addSeparator()
    return menu
