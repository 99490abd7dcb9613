"""The main window's menu bar and keyboard: File (lock now Ctrl+L, sign out, quit Ctrl+Q),
Edit (undo, redo, cut, copy, paste, select all — `edit_menu`), View (refresh F5, each screen
Ctrl+1…Ctrl+9), Help (about Pumpurs: version, database, user).

Locking and signing out belong to the work session (`app.ui.desktop`), so the window only
asks for them (`MainWindow.lock_requested`, `MainWindow.sign_out_requested`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from app import __version__
from app.formatting import format_datetime
from app.services.backup.reminder import last_backup_at
from app.ui.edit_menu import build_edit_menu
from app.ui.settings.labels import pmp_explained

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def _action(window: MainWindow, text: str, name: str, shortcut: str | None = None) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


def about_text(window: MainWindow) -> str:
    ctx = window.ctx
    path = str(ctx.store.path) if ctx.store.path else "—"
    return "\n".join([
        QCoreApplication.translate(
            "menus", "Pumpurs %1 — support for pupils at risk of leaving school early.")
        .replace("%1", __version__),
        QCoreApplication.translate("menus", "School: %1").replace("%1", ctx.school.name),
        QCoreApplication.translate("menus", "Database: %1").replace("%1", path),
        QCoreApplication.translate("menus", "Signed in: %1").replace("%1", ctx.actor.full_name),
        QCoreApplication.translate("menus", "Semester: %1").replace("%1", ctx.semester.label),
        ctx.key_store_note or QCoreApplication.translate(
            "menus", "The database key is kept in this computer's system keyring."),
        last_backup_text(window),
        window.sync_label.text(),
        pmp_explained(),
    ])


def last_backup_text(window: MainWindow) -> str:
    last = last_backup_at(window.ctx.store)  # one indexed read
    if last is None:
        return QCoreApplication.translate("menus", "Last backup: never")
    return QCoreApplication.translate("menus", "Last backup: %1").replace(
        "%1", format_datetime(last, window.ctx.lang))


def show_about(window: MainWindow) -> None:
    QMessageBox.about(window, QCoreApplication.translate("menus", "About Pumpurs"),
                      about_text(window))


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("menus", "&File"))
    lock = _action(window, QCoreApplication.translate("menus", "&Lock now"), "lock_now",
                   "Ctrl+L")
    lock.triggered.connect(window.lock_requested)
    sign_out = _action(window, QCoreApplication.translate("menus", "&Sign out"), "sign_out")
    sign_out.triggered.connect(window.sign_out_requested)
    quit_action = _action(window, QCoreApplication.translate("menus", "&Quit"), "quit",
                          "Ctrl+Q")
    quit_action.triggered.connect(window.close)
    file_menu.addActions([lock, sign_out])
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    bar.addMenu(build_edit_menu(window))
    view = bar.addMenu(QCoreApplication.translate("menus", "&View"))
    view.addAction(window.refresh_action)
    view.addSeparator()
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        go = QAction(item.text(), window)
        go.setObjectName(f"go_{window.screen_key(row)}")
        if row < 9:
            go.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        go.triggered.connect(lambda _checked=False, r=row: window.navigation.setCurrentRow(r))
        view.addAction(go)

    help_menu = bar.addMenu(QCoreApplication.translate("menus", "&Help"))
    about = _action(window, QCoreApplication.translate("menus", "&About Pumpurs"), "about")
    about.triggered.connect(lambda: show_about(window))
    help_menu.addAction(about)
    window.file_menu, window.view_menu, window.help_menu = file_menu, view, help_menu
