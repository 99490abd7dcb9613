"""The main window: navigation by task, the current screen, and a truthful status bar.

Only the screens the signed-in person's roles may use are shown (the services refuse the
rest anyway). Screens are built lazily the first time they are opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.models.enums import Role
from app.services.pupil_list import pupil_list
from app.services.rbac import Permission, can
from app.ui.context import UiContext
from app.ui.pupils.pupils_screen import PupilsScreen

ScreenFactory = Callable[[UiContext], QWidget]


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pumpurs — %1").replace("%1", ctx.school.name))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.screens = QStackedWidget()
        self._factories: list[ScreenFactory] = []
        self._built: dict[int, QWidget] = {}
        for title, permission, factory in self._entries():
            if can(ctx.actor, permission):
                self.navigation.addItem(title)
                self._factories.append(factory)
                self.screens.addWidget(QWidget())
        self.navigation.currentRowChanged.connect(self.open_screen)
        centre = QWidget()
        layout = QHBoxLayout(centre)
        layout.addWidget(self.navigation)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(centre)
        self._status_bar()
        self.resize(1280, 800)
        if self.navigation.count():
            self.navigation.setCurrentRow(0)

    def _entries(self) -> list[tuple[str, Permission, ScreenFactory]]:
        return [
            (self.tr("Pupils"), Permission.STUDENT_VIEW, self._pupils),
        ]

    def _pupils(self, ctx: UiContext) -> QWidget:
        screen = PupilsScreen(ctx.worker, lambda: pupil_list(ctx.store, ctx.actor,
                                                             ctx.semester.id))
        screen.reload()
        return screen

    def open_screen(self, row: int) -> None:
        if row < 0:
            return
        if row not in self._built:
            widget = self._factories[row](self.ctx)
            old = self.screens.widget(row)
            self.screens.insertWidget(row, widget)
            if old is not None:
                self.screens.removeWidget(old)
                old.deleteLater()
            self._built[row] = widget
        self.screens.setCurrentIndex(row)

    def screen_at(self, row: int) -> QWidget:
        self.open_screen(row)
        return self._built[row]

    def _status_bar(self) -> None:
        role_names = {
            Role.TEACHER: self.tr("class teacher"), Role.SUPPORT: self.tr("support staff"),
            Role.COORDINATOR: self.tr("coordinator"), Role.DIRECTOR: self.tr("director"),
            Role.ADMIN: self.tr("administrator"),
        }
        roles = ", ".join(role_names[r] for r in sorted(self.ctx.actor.roles))
        bar = self.statusBar()
        self.user_label = QLabel(f"{self.ctx.actor.full_name} ({roles})")
        self.semester_label = QLabel(
            self.tr("Semester %1").replace("%1", self.ctx.semester.label))
        self.sync_label = QLabel(self.tr("Sync: not set up yet — data stays on this computer"))
        for widget in (self.user_label, self.semester_label, self.sync_label):
            bar.addPermanentWidget(widget)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.worker.wait()
        super().closeEvent(event)
