"""The risk assessment tab of the pupil card: this semester's assessment, edited and saved.

The four categories (official names) list their risk signs as a checklist; a checked sign
gets a severity and a note. The ABC indicators (absence %, unjustified lessons, failing
marks with their subjects, conduct incidents) and the date complete it. The level of each
category and its plain-language explanation are worked out as you type, with the same rules
the service uses (`app.services.assessments.levels`). Read-only without Permission.ASSESSMENT_EDIT.
With no assessment yet and indicators imported from the e-journal, a button fills in the
absence %, the unjustified lessons, the failing marks (and their subjects) and the conduct
notes of the latest imported periods; a figure then changed needs a reason (a line under
it, `ImportReasons`), saved with the assessment (`early_warning.record_from_import`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.models.enums import RiskCategory
from app.services.assessments import validate as limits
from app.services.assessments.explain import format_decimal, level_name
from app.services.assessments.levels import Indicators, risk_profile
from app.services.assessments.recording import (
    AssessmentInput,
    AssessmentView,
    get_assessment,
    record_assessment,
)
from app.services.catalogue.loading import RiskSignView, risk_signs
from app.services.catalogue.query import offered
from app.services.catalogue.thresholds import DEFAULT_THRESHOLDS, AbcThresholds, year_thresholds
from app.services.core.rbac import Permission, can
from app.services.early_warning import (
    LatestIndicators,
    imported_values,
    latest_indicators,
    record_from_import,
)
from app.services.school.calendar import school_year_id
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.field_form import FieldForm
from app.ui.form_errors import ErrorLabel, FormErrors
from app.ui.student_card.assessment_signs import LEVEL_STYLE, CategoryBox, SignRow
from app.ui.student_card.card_tab import CardTab
from app.ui.student_card.import_reasons import ImportReasons
from app.ui.student_card.plan_dates import date_edit, date_of, set_date
from app.ui.tasks import Op, show_failure

FINDING_FIELDS = ("risk_sign_id", "severity", "note")


@dataclass(frozen=True)
class AssessmentData:
    signs: list[RiskSignView]
    view: AssessmentView | None
    thresholds: AbcThresholds = DEFAULT_THRESHOLDS  # the school year's, for the live levels
    imported: LatestIndicators | None = None  # the latest imported from the e-journal


def parse_percent(text: str) -> Decimal | None:
    """"7,5" or "7.5" → Decimal("7.5"); None when empty or not a number."""
    cleaned = text.replace("%", "").replace(" ", "").replace(",", ".").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class AssessmentTab(CardTab):
    def __init__(self, ctx: UiContext, student_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, student_id, parent)
        self.view: AssessmentView | None = None
        self.thresholds = DEFAULT_THRESHOLDS
        self.read_only = not can(ctx.actor, Permission.ASSESSMENT_EDIT)
        self.errors = self.error_place = FormErrors(ctx.lang)
        self.boxes: dict[RiskCategory, CategoryBox] = {}
        self._base: tuple[object, ...] = ()
        self._filling = False
        self.message = QLabel(self.tr("Loading the assessment…"))
        self.message.setObjectName("assessment_message")
        self.message.setWordWrap(True)
        self.overall = QLabel()
        self.overall.setObjectName("overall_level")
        self.imported: LatestIndicators | None = None
        self.import_reasons = ImportReasons(self)
        self.from_import = QPushButton()
        self.from_import.setObjectName("fill_from_import")
        self.from_import.clicked.connect(self._fill_from_import)
        self.from_import.hide()
        self._build_indicators()
        self.signs_area = QVBoxLayout()
        page = QWidget()
        body = QVBoxLayout(page)
        body.addWidget(self.overall, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.from_import, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.indicators)
        body.addLayout(self.signs_area)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.errors.general)
        layout.addWidget(scroll, 1)

    @classmethod
    def heading(cls) -> str:
        return QCoreApplication.translate("AssessmentTab", "Risk assessment")

    def _build_indicators(self) -> None:
        e = self.errors
        self.indicators = QGroupBox(self.tr("Date and early-warning indicators (ABC)"))
        self.assessed_on = date_edit(self._default_day())
        self.assessed_on.setObjectName("assessed_on")
        self.absence = QLineEdit()
        self.absence.setObjectName("absence_pct")
        self.absence.setPlaceholderText(self.tr("e.g. 7,5"))
        self.unjustified = self._count("unjustified_lessons", limits.MAX_LESSONS)
        self.failing = self._count("failing_marks", limits.MAX_MARKS)
        self.subjects = QLineEdit()
        self.subjects.setObjectName("failing_subjects")
        self.subjects.setPlaceholderText(self.tr("Subjects, separated by commas"))
        self.conduct = self._count("conduct_incidents", limits.MAX_INCIDENTS)
        self.note = QPlainTextEdit()
        self.note.setObjectName("assessment_note")
        self.note.setMaximumHeight(70)
        form = FieldForm(self.indicators)
        form.addRow(self.tr("Date of assessment"), e.wrap("assessed_on", self.assessed_on))
        self.form = form
        reasons = self.import_reasons
        form.addRow(self.tr("Absence, % of lessons"), e.wrap("absence_pct", self.absence))
        reasons.add_row(form, e, "absence_pct")
        form.addRow(self.tr("Unjustified lessons missed"),
                    e.wrap("unjustified_lessons", self.unjustified))
        reasons.add_row(form, e, "unjustified_lessons")
        form.addRow(self.tr("Failing marks (below 4)"), e.wrap("failing_marks", self.failing))
        reasons.add_row(form, e, "failing_marks")
        form.addRow(self.tr("Subjects with failing marks"),
                    e.wrap("failing_subjects", self.subjects))
        form.addRow(self.tr("Conduct incidents"), e.wrap("conduct_incidents", self.conduct))
        reasons.add_row(form, e, "conduct_incidents")
        form.addRow(self.tr("Note"), e.wrap("note", self.note))
        self.assessed_on.dateChanged.connect(lambda _d: self._edited())
        for line in (self.absence, self.subjects):
            line.textChanged.connect(lambda _t: self._edited())
        self.note.textChanged.connect(self._edited)

    def _count(self, name: str, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, high)
        spin.valueChanged.connect(lambda _v: self._edited())
        return spin

    def _default_day(self) -> date:
        sem = self.ctx.semester
        return min(date.today(), sem.ends_on + timedelta(days=limits.NEAR_SEMESTER_DAYS))

    # --- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        ctx, student_id = self.ctx, self.student_id

        def work(_progress: object, _cancel: object) -> AssessmentData:
            view = get_assessment(ctx.store, ctx.actor, student_id, ctx.semester.id)
            signs = offered(risk_signs(ctx.store, school_year_id(ctx.store,
                                                                 ctx.semester.school_year)),
                            {f.risk_sign_id for f in view.findings} if view else ())
            imported = (latest_indicators(ctx.store, ctx.actor, student_id)
                        if view is None and not self.read_only else None)
            return AssessmentData(signs, view,
                                  year_thresholds(ctx.store, ctx.semester.school_year),
                                  imported)

        Op(self, ctx.worker, work).success(self._loaded).failure(
            lambda exc: show_failure(ErrorLabel(self.message, ctx.lang), exc)).start()

    def _loaded(self, data: AssessmentData) -> None:
        self.thresholds = data.thresholds
        self.imported = data.imported
        if not self.boxes:
            for category in RiskCategory:
                box = CategoryBox(category, [s for s in data.signs if s.category is category],
                                  self.ctx.lang)
                box.edited.connect(self._edited)
                self.boxes[category] = box
                self.signs_area.addWidget(box)
        self.show_assessment(data.view)

    def rows(self) -> list[SignRow]:
        return [row for box in self.boxes.values() for row in box.rows.values()]

    def show_assessment(self, view: AssessmentView | None) -> None:
        """Show the stored assessment (or an empty form) and forget unsaved edits."""
        self.view = view
        self.errors.clear()
        self._filling = True
        for row in self.rows():
            row.clear()
        set_date(self.assessed_on, view.assessed_on if view else self._default_day())
        self.absence.setText(format_decimal(view.absence_pct, self.ctx.lang) if view else "0")
        self.unjustified.setValue(view.unjustified_lessons if view else 0)
        self.failing.setValue(view.failing_marks if view else 0)
        self.subjects.setText(", ".join(view.failing_subjects) if view else "")
        self.conduct.setValue(view.conduct_incidents if view else 0)
        self.note.setPlainText(view.note if view else "")
        by_sign = {row.sign.id: row for row in self.rows()}
        for finding in view.findings if view else ():
            if finding.risk_sign_id in by_sign:
                by_sign[finding.risk_sign_id].show_finding(finding)
        self.import_reasons.start({})
        self.import_reasons.update(self.form, {})
        self._filling = False
        self._set_read_only(self.read_only)
        self._offer_import(view)
        self.message.setText(self._saved_text(view))
        self._base = self._key()
        self.set_dirty(False)
        self._preview()

    def _offer_import(self, view: AssessmentView | None) -> None:
        got = self.imported
        shown = view is None and got is not None and got.any and not self.read_only
        self.from_import.setVisible(shown)
        if not shown or got is None:
            return
        if got.marks is None and got.conduct is None and got.attendance is not None:
            self.from_import.setText(self.tr(
                "Fill in from the attendance imported for %1 (“%2”)").replace(
                "%1", got.attendance.period).replace("%2", got.attendance.source_name))
            return
        files = [f"{f.source_name} ({f.period})" for f in (got.attendance, got.marks,
                                                          got.conduct) if f is not None]
        self.from_import.setText(self.tr("Fill in from the e-journal's imports: %1").replace(
            "%1", ", ".join(files)))

    def _fill_from_import(self) -> None:
        """The indicators of the latest imports, where the files gave them (a missing
        figure leaves its field as it is); from now on a change needs a reason."""
        got = self.imported
        if got is None:
            return
        a, m, c = got.attendance, got.marks, got.conduct
        if a is not None and a.absence_pct is not None:
            self.absence.setText(format_decimal(a.absence_pct, self.ctx.lang))
        if a is not None and a.unjustified is not None:
            self.unjustified.setValue(a.unjustified)
        if m is not None:
            self.failing.setValue(m.failing)
            self.subjects.setText(", ".join(m.failing_subjects))
        if c is not None:
            self.conduct.setValue(c.notes)
        self.import_reasons.start(imported_values(got))
        self._edited()

    def _saved_text(self, view: AssessmentView | None) -> str:
        if view is None:
            text = self.tr("No assessment for semester %1 yet.").replace(
                "%1", self.ctx.semester.label)
        else:
            text = self.tr("Assessed on %1 by %2.").replace(
                "%1", format_date(view.assessed_on)).replace("%2", view.assessed_by_name)
        if self.read_only:
            text += " " + self.tr("You may read the assessment but not change it.")
        return text

    def _set_read_only(self, read_only: bool) -> None:
        self.indicators.setEnabled(not read_only)
        for box in self.boxes.values():
            box.set_read_only(read_only)

    # --- the input and its preview ---------------------------------------------------------

    def _checked(self) -> list[SignRow]:
        return [row for row in self.rows() if row.check.isChecked()]

    def _subjects(self) -> list[str]:
        text = self.subjects.text()
        return [s.strip() for s in text.split(",")] if text.strip() else []

    def data(self) -> AssessmentInput:
        pct = parse_percent(self.absence.text())
        return AssessmentInput(
            student_id=self.student_id, semester_id=self.ctx.semester.id,
            assessed_on=date_of(self.assessed_on),
            absence_pct=pct if pct is not None else Decimal(-1),  # the service names it
            unjustified_lessons=self.unjustified.value(), failing_marks=self.failing.value(),
            failing_subjects=self._subjects(), conduct_incidents=self.conduct.value(),
            note=self.note.toPlainText(), findings=[row.finding() for row in self._checked()])

    def _key(self) -> tuple[object, ...]:
        d = self.data()
        findings = tuple((f.risk_sign_id, f.severity, f.note.strip()) for f in d.findings)
        return (d.assessed_on, self.absence.text().strip(), d.unjustified_lessons,
                d.failing_marks, tuple(d.failing_subjects), d.conduct_incidents,
                d.note.strip(), findings)

    def _edited(self) -> None:
        if self._filling:
            return
        self.set_dirty(self._key() != self._base)
        self.import_reasons.update(self.form, {
            "absence_pct": parse_percent(self.absence.text()),
            "unjustified_lessons": self.unjustified.value(),
            "failing_marks": self.failing.value(), "conduct_incidents": self.conduct.value()})
        self._preview()

    def _preview(self) -> None:
        pct = parse_percent(self.absence.text())
        indicators = Indicators(pct if pct is not None and 0 <= pct <= 100 else Decimal(0),
                                self.unjustified.value(), self.failing.value(),
                                tuple(s for s in self._subjects() if s),
                                self.conduct.value())
        profile = risk_profile(indicators, [row.sign_finding() for row in self._checked()],
                               self.thresholds)
        for risk in profile.categories:
            if risk.category in self.boxes:
                self.boxes[risk.category].show_risk(risk)
        self.overall.setText(self.tr("Overall risk level: %1").replace(
            "%1", level_name(profile.overall, self.ctx.lang)))
        self.overall.setStyleSheet(LEVEL_STYLE[profile.overall])

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only or not self.is_dirty():
            return
        data = self.data()
        self._route_finding_errors()
        self.errors.clear()
        ctx = self.ctx
        reasons = self.import_reasons

        def work(_p: object, _c: object) -> AssessmentView:
            if reasons.from_imports:
                return record_from_import(ctx.store, ctx.actor, data, reasons.reasons())
            return record_assessment(ctx.store, ctx.actor, data)

        Op(self, ctx.worker, work,
           self.tr("Saving the assessment…")).changes(ctx.changes, {Entity.ASSESSMENT}).success(
            self._saved).start()

    def _route_finding_errors(self) -> None:
        """The service names findings by their place in the list ("findings[2].note"):
        point each such name at the error label of the sign in that place."""
        for n, row in enumerate(self._checked(), 1):
            for field in FINDING_FIELDS:
                self.errors.labels[f"findings[{n}].{field}"] = row.error

    def _saved(self, view: AssessmentView) -> None:
        self.show_assessment(view)
        self.saved.emit()

    def revert(self) -> None:
        self.errors.clear()
        self.load()
