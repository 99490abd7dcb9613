"""The key figures of a semester report shown on screen before printing: pupils at risk by
category, plans by status, and the cost totals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.formatting import format_money
from app.models.enums import PlanStatus, RiskCategory
from app.reports.content_semester import SemesterReport
from app.ui.approvals.words import RiskWords
from app.ui.item_models.plan_rows import PlanStatusWords


class ReportPreview(QLabel):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.risk_words = RiskWords(self)
        self.status_words = PlanStatusWords(self)
        self.setObjectName("report_preview")
        self.setMargin(8)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_report(self, r: SemesterReport) -> None:
        money = format_money
        lines = [
            self.tr("Pupils: %1 active, %2 assessed this semester, %3 at risk.").replace(
                "%1", str(r.students_active)).replace("%2", str(r.students_assessed)).replace(
                "%3", str(r.students_at_risk)),
            self.tr("Early warning: %1 pupils screened from the e-journal's imports, %2 "
                    "candidates, of them %3 assessed and %4 taken into the programme.").replace(
                "%1", str(r.screened)).replace("%2", str(r.candidates)).replace(
                "%3", str(r.candidates_assessed)).replace("%4", str(r.candidates_taken_in)),
            "",
            self.tr("Pupils at risk by category (low / medium / high, total):"),
        ]
        for c in r.categories:
            lines.append(self.tr("%1: %2 / %3 / %4, total %5").replace(
                "%1", self.risk_words.category(RiskCategory(c.category))).replace(
                "%2", str(c.low)).replace("%3", str(c.medium)).replace(
                "%4", str(c.high)).replace("%5", str(c.total)))
        lines += ["", self.tr("Plans by status (total %1):").replace("%1", str(r.plans_total))]
        for s in r.statuses:
            lines.append(self.tr("%1: %2, planned cost %3").replace(
                "%1", self.status_words.name(PlanStatus(s.status))).replace(
                "%2", str(s.plans)).replace("%3", money(s.cost_cents, self.lang)))
        lines += [
            "",
            self.tr("Planned in approved plans: %1").replace(
                "%1", money(r.planned_cents, self.lang)),
            self.tr("Support delivered: %1").replace("%1", money(r.delivered_cents, self.lang)),
        ]
        self.setText("\n".join(lines))
