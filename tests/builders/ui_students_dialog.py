"""Shared by several test modules: fill."""

from __future__ import annotations

from app.ui.students.student_dialog import StudentDialog
from tests.builders.ui_keys import type_text


def fill(dialog: StudentDialog, first: str, last: str, class_name: str, code: str = "") -> None:
    type_text(dialog.first_name, first)
    type_text(dialog.last_name, last)
    dialog.class_combo.setCurrentIndex(dialog.class_combo.findText(class_name))
    type_text(dialog.personal_code, code)
