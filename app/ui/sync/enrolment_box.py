"""The school's enrolment with the municipality: its state, the fingerprints to compare by
phone (groups of four), the trust document in use, and the two buttons that set it up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.formatting import format_datetime
from app.services.sync.view import SyncView
from app.ui.field_form import FieldForm


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class EnrolmentBox(QGroupBox):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setTitle(self.tr("Enrolment with the municipality"))
        self.state = _selectable(QLabel())
        self.state.setObjectName("enrolment_state")
        self.school_fingerprint = _selectable(QLabel("—"))
        self.school_fingerprint.setObjectName("school_fingerprint")
        self.municipality = _selectable(QLabel("—"))
        self.hub_fingerprint = _selectable(QLabel("—"))
        self.hub_fingerprint.setObjectName("hub_fingerprint")
        self.url = _selectable(QLabel("—"))
        self.version = QLabel("—")
        self.expires = QLabel("—")
        self.names = _selectable(QLabel("—"))
        self.request_button = QPushButton(self.tr("Create enrolment request…"))
        self.request_button.setObjectName("enrolment_request")
        self.trust_button = QPushButton(self.tr("Import trust document…"))
        self.trust_button.setObjectName("import_trust")
        form = FieldForm()
        form.addRow(self.tr("State:"), self.state)
        form.addRow(self.tr("School's key fingerprint:"), self.school_fingerprint)
        form.addRow(self.tr("Municipality:"), self.municipality)
        form.addRow(self.tr("Municipality's key fingerprint:"), self.hub_fingerprint)
        form.addRow(self.tr("Server address:"), self.url)
        form.addRow(self.tr("Trust document version:"), self.version)
        form.addRow(self.tr("Valid until:"), self.expires)
        form.addRow(self.tr("Pupils are sent:"), self.names)
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.trust_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.setLayout(form)

    def show_view(self, view: SyncView) -> None:
        status, trust = view.status, view.trust
        if not status.enrolled:
            state = self.tr("Not enrolled: create an enrolment request and hand it to the "
                            "municipality.")
        elif trust is None:
            state = self.tr("Enrolment request made: import the municipality's trust "
                            "document when it arrives.")
        else:
            state = self.tr("Enrolled: data can be exchanged with the municipality.")
        self.state.setText(state)
        self.school_fingerprint.setText(view.fingerprint or "—")
        if trust is None:
            for label in (self.municipality, self.hub_fingerprint, self.url, self.version,
                          self.expires, self.names):
                label.setText("—")
            return
        self.municipality.setText(trust.municipality)
        self.hub_fingerprint.setText(trust.fingerprint)
        self.url.setText(trust.url)
        self.version.setText(str(trust.version))
        self.expires.setText(format_datetime(trust.expires_at, self.lang))
        self.names.setText(self.tr("with names and personal codes (the municipality asks "
                                   "for them)") if trust.require_names
                           else self.tr("under pseudonymous ids; names stay at the school"))
