"""A form layout whose fields carry their row's label as their accessible name.

`QFormLayout.addRow("Label", field)` makes the label the field's buddy, and a screen reader
reads the buddy's text as the field's name — but only when the buddy is the field itself.
Fields wrapped for their error line (`FormErrors.wrap`) sit inside a plain box, so they had
no name. `FieldForm.addRow` names the inputs inside the box after their label (a button
keeps its own text) and makes the first of them the label's buddy (a mnemonic in the label
then focuses the input).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
          QPlainTextEdit, QTextEdit)


def inputs_of(field: QWidget) -> list[QWidget]:
    """The inputs of a field: itself, or those inside its box (a check box and a date…)."""
    if isinstance(field, INPUTS):
        return [field]
    return [w for w in field.findChildren(QWidget) if isinstance(w, INPUTS)]


def label_text(label: QLabel) -> str:
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")


class FieldForm(QFormLayout):
    def addRow(self, *args: Any) -> None:
        super().addRow(*args)
        if len(args) != 2 or not isinstance(args[1], QWidget):
            return
        row = self.rowCount() - 1
        item = self.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        inputs = inputs_of(args[1])
        if not isinstance(label, QLabel) or not inputs:
            return
        if inputs[0] is not args[1]:
            label.setBuddy(inputs[0])
        for field in inputs:  # a button with its own text keeps it as its name
            if not field.accessibleName() and not (
                    isinstance(field, QAbstractButton) and field.text()):
                field.setAccessibleName(label_text(label))
