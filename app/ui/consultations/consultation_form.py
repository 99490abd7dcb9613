"""The form support staff log (or correct) a consultation with: errors under the fields.

It only collects input; the consultations tab saves it through the service. `edited` fires
on every change a person makes (not when the form is filled by the program).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.models.enums import ConsultationKind
from app.services.support.consultations import MAX_TOPIC, ConsultationInput, ConsultationView
from app.ui.dates import date_of_qdate, qdate
from app.ui.field_form import FieldForm
from app.ui.form_errors import FormErrors
from app.ui.item_models.consultation_rows import ConsultationWords


class ConsultationForm(QGroupBox):
    edited = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultation_form")
        self.words = ConsultationWords(self)
        self.errors = FormErrors(lang)
        self.editing: ConsultationView | None = None
        self._filling = False
        self.held_on = QDateEdit()
        self.held_on.setObjectName("held_on")
        self.held_on.setDisplayFormat("dd.MM.yyyy")
        self.held_on.setCalendarPopup(True)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, 24 * 60)  # the service says what is allowed
        # A new consultation starts with no duration: it is typed, never assumed.
        self.minutes.setSpecialValueText(self.tr("— not entered —"))
        self.minutes.setSuffix(self.tr(" min"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in ConsultationKind:
            self.kind.addItem(self.words.kind(kind), kind.value)
        self.topic = QLineEdit()
        self.topic.setObjectName("topic")
        self.topic.setMaxLength(MAX_TOPIC + 50)  # longer text gets the service's message
        self.attended = QCheckBox(self.tr("The pupil attended"))
        self.attended.setObjectName("attended")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("confidential_notes")
        self.notes.setPlaceholderText(self.tr("Seen only by support staff and by you."))
        self.notes.setMaximumHeight(90)
        self.save_button = QPushButton(self.tr("Save consultation"))
        self.save_button.setObjectName("save_consultation")
        self.new_button = QPushButton(self.tr("New consultation"))
        self.undo_button = QPushButton(self.tr("Undo changes"))
        form = FieldForm()
        e = self.errors
        form.addRow(self.tr("Date"), e.wrap("held_on", self.held_on))
        form.addRow(self.tr("Minutes"), e.wrap("minutes", self.minutes))
        form.addRow(self.tr("Type"), e.wrap("kind", self.kind))
        form.addRow(self.tr("Topic"), e.wrap("topic", self.topic))
        form.addRow("", e.wrap("attended", self.attended))
        form.addRow(self.tr("Confidential notes"), e.wrap("confidential_notes", self.notes))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(e.general)
        layout.addLayout(buttons)
        for signal in (self.held_on.dateChanged, self.minutes.valueChanged,
                       self.kind.currentIndexChanged, self.topic.textChanged,
                       self.attended.toggled, self.notes.textChanged):
            signal.connect(self._changed)
        self.fill(None)

    def _changed(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit()

    def fill(self, view: ConsultationView | None) -> None:
        """Show `view` for correcting it, or an empty form for a new consultation."""
        self._filling = True
        try:
            self.editing = view
            self.setTitle(self.tr("New consultation") if view is None
                          else self.tr("Correct the consultation of %1")
                          .replace("%1", format_date(view.held_on)))
            self.held_on.setDate(QDate.currentDate() if view is None else qdate(view.held_on))
            self.minutes.setValue(0 if view is None else view.minutes)
            kind = ConsultationKind.INDIVIDUAL if view is None else view.kind
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
            self.topic.setText("" if view is None else view.topic)
            self.attended.setChecked(True if view is None else view.attended)
            self.notes.setPlainText("" if view is None else view.confidential_notes or "")
            self.errors.clear()
        finally:
            self._filling = False

    def held_on_date(self) -> date:
        return date_of_qdate(self.held_on.date())

    def value(self, student_id: uuid.UUID, plan_id: uuid.UUID | None) -> ConsultationInput:
        return ConsultationInput(
            student_id=student_id, plan_id=plan_id, held_on=self.held_on_date(),
            minutes=self.minutes.value(), kind=ConsultationKind(self.kind.currentData()),
            topic=self.topic.text(), attended=self.attended.isChecked(),
            confidential_notes=self.notes.toPlainText())

    def set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.new_button, self.undo_button):
            button.setEnabled(not busy)
