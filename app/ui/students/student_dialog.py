"""Adding or editing a pupil: names, class, personal code, birth date, parents or guardians.

Problems the service finds appear under their fields; a possible duplicate asks "Save
anyway?"; Cancel (or Esc, or closing the window) with unsaved edits asks before discarding.
Loading and saving run on the database worker, so the window never freezes.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError, Conflict, FieldProblem, ValidationError
from app.services.school.classes import ClassInfo, list_classes
from app.services.students.query import get_student
from app.services.students.registry import StudentInput, StudentView, create_student, update_student
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.dates import qdate
from app.ui.field_form import FieldForm
from app.ui.form_errors import FormErrors
from app.ui.students.guardians_table import GuardiansTable
from app.ui.students.questions import Confirm, ask_yes_no
from app.ui.tasks import Op

DUPLICATE = "students.possible_duplicate."
CODE_CONFLICT = "students.personal_code."


class StudentDialog(QDialog):
    saved = Signal(object)  # StudentView
    loaded = Signal()

    def __init__(self, ctx: UiContext, student_id: uuid.UUID | None = None,
                 parent: QWidget | None = None, *, confirm: Confirm = ask_yes_no) -> None:
        super().__init__(parent)
        self.ctx, self.student_id, self._confirm = ctx, student_id, confirm
        self.setWindowTitle(self.tr("Add pupil") if student_id is None else self.tr("Edit pupil"))
        self.errors = FormErrors(ctx.lang)
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.first_name.setObjectName("first_name")
        self.last_name.setObjectName("last_name")
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("class")
        self.personal_code = QLineEdit()
        self.personal_code.setObjectName("personal_code")
        self.personal_code.setPlaceholderText(self.tr("optional, e.g. 010115-21234"))
        self.birth_known = QCheckBox(self.tr("known"))
        self.birth_date = QDateEdit()
        self.birth_date.setObjectName("birth_date")
        self.birth_date.setDisplayFormat("dd.MM.yyyy")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDate(QDate(date.today().year - 10, 1, 1))
        self.birth_date.setEnabled(False)
        self.birth_known.toggled.connect(self.birth_date.setEnabled)
        birth = QWidget()
        birth_row = QHBoxLayout(birth)
        birth_row.setContentsMargins(0, 0, 0, 0)
        birth_row.addWidget(self.birth_known)
        birth_row.addWidget(self.birth_date, 1)
        self.guardians = GuardiansTable()
        form = FieldForm()
        wrap = self.errors.wrap
        form.addRow(self.tr("First name"), wrap("first_name", self.first_name))
        form.addRow(self.tr("Surname"), wrap("last_name", self.last_name))
        form.addRow(self.tr("Class"), wrap("class_id", self.class_combo))
        form.addRow(self.tr("Personal code"), wrap("personal_code", self.personal_code))
        form.addRow(self.tr("Birth date"), wrap("birth_date", birth))
        form.addRow(self.tr("Parents or guardians"), wrap("guardians", self.guardians))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        self._initial: tuple[Any, ...] | None = None
        self._load()

    # Loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        ctx, sid = self.ctx, self.student_id

        def fetch(_p: object, _c: object) -> tuple[list[ClassInfo], StudentView | None]:
            classes = list_classes(ctx.store, ctx.actor, ctx.semester.school_year,
                                   editable_only=True)
            return classes, get_student(ctx.store, ctx.actor, sid) if sid else None

        Op(self, ctx.worker, fetch).success(self._fill).failure(self._failed).start()

    def _fill(self, result: tuple[list[ClassInfo], StudentView | None]) -> None:
        classes, student = result
        for c in classes:
            self.class_combo.addItem(c.name, str(c.id))
        if student is not None:
            self.first_name.setText(student.first_name)
            self.last_name.setText(student.last_name)
            if self.class_combo.findData(str(student.class_id)) < 0:
                self.class_combo.addItem(student.class_name, str(student.class_id))
            self.class_combo.setCurrentIndex(self.class_combo.findData(str(student.class_id)))
            self.personal_code.setText(student.personal_code or "")
            if student.birth_date is not None:
                self.birth_known.setChecked(True)
                self.birth_date.setDate(qdate(student.birth_date))
            self.guardians.set_guardians(student.guardians)
        self._initial = self.snapshot()
        self.save_button.setEnabled(self.class_combo.count() > 0)
        self.loaded.emit()

    # Reading the form ---------------------------------------------------------------------

    def student_input(self) -> StudentInput:
        class_id = self.class_combo.currentData()
        birth: date | None = None
        if self.birth_known.isChecked():
            birth = date.fromisoformat(self.birth_date.date().toString("yyyy-MM-dd"))
        return StudentInput(
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            class_id=uuid.UUID(class_id) if class_id else uuid.UUID(int=0),
            personal_code=self.personal_code.text().strip() or None,
            birth_date=birth, guardians=self.guardians.guardians())

    def snapshot(self) -> tuple[Any, ...]:
        data = self.student_input()
        return (data.first_name, data.last_name, data.class_id, data.personal_code,
                data.birth_date, tuple(data.guardians))

    def is_dirty(self) -> bool:
        return self._initial is not None and self.snapshot() != self._initial

    # Saving -------------------------------------------------------------------------------

    def save(self, allow_possible_duplicate: bool = False) -> Op:
        ctx, sid, data = self.ctx, self.student_id, self.student_input()
        self.save_button.setEnabled(False)

        def write(_p: object, _c: object) -> StudentView:
            if sid is None:
                return create_student(ctx.store, ctx.actor, data,
                                      allow_possible_duplicate=allow_possible_duplicate)
            return update_student(ctx.store, ctx.actor, sid, data)

        return (Op(self, ctx.worker, write, self.tr("Saving the pupil…"))
                .changes(ctx.changes, {Entity.STUDENT})
                .success(self._saved).failure(self._failed).start())

    def _saved(self, view: StudentView) -> None:
        self.errors.clear()
        self.student_id = view.id
        self._initial = self.snapshot()
        self.saved.emit(view)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(self.class_combo.count() > 0)
        if not isinstance(exc, AppError):
            raise exc
        if isinstance(exc, Conflict) and exc.key.startswith(DUPLICATE):
            question = exc.text(self.ctx.lang) + "\n\n" + self.tr("Save anyway?")
            if self._confirm(self, question):
                self.save(allow_possible_duplicate=True)
                return
        if isinstance(exc, Conflict) and exc.key.startswith(CODE_CONFLICT):
            exc = ValidationError(FieldProblem("personal_code", exc.key, exc.params))
        self.errors.show(exc)

    def reject(self) -> None:
        if self.is_dirty() and not self._confirm(
                self, self.tr("Discard the changes you have not saved?")):
            return
        super().reject()
