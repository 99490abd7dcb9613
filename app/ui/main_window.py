"""The main window: navigation by task, the current screen, and a truthful status bar."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.models.enums import Role
from app.services.actor import Actor
from app.services.pupil_list import PupilListRow
from app.ui.pupils.pupils_screen import LoadRows, PupilsScreen
from app.ui.tasks import DatabaseWorker


class MainWindow(QMainWindow):
    def __init__(self, actor: Actor, school_name: str, semester_label: str,
                 worker: DatabaseWorker, load_pupils: LoadRows) -> None:
        super().__init__()
        self.actor, self.worker = actor, worker
        self.setWindowTitle(self.tr("Pumpurs — %1").replace("%1", school_name))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        self.screens = QStackedWidget()
        self.pupils = PupilsScreen(worker, load_pupils)
        if self._may_see_pupils():
            self._add_screen(self.tr("Pupils"), self.pupils)
        self.navigation.currentRowChanged.connect(self.screens.setCurrentIndex)
        centre = QWidget()
        layout = QHBoxLayout(centre)
        layout.addWidget(self.navigation)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(centre)
        role_names = {
            Role.TEACHER: self.tr("class teacher"), Role.SUPPORT: self.tr("support staff"),
            Role.COORDINATOR: self.tr("coordinator"), Role.DIRECTOR: self.tr("director"),
            Role.ADMIN: self.tr("administrator"),
        }
        roles = ", ".join(role_names[r] for r in sorted(actor.roles))
        bar = self.statusBar()
        self.user_label = QLabel(f"{actor.full_name} ({roles})")
        self.semester_label = QLabel(self.tr("Semester %1").replace("%1", semester_label))
        self.sync_label = QLabel(self.tr("Sync: not set up yet — data stays on this computer"))
        for widget in (self.user_label, self.semester_label, self.sync_label):
            bar.addPermanentWidget(widget)
        self.resize(1200, 760)
        if self.navigation.count():
            self.navigation.setCurrentRow(0)
            self.pupils.reload()

    def _may_see_pupils(self) -> bool:
        return self.actor.has(Role.TEACHER, Role.SUPPORT, Role.COORDINATOR, Role.DIRECTOR)

    def _add_screen(self, title: str, widget: QWidget) -> None:
        self.navigation.addItem(title)
        self.screens.addWidget(widget)

    def closeEvent(self, event: object) -> None:
        self.worker.wait()
        super().closeEvent(event)  # type: ignore[arg-type]


__all__ = ["MainWindow", "PupilListRow"]
