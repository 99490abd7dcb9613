"""Validation messages shown next to the fields they concern.

    errors = FormErrors(lang)
    form.addRow(self.tr("Name"), errors.wrap("first_name", self.first_name))
    ...
    except ValidationError as exc:
        errors.show(exc)        # each problem under its field; the rest in `general`

A problem whose field has no widget (or a nested one such as "guardians[1].email" without a
match) is shown in the general label, so no message is ever lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.errors import AppError, ValidationError

ERROR_STYLE = "color: #b00020"


class FormErrors:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.labels: dict[str, QLabel] = {}
        self.general = QLabel()
        self.general.setObjectName("form_error")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """The widget with an (initially hidden) error label under it."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        layout.addWidget(label)
        self.labels[field] = label
        return box

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.clear()
            label.hide()

    def show(self, error: AppError) -> None:
        self.clear()
        if not isinstance(error, ValidationError):
            self._add(self.general, error.text(self.lang))
            return
        for problem in error.problems:
            label = self.labels.get(problem.field) or self.labels.get(
                problem.field.split("[")[0].split(".")[0]) or self.general
            self._add(label, problem.text(self.lang))

    def clear_field(self, field: str) -> None:
        label = self.labels.get(field)
        if label is not None:
            label.clear()
            label.hide()

    def show_field(self, field: str, text: str) -> None:
        """One message under one field, leaving the others as they are."""
        label = self.labels.get(field, self.general)
        label.clear()
        self._add(label, text)

    def message(self, field: str) -> str:
        label = self.labels.get(field, self.general)
        return label.text()

    @staticmethod
    def _add(label: QLabel, text: str) -> None:
        label.setText(f"{label.text()}\n{text}".strip())
        label.show()
