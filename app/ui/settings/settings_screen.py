"""The Settings screen: only the tabs the signed-in person's roles may use.

- Users, School, Data retention: the administrator (`Permission.USER_MANAGE`,
  `SCHOOL_SETTINGS`);
- Classes: the administrator and the coordinator (`Permission.CLASS_MANAGE`);
- Catalogue (support measures, risk signs, ABC thresholds): the coordinator
  (`Permission.CATALOGUE_EDIT`);
- School year (semesters, opening the next year): the coordinator (`Permission.YEAR_OPEN`);
- Backup ("Back up now" into a folder): the director and the administrator
  (`Permission.BACKUP_CREATE`).
Anyone else sees one sentence and nothing of the settings. The lead connects
`idle_lock_changed` to `IdleLock.set_minutes`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.services.core.rbac import Permission, can
from app.services.school.calendar import SchoolInfo
from app.ui.context import UiContext
from app.ui.settings.backup_tab import BackupTab
from app.ui.settings.catalogue_tab import CatalogueTab
from app.ui.settings.classes_tab import ClassesTab
from app.ui.settings.rates_tab import RatesTab
from app.ui.settings.retention_tab import RetentionTab
from app.ui.settings.school_tab import SchoolTab
from app.ui.settings.users_tab import UsersTab
from app.ui.settings.year_tab import YearTab
from app.ui.students.questions import Confirm, ask_yes_no


class SettingsScreen(QWidget):
    idle_lock_changed = Signal(int)
    school_changed = Signal(object)  # SchoolInfo

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 confirm: Confirm = ask_yes_no) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.users_tab: UsersTab | None = None
        self.school_tab: SchoolTab | None = None
        self.catalogue_tab: CatalogueTab | None = None
        self.rates_tab: RatesTab | None = None  # the catalogue's support measures
        self.classes_tab: ClassesTab | None = None
        self.year_tab: YearTab | None = None
        self.backup_tab: BackupTab | None = None
        self.retention_tab: RetentionTab | None = None
        if can(ctx.actor, Permission.USER_MANAGE):
            self.users_tab = UsersTab(ctx)
            self.tabs.addTab(self.users_tab, self.tr("Users"))
        if can(ctx.actor, Permission.SCHOOL_SETTINGS):
            self.school_tab = SchoolTab(ctx)
            self.school_tab.school_changed.connect(self._school_saved)
            self.tabs.addTab(self.school_tab, self.tr("School"))
            self.retention_tab = RetentionTab(ctx, confirm=confirm)
            self.tabs.addTab(self.retention_tab, self.tr("Data retention"))
        if can(ctx.actor, Permission.CLASS_MANAGE):
            self.classes_tab = ClassesTab(ctx, confirm)
            self.tabs.addTab(self.classes_tab, self.tr("Classes"))
        if can(ctx.actor, Permission.CATALOGUE_EDIT):
            self.catalogue_tab = CatalogueTab(ctx)
            self.rates_tab = self.catalogue_tab.measures
            self.tabs.addTab(self.catalogue_tab, self.tr("Catalogue"))
        if can(ctx.actor, Permission.YEAR_OPEN):
            self.year_tab = YearTab(ctx, confirm)
            self.tabs.addTab(self.year_tab, self.tr("School year"))
        if can(ctx.actor, Permission.BACKUP_CREATE):
            self.backup_tab = BackupTab(ctx)
            self.tabs.addTab(self.backup_tab, self.tr("Backup"))
        layout = QVBoxLayout(self)
        self.nothing = QLabel(self.tr("There are no settings that your role may change."))
        self.nothing.setObjectName("no_settings")
        layout.addWidget(self.nothing)
        layout.addWidget(self.tabs)
        self.nothing.setVisible(self.tabs.count() == 0)
        self.tabs.setVisible(self.tabs.count() > 0)
        self.reload()

    def reload(self) -> None:
        for tab in (self.users_tab, self.school_tab, self.classes_tab, self.catalogue_tab,
                    self.year_tab, self.retention_tab):
            if tab is not None:
                tab.load()

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def _school_saved(self, info: SchoolInfo) -> None:
        self.idle_lock_changed.emit(info.idle_lock_minutes)
        self.school_changed.emit(info)
