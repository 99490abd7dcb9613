"""Dialogs of Settings → Classes: a new class, a new name, the class teachers."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from app.models.enums import ProgrammeKind
from app.services.school import (
    ClassName,
    ClassRecord,
    add_class,
    rename_class,
    set_class_teachers,
)
from app.services.school.class_names import GENERAL_GRADES, VOCATIONAL_COURSES
from app.services.users.accounts import UserSummary
from app.ui.context import UiContext
from app.ui.settings.settings_dialog import SettingsDialog


class AddClassDialog(SettingsDialog):
    """General education: grade 1–12 and a letter; vocational: programme and course 1–4."""

    def __init__(self, ctx: UiContext, school_year: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.school_year = school_year
        self.setWindowTitle(self.tr("New class of %1").replace("%1", school_year))
        self.programme = QComboBox()
        self.programme.setObjectName("programme")
        self.programme.addItem(self.tr("General education class"), ProgrammeKind.GENERAL.value)
        self.programme.addItem(self.tr("Vocational group"), ProgrammeKind.VOCATIONAL.value)
        self.grade = QSpinBox()
        self.grade.setObjectName("grade")
        self.label = QLineEdit()
        self.label.setObjectName("label")
        self.final_grade = QSpinBox()
        self.final_grade.setObjectName("final_grade")
        self.add_row(self.tr("Kind"), "programme", self.programme)
        self.add_row(self.tr("Grade or course"), "grade", self.grade)
        self.add_row(self.tr("Letter or programme"), "label", self.label)
        self.add_row(self.tr("Graduates after grade or course"), "final_grade", self.final_grade)
        self.programme.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    def kind(self) -> ProgrammeKind:
        return ProgrammeKind(self.programme.currentData())

    def _kind_chosen(self) -> None:
        vocational = self.kind() is ProgrammeKind.VOCATIONAL
        grades = VOCATIONAL_COURSES if vocational else GENERAL_GRADES
        for spin in (self.grade, self.final_grade):
            spin.setRange(grades[0], grades[-1])
        self.final_grade.setValue(grades[-1])
        self.label.setPlaceholderText(self.tr("for example, Pavārs") if vocational
                                      else self.tr("for example, b"))

    def work(self) -> Callable[[], Any] | None:
        name = ClassName(self.kind(), self.grade.value(), self.label.text())
        store, actor, year, final = (self.ctx.store, self.ctx.actor, self.school_year,
                                     self.final_grade.value())
        return lambda: add_class(store, actor, year, name, final)


class RenameClassDialog(SettingsDialog):
    def __init__(self, ctx: UiContext, record: ClassRecord, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.record = record
        self.setWindowTitle(self.tr("Rename class %1").replace("%1", record.name))
        self.label = QLineEdit(record.label)
        self.label.setObjectName("label")
        self.add_row(self.tr("Letter or programme"), "label", self.label)

    def work(self) -> Callable[[], Any] | None:
        store, actor, class_id, label = (self.ctx.store, self.ctx.actor, self.record.id,
                                         self.label.text())
        return lambda: rename_class(store, actor, class_id, label)


class ClassTeachersDialog(SettingsDialog):
    """Tick the class teachers (active users with the role teacher)."""

    def __init__(self, ctx: UiContext, record: ClassRecord, teachers: list[UserSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.record = record
        self.setWindowTitle(self.tr("Class teachers of %1").replace("%1", record.name))
        self.list = QListWidget()
        self.list.setObjectName("teachers")
        chosen = {t.user_id for t in record.teachers}
        for user in teachers:
            item = QListWidgetItem(user.full_name)
            item.setData(Qt.ItemDataRole.UserRole, str(user.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if user.id in chosen
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.add_row(self.tr("Class teachers"), "teachers", self.list)

    def check(self, full_name: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.text() == full_name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def work(self) -> Callable[[], Any] | None:
        ids = [uuid.UUID(self.list.item(i).data(Qt.ItemDataRole.UserRole))
               for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Checked]
        store, actor, class_id = self.ctx.store, self.ctx.actor, self.record.id
        return lambda: set_class_teachers(store, actor, class_id, ids)
