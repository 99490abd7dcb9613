"""The main window: navigation by task, the current screen, and a truthful status bar.

Only the screens the signed-in person's roles may use are shown (the services refuse the
rest anyway). Screens are built lazily the first time they are opened, and their modules are
imported only then (reportlab, httpx and the like stay out of start-up). Pupil cards are
owned by the Pupils screen; other screens ask the window to open one (`open_pupil`).

Screens reload by themselves when data they show changed anywhere in the app (`ctx.changes`,
app.ui.data_changes); F5 ("Refresh") reloads the current screen and the sync state on demand.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from app.services.core.actor import Actor
from app.services.core.rbac import Permission, can
from app.ui.context import UiContext
from app.ui.menus import build_menus
from app.ui.settings.labels import SettingsLabels, pmp_explained
from app.ui.student_card.tabs import card_tabs
from app.ui.students.students_screen import StudentsScreen, students_screen
from app.ui.sync_status_bar import SyncStatusLabel

ScreenFactory = Callable[[UiContext], QWidget]
Allowed = Callable[[Actor], bool]


@runtime_checkable
class Reloadable(Protocol):
    """A screen that can read its data again (every screen of the window is one)."""

    def reload(self) -> object: ...


def _allowed(*permissions: Permission) -> Allowed:
    return lambda actor: any(can(actor, p) for p in permissions)


class MainWindow(QMainWindow):
    idle_lock_changed = Signal(int)
    lock_requested = Signal()  # File → Lock now (Ctrl+L)
    sign_out_requested = Signal()  # File → Sign out

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pumpurs — %1").replace("%1", ctx.school.name))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setFixedWidth(200)
        self.screens = QStackedWidget()
        self._factories: list[ScreenFactory] = []
        self._keys: list[str] = []
        self._built: dict[int, QWidget] = {}
        for key, title, allowed, factory in self._entries():
            if allowed(ctx.actor):
                self.navigation.addItem(title)
                self._keys.append(key)
                self._factories.append(factory)
                self.screens.addWidget(QWidget())
        self.navigation.currentRowChanged.connect(self.open_screen)
        centre = QWidget()
        layout = QHBoxLayout(centre)
        layout.addWidget(self.navigation)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(centre)
        self._status_bar()
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setObjectName("refresh")
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.reload_current)
        self.addAction(self.refresh_action)
        self.file_menu: QMenu | None = None
        self.view_menu: QMenu | None = None
        self.help_menu: QMenu | None = None
        build_menus(self)
        self.resize(1280, 800)
        if self.navigation.count():
            self.navigation.setCurrentRow(0)

    def _entries(self) -> list[tuple[str, str, Allowed, ScreenFactory]]:
        return [
            ("home", self.tr("My work"), lambda _actor: True, self._home),
            ("pupils", self.tr("Pupils"), _allowed(Permission.STUDENT_VIEW), self._students),
            ("plans", self.tr("Plans"), _allowed(Permission.PLAN_VIEW), self._plans),
            ("consultations", self.tr("Consultations"), _allowed(Permission.CONSULTATION_LOG),
             self._consultations),
            ("approvals", self.tr("Approvals"), _allowed(Permission.PLAN_APPROVE),
             self._approvals),
            ("reports", self.tr("Reports"), _allowed(Permission.REPORT_VIEW), self._reports),
            ("sync", self.tr("Sync"), _allowed(Permission.SYNC_RUN), self._sync),
            ("audit", self.tr("Audit trail"), _allowed(Permission.AUDIT_VIEW), self._audit),
            ("settings", self.tr("Settings"),
             _allowed(Permission.USER_MANAGE, Permission.CATALOGUE_EDIT,
                      Permission.BACKUP_CREATE), self._settings),
        ]

    def _home(self, ctx: UiContext) -> QWidget:
        from app.ui.home.my_work_screen import MyWorkScreen

        screen = MyWorkScreen(ctx)
        screen.open_student.connect(self.open_student)
        screen.open_screen.connect(self.show_screen)
        screen.reload()
        return screen

    def show_screen(self, key: str) -> None:
        """Go to the screen named `key` (when this person has it)."""
        row = self.row_of(key)
        if row >= 0:
            self.navigation.setCurrentRow(row)

    def _students(self, ctx: UiContext) -> QWidget:
        return students_screen(ctx, tab_factories=card_tabs(ctx))

    def _plans(self, ctx: UiContext) -> QWidget:
        from app.ui.plans.plans_screen import PlansScreen

        screen = PlansScreen(ctx)
        screen.open_student.connect(self.open_student)
        screen.reload()
        return screen

    def _consultations(self, ctx: UiContext) -> QWidget:
        from app.ui.consultations.consultations_screen import ConsultationsScreen

        screen = ConsultationsScreen(ctx)
        screen.open_student.connect(self.open_student)
        screen.reload()
        return screen

    def _approvals(self, ctx: UiContext) -> QWidget:
        from app.ui.approvals.approvals_screen import ApprovalsScreen

        screen = ApprovalsScreen(ctx)
        screen.reload()
        return screen

    def _reports(self, ctx: UiContext) -> QWidget:
        from app.ui.reports.reports_screen import ReportsScreen

        screen = ReportsScreen(ctx)
        screen.reload()
        return screen

    def _audit(self, ctx: UiContext) -> QWidget:
        from app.ui.audit.audit_screen import AuditScreen

        screen = AuditScreen(ctx)  # checks the chain whenever it is shown
        screen.reload()
        return screen

    def _settings(self, ctx: UiContext) -> QWidget:
        from app.ui.settings.settings_screen import SettingsScreen

        screen = SettingsScreen(ctx)
        screen.idle_lock_changed.connect(self.idle_lock_changed)
        return screen

    def _sync(self, ctx: UiContext) -> QWidget:
        from app.ui.sync.sync_screen import SyncScreen

        screen = SyncScreen(ctx)
        screen.changed.connect(self.sync_label.refresh)
        screen.reload()
        return screen

    def screen_key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, key: str) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def _build(self, row: int) -> None:
        """Replace the placeholder at `row` with the real screen, once."""
        if row in self._built:
            return
        widget = self._factories[row](self.ctx)
        old = self.screens.widget(row)
        self.screens.insertWidget(row, widget)
        if old is not None:
            self.screens.removeWidget(old)
            old.deleteLater()
        self._built[row] = widget

    def open_screen(self, row: int) -> None:
        if row < 0:
            return
        self._build(row)
        self.screens.setCurrentIndex(row)

    def reload_current(self) -> None:
        """F5: the current screen reads its data again, and the status bar the sync state."""
        screen = self._built.get(self.screens.currentIndex())
        if isinstance(screen, Reloadable):
            screen.reload()
        self.sync_label.refresh()

    def screen_at(self, row: int) -> QWidget:
        self.open_screen(row)
        return self._built[row]

    def open_student(self, student_id: uuid.UUID) -> None:
        """Open the pupil's card (from any screen) through the Pupils screen that owns it."""
        row = self.row_of("pupils")
        if row < 0:
            return
        self._build(row)
        screen = self._built[row]
        if isinstance(screen, StudentsScreen):
            screen.open_student(student_id)

    def _status_bar(self) -> None:
        roles = SettingsLabels().roles(tuple(sorted(self.ctx.actor.roles)),
                                      self.ctx.actor.full_name)
        bar = self.statusBar()
        self.user_label = QLabel(f"{self.ctx.actor.full_name} ({roles})")
        self.user_label.setToolTip(pmp_explained())
        self.semester_label = QLabel(
            self.tr("Semester %1").replace("%1", self.ctx.semester.label))
        self.sync_label = SyncStatusLabel(self.ctx)  # refreshed in the background
        for widget in (self.user_label, self.semester_label, self.sync_label):
            bar.addPermanentWidget(widget)
        self.sync_label.refresh()

    def close_cards(self) -> bool:
        """Close every open pupil card; False if one keeps unsaved edits (the person chose)."""
        row = self.row_of("pupils")
        screen = self._built.get(row)
        return not isinstance(screen, StudentsScreen) or screen.close_cards()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_cards():
            event.ignore()
            return
        self.ctx.shutdown()
        super().closeEvent(event)
