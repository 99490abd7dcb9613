"""The card's Overview: why the pupil is at risk in plain words, the trend against the
semester before, the plan's status, the parents or guardians, the assigned support staff, and
two charts: the risk levels over the semesters and the plan's euro planned against delivered."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.models.enums import PlanStatus, RiskCategory, RiskLevel
from app.services.assessments.query import AssessmentView, get_assessment
from app.services.core.rbac import Permission, can
from app.services.plans.query import list_plans
from app.services.plans.staff import StaffMember, plan_staff
from app.services.report_data.student_charts import student_charts
from app.services.students.query import get_student
from app.services.students.registry import StudentView
from app.services.students.relations import relation_text
from app.services.support.staff_assignment import AssignedStaff, list_assigned_staff
from app.ui.charts_view import ChartsView
from app.ui.context import UiContext
from app.ui.form_errors import ErrorLabel
from app.ui.settings.labels import SettingsLabels
from app.ui.student_card.card_tab import CardTab
from app.ui.student_card.staff_assign import AssignStaffDialog
from app.ui.students.risk_badge import badge_label
from app.ui.tasks import Op


@dataclass(frozen=True)
class OverviewData:
    student: StudentView
    assessment: AssessmentView | None
    plan_status: PlanStatus | None
    staff: list[AssignedStaff]
    charts: list[tuple[str, bytes]]  # titled SVG, drawn by the reports package


def load_overview(ctx: UiContext, student_id: uuid.UUID) -> OverviewData:
    student = get_student(ctx.store, ctx.actor, student_id)
    assessment = get_assessment(ctx.store, ctx.actor, student_id, ctx.semester.id)
    plans = list_plans(ctx.store, ctx.actor, ctx.semester.id, student_id=student_id)
    staff = list_assigned_staff(ctx.store, ctx.actor, student_id)
    charts = student_charts(ctx.store, ctx.actor, student_id, ctx.semester.id, ctx.lang)
    return OverviewData(student, assessment, plans[0].status if plans else None, staff, charts)


class OverviewTab(CardTab):
    loaded = Signal()

    def __init__(self, ctx: UiContext, student_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, student_id, parent)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.scroll_area)
        self.explanations: dict[RiskCategory, QLabel] = {}
        self.trends: dict[RiskCategory, QLabel] = {}
        self.risk_note = QLabel()
        self.plan_label = QLabel()
        self.guardians_label = QLabel()
        self.staff_label = QLabel()
        self.assign_button: QPushButton | None = None
        self.assign_dialog: AssignStaffDialog | None = None
        self.data: OverviewData | None = None
        self.charts = ChartsView()

    @classmethod
    def heading(cls) -> str:
        return QCoreApplication.translate("OverviewTab", "Overview")

    def load(self) -> None:
        ctx, sid = self.ctx, self.student_id
        Op(self, ctx.worker, lambda _p, _c: load_overview(ctx, sid)).success(
            self._show).start()

    def _label(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def _show(self, data: OverviewData) -> None:
        self.data = data
        self.error.hide()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._risk_box(data.assessment))
        self.plan_label = self._label(self._plan_text(data.plan_status), "overview_plan")
        layout.addWidget(self._box(self.tr("Support plan"), self.plan_label))
        self.guardians_label = self._label(self._guardians_text(data.student),
                                           "overview_guardians")
        layout.addWidget(self._box(self.tr("Parents or guardians"), self.guardians_label))
        self.staff_label = self._label(self._staff_text(data.staff), "overview_staff")
        staff_box = self._box(self.tr("Support staff"), self.staff_label)
        self.assign_button = None
        if can(self.ctx.actor, Permission.STAFF_ASSIGN):
            self.assign_button = QPushButton(self.tr("Assign support staff…"))
            self.assign_button.setObjectName("assign_staff")
            self.assign_button.clicked.connect(self.assign_staff)
            box_layout = staff_box.layout()
            assert box_layout is not None
            box_layout.addWidget(self.assign_button)
        layout.addWidget(staff_box)
        self.charts = ChartsView()
        self.charts.setObjectName("overview_charts")
        self.charts.show_charts(data.charts)
        if data.charts:
            box = QGroupBox(self.tr("Over time"))
            QVBoxLayout(box).addWidget(self.charts)
            layout.addWidget(box)
        layout.addStretch(1)
        self.scroll_area.setWidget(content)
        self.loaded.emit()

    def assign_staff(self) -> Op:
        """Open the picker of support staff (loaded on the worker thread)."""
        ctx, sid = self.ctx, self.student_id
        assigned = {m.user_id for m in self.data.staff} if self.data else set()

        def opened(staff: list[StaffMember]) -> None:
            self.assign_dialog = AssignStaffDialog(ctx, sid, staff, assigned, self)
            self.assign_dialog.saved.connect(lambda _staff: self.load())
            self.assign_dialog.open()

        return Op(self, ctx.worker, lambda _p, _c: plan_staff(ctx.store, ctx.actor)).success(
            opened).start()

    def _box(self, title: str, label: QLabel) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(label)
        return box

    def _risk_box(self, a: AssessmentView | None) -> QGroupBox:
        box = QGroupBox(self.tr("Risk in semester %1").replace("%1", self.ctx.semester.label))
        grid = QGridLayout(box)
        self.explanations, self.trends = {}, {}
        if a is None:
            self.risk_note = self._label(self.tr("The pupil has not been assessed in this "
                                                 "semester yet."), "overview_risk_note")
            grid.addWidget(self.risk_note, 0, 0)
            return box
        self.risk_note = self._label(self.tr("Assessed on %1 by %2.").replace(
            "%1", format_date(a.assessed_on)).replace("%2", a.assessed_by_name),
            "overview_risk_note")
        grid.addWidget(self.risk_note, 0, 0, 1, 4)
        names = {
            RiskCategory.LEARNING: self.tr("Learning"),
            RiskCategory.SOCIAL_HEALTH: self.tr("Social & health"),
            RiskCategory.ECONOMIC: self.tr("Economic"), RiskCategory.FAMILY: self.tr("Family"),
        }
        words = {
            RiskLevel.NONE: self.tr("no risk"), RiskLevel.LOW: self.tr("low"),
            RiskLevel.MEDIUM: self.tr("medium"), RiskLevel.HIGH: self.tr("high"),
        }
        trends = {t.category: t for t in a.trend}
        for row, risk in enumerate(a.profile.categories, start=1):
            c = risk.category
            grid.addWidget(self._label(f"<b>{names[c]}</b>"), row, 0)
            grid.addWidget(badge_label(words[risk.level], risk.level), row, 1,
                           alignment=Qt.AlignmentFlag.AlignTop)
            self.explanations[c] = self._label(risk.explanation(self.ctx.lang))
            grid.addWidget(self.explanations[c], row, 2)
            self.trends[c] = self._label(trends[c].text(self.ctx.lang) if c in trends else "")
            self.trends[c].setStyleSheet("color: #555555; font-style: italic")
            grid.addWidget(self.trends[c], row, 3)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 2)
        return box

    def _plan_text(self, status: PlanStatus | None) -> str:
        texts = {
            None: self.tr("No support plan in this semester."),
            PlanStatus.DRAFT: self.tr("The plan is a draft."),
            PlanStatus.SUBMITTED: self.tr("The plan is waiting for the director's approval."),
            PlanStatus.RETURNED: self.tr("The plan was returned for changes."),
            PlanStatus.APPROVED: self.tr("The plan is approved."),
            PlanStatus.CLOSED: self.tr("The plan is closed."),
        }
        return texts[status]

    def _guardians_text(self, s: StudentView) -> str:
        if not s.guardians:
            return self.tr("No parents or guardians recorded.")
        lines = []
        for g in s.guardians:
            extra = ", ".join(x for x in (g.phone, g.email) if x)
            relation = f" ({relation_text(g.relation, self.ctx.lang)})" if g.relation else ""
            lines.append(f"{g.full_name}{relation}" + (f": {extra}" if extra else ""))
        return "\n".join(lines)

    def _staff_text(self, staff: list[AssignedStaff]) -> str:
        if not staff:
            return self.tr("No support staff assigned.")
        labels = SettingsLabels(self)
        return "\n".join(
            f"{m.full_name} ({labels.specialist(m.specialist_type, m.full_name)})"
            if m.specialist_type else m.full_name for m in staff)
