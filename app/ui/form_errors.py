"""Validation messages shown next to the fields they concern, and a summary at the top.

    errors = FormErrors(lang)
    layout.addWidget(errors.general)            # at the top of the form
    form.addRow(self.tr("Name"), errors.wrap("first_name", self.first_name))
    ...
    except ValidationError as exc:
        errors.show(exc)        # each problem under its field; the summary in `general`

After a refused save the person sees, at the top, "Not saved. Correct:" and each problem;
the first failed field (in the order the fields were wrapped) gets the focus and is scrolled
into view; a field's message goes (from the field and the summary) as soon as its value is
changed. A problem whose field has no widget (or a nested one such as "guardians[1].email"
without a match) is shown in the general label, so no message is ever lost.

`self.error_place = errors` makes it where the screen's ops show their failures; a screen
without a form names its error label instead: `self.error_place = ErrorLabel(label, lang)`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.errors import AppError, ValidationError

ERROR_STYLE = "color: #b00020"


def error_line(name: str) -> QLabel:
    """A hidden, wrapping, red line for a problem under a dialog's content."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label
CHANGE_SIGNALS = ("textChanged", "currentIndexChanged", "valueChanged", "dateChanged",
                  "toggled", "changed")


def _focus_target(widget: QWidget) -> QWidget:
    """The widget itself, or its first child that takes the keyboard focus."""
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isEnabled():
        return widget
    for child in widget.findChildren(QWidget):
        if (child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isEnabled()
                and child.isVisibleTo(widget)):
            return child
    return widget


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


class ErrorLabel:
    """A QLabel as a screen's error place (see app.ui.tasks): the error's sentence in the
    person's language."""

    def __init__(self, label: QLabel, lang: str, style: str | None = None) -> None:
        self.label, self.lang, self.style = label, lang, style  # style: for a shared label

    def show_error(self, error: AppError) -> None:
        if self.style is not None:
            self.label.setStyleSheet(self.style)
        self.label.setText(error.text(self.lang))
        self.label.show()


class FormErrors:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QWidget] = {}
        self.fields: dict[str, QWidget] = {}
        self.general = QLabel()
        self.general.setObjectName("form_error")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self._general_texts: list[str] = []
        self._field_texts: dict[int, list[str]] = {}  # by id() of the field's label

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """The widget with an (initially hidden) error label under it; the message goes
        when the widget's value changes."""
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
        self.boxes[field] = box
        self.fields[field] = widget
        for name in CHANGE_SIGNALS:
            signal = getattr(widget, name, None)
            if isinstance(signal, SignalInstance):
                signal.connect(lambda *_args, f=field: self.value_changed(f))
                break
        return box

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.clear()
            label.hide()
        self._general_texts = []
        self._field_texts = {}

    def show_error(self, error: AppError) -> None:
        """As an error place (app.ui.tasks): the same as `show`."""
        self.show(error)

    def show(self, error: AppError) -> None:
        self.clear()
        if not isinstance(error, ValidationError):
            self._general_texts.append(error.text(self.lang))
            self._show_summary()
            return
        for problem in error.problems:
            label = self.labels.get(problem.field) or self.labels.get(
                problem.field.split("[")[0].split(".")[0]) or self.general
            text = problem.text(self.lang)
            if label is self.general:
                self._general_texts.append(text)
            else:
                self._add(label, text)
                self._field_texts.setdefault(id(label), []).append(text)
        self._show_summary()
        self.go_to_first()

    def failed_fields(self) -> list[str]:
        """The wrapped fields showing a message, in the order they were wrapped."""
        return [f for f, label in self.labels.items() if id(label) in self._field_texts
                and f in self.boxes]

    def go_to_first(self) -> None:
        """Focus the first failed field and scroll it into view."""
        failed = self.failed_fields()
        if not failed:
            return
        field = failed[0]
        _focus_target(self.fields[field]).setFocus(Qt.FocusReason.OtherFocusReason)
        box = self.boxes[field]
        area = _scroll_area_of(box)
        page = area.widget() if area is not None else None
        if area is not None and page is not None:
            layout = page.layout()
            if layout is not None:
                layout.activate()  # the messages just shown take their room first
            top = box.mapTo(page, QPoint(0, 0))
            area.ensureVisible(top.x(), top.y(), 20, 20)  # the field's top, not its end

    def value_changed(self, field: str) -> None:
        label = self.labels.get(field)
        if label is None or id(label) not in self._field_texts:
            return
        del self._field_texts[id(label)]
        label.clear()
        label.hide()
        self._show_summary()

    def clear_field(self, field: str) -> None:
        label = self.labels.get(field)
        if label is not None:
            self._field_texts.pop(id(label), None)
            label.clear()
            label.hide()
            self._show_summary()

    def show_field(self, field: str, text: str) -> None:
        """One message under one field, leaving the others as they are (no summary)."""
        label = self.labels.get(field, self.general)
        label.clear()
        self._add(label, text)

    def message(self, field: str) -> str:
        label = self.labels.get(field, self.general)
        return label.text()

    def summary(self) -> str:
        return self.general.text()

    def _show_summary(self) -> None:
        lines = list(self._general_texts)
        field_lines = [t for texts in self._field_texts.values() for t in texts]
        if field_lines:
            heading = QCoreApplication.translate(
                "FormErrors", "Not saved. Correct what is marked:")
            lines += [heading, *(f"• {t}" for t in field_lines)]
        self.general.setText("\n".join(lines))
        self.general.setVisible(bool(lines))

    @staticmethod
    def _add(label: QLabel, text: str) -> None:
        label.setText(f"{label.text()}\n{text}".strip())
        label.show()
