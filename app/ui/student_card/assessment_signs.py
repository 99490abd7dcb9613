"""One risk category of the assessment editor: its signs as a checklist (a checked sign gets
a severity and a note) and the live preview of the category's level and explanation."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.models.enums import RiskCategory, RiskLevel, Severity
from app.services.assessments.explain import SignFinding, level_name
from app.services.assessments.levels import CategoryRisk
from app.services.assessments.recording import FindingInput, FindingView
from app.services.assessments.validate import MAX_FINDING_NOTE
from app.services.catalogue.loading import RiskSignView, category_name
from app.ui.form_errors import ERROR_STYLE

LEVEL_STYLE = {
    RiskLevel.NONE: "",
    RiskLevel.LOW: "background: #fff3b0; padding: 2px 6px",
    RiskLevel.MEDIUM: "background: #ffc880; padding: 2px 6px",
    RiskLevel.HIGH: "background: #ff8a80; padding: 2px 6px",
}


class SignRow:
    """The widgets of one sign: checkbox, severity, note and an error label below them
    (`place` puts that label where it belongs when it is made)."""

    def __init__(self, sign: RiskSignView, lang: str,
                 place: Callable[[QLabel], None] | None = None) -> None:
        self.sign = sign
        self.check = QCheckBox(sign.name(lang))
        self.check.setObjectName(f"sign_{sign.code}")
        self.severity = QComboBox()
        self.severity.setObjectName(f"severity_{sign.code}")
        for value, text in ((Severity.LOW, QCoreApplication.translate("SignRow", "low")),
                            (Severity.MEDIUM, QCoreApplication.translate("SignRow", "medium")),
                            (Severity.HIGH, QCoreApplication.translate("SignRow", "high"))):
            self.severity.addItem(text, int(value))
        self.note = QLineEdit()
        self.note.setObjectName(f"note_{sign.code}")
        self.note.setMaxLength(MAX_FINDING_NOTE)
        self.note.setPlaceholderText(QCoreApplication.translate("SignRow", "Note (optional)"))
        self._place = place
        self._error: QLabel | None = None
        self.check.toggled.connect(self._enable)
        self.clear()

    @property
    def error(self) -> QLabel:
        """The label for this sign's error, made (hidden) the first time one may be shown:
        a catalogue of ~175 signs needs none of them until a save is refused."""
        if self._error is None:
            self._error = QLabel()
            self._error.setStyleSheet(ERROR_STYLE)
            self._error.setWordWrap(True)
            self._error.hide()
            if self._place is not None:
                self._place(self._error)
        return self._error

    def clear(self) -> None:
        self.check.setChecked(False)
        self.severity.setCurrentIndex(self.severity.findData(int(Severity.MEDIUM)))
        self.note.clear()
        self._enable(False)

    def show_finding(self, finding: FindingView) -> None:
        self.check.setChecked(True)
        self.severity.setCurrentIndex(self.severity.findData(int(finding.severity)))
        self.note.setText(finding.note)

    def _enable(self, checked: bool) -> None:
        self.severity.setEnabled(checked)
        self.note.setEnabled(checked)

    def chosen(self) -> Severity | None:
        return Severity(self.severity.currentData()) if self.check.isChecked() else None

    def finding(self) -> FindingInput:
        return FindingInput(self.sign.id, Severity(self.severity.currentData()),
                            self.note.text())

    def sign_finding(self) -> SignFinding:
        s = self.sign
        return SignFinding(s.category, s.name_lv, s.name_en, Severity(self.severity.currentData()))


class CategoryBox(QGroupBox):
    """The signs of one category under its official name, with its level as you type."""

    edited = Signal()

    def __init__(self, category: RiskCategory, signs: list[RiskSignView], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(category_name(category, lang), parent)
        self.category, self.lang = category, lang
        self.setObjectName(f"category_{category.value}")
        self.level = QLabel()
        self.level.setObjectName(f"level_{category.value}")
        self.explanation = QLabel()
        self.explanation.setObjectName(f"explanation_{category.value}")
        self.explanation.setWordWrap(True)
        preview = QHBoxLayout()
        preview.addWidget(self.level)
        preview.addWidget(self.explanation, 1)
        grid = QGridLayout(self)
        grid.addLayout(preview, 0, 0, 1, 3)
        self.rows: dict[uuid.UUID, SignRow] = {}
        line = 1
        for sign in signs:
            row = SignRow(sign, lang, partial(self._place_error, line + 1))
            self.rows[sign.id] = row
            grid.addWidget(row.check, line, 0)
            grid.addWidget(row.severity, line, 1)
            grid.addWidget(row.note, line, 2)
            line += 2
            row.check.toggled.connect(lambda _on: self.edited.emit())
            row.severity.currentIndexChanged.connect(lambda _i: self.edited.emit())
            row.note.textChanged.connect(lambda _t: self.edited.emit())
        grid.setColumnStretch(2, 1)

    def _place_error(self, line: int, label: QLabel) -> None:
        layout = self.layout()
        assert isinstance(layout, QGridLayout)
        layout.addWidget(label, line, 0, 1, 3)

    def show_risk(self, risk: CategoryRisk) -> None:
        self.level.setText(self.tr("Level: %1").replace("%1", level_name(risk.level, self.lang)))
        self.level.setStyleSheet(LEVEL_STYLE[risk.level])
        self.explanation.setText(risk.explanation(self.lang))

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            row.check.setEnabled(not read_only)
            checked = row.check.isChecked() and not read_only
            row.severity.setEnabled(checked)
            row.note.setEnabled(checked)
