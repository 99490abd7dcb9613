"""What the plan editor says about a plan's state: its status, the director's comment when it
came back, and the semester-end evaluation when there is one (read-only)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.formatting import format_date, format_datetime
from app.models.enums import EvaluationOutcome, PlanStatus, Recommendation
from app.services.catalogue.loading import category_name
from app.services.plans.lifecycle import EvaluationView, PlanView


class PlanStatusBox(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.status = QLabel()
        self.status.setObjectName("plan_status")
        self.details = QLabel()
        self.details.setObjectName("plan_details")
        self.comment = QLabel()
        self.comment.setObjectName("plan_comment")
        self.comment.setWordWrap(True)
        self.comment.setStyleSheet("color: #8a4b00")
        self.evaluation = QLabel()
        self.evaluation.setObjectName("plan_evaluation")
        self.evaluation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.status, self.details, self.comment, self.evaluation):
            layout.addWidget(label)

    def status_name(self, status: PlanStatus) -> str:
        return {
            PlanStatus.DRAFT: self.tr("draft"),
            PlanStatus.SUBMITTED: self.tr("submitted"),
            PlanStatus.RETURNED: self.tr("returned"),
            PlanStatus.APPROVED: self.tr("approved"),
            PlanStatus.CLOSED: self.tr("closed"),
        }[status]

    def show_plan(self, view: PlanView, editable: bool) -> None:
        text = self.tr("Status: %1").replace("%1", self.status_name(view.status))
        if not editable:
            text += " " + self.tr("(read only)")
        self.status.setText(text)
        details = self.tr("Semester %1, version %2, author %3").replace(
            "%1", view.semester_label).replace("%2", str(view.version)).replace(
            "%3", view.author_name)
        if view.submitted_at is not None:
            details += "; " + self.tr("submitted %1").replace(
                "%1", format_datetime(view.submitted_at, self.lang))
        self.details.setText(details)
        self.comment.setText(self.decision_text(view))
        self.comment.setVisible(bool(self.comment.text()))
        self.evaluation.setVisible(view.evaluation is not None)
        self.evaluation.setText(self.evaluation_text(view.evaluation)
                                if view.evaluation else "")

    def decision_text(self, view: PlanView) -> str:
        """The director's comment on a returned plan, or who approved it and when."""
        who = view.decided_by_name or ""
        when = format_datetime(view.decided_at, self.lang)
        if view.status is PlanStatus.RETURNED and view.returned_by_municipality:
            return self.tr("The municipality (%1) returned the plan on %2: %3").replace(
                "%1", who or "?").replace("%2", when).replace("%3", view.decision_comment)
        if view.status is PlanStatus.RETURNED:
            return self.tr("%1 returned the plan on %2: %3").replace("%1", who).replace(
                "%2", when).replace("%3", view.decision_comment)
        if view.status in (PlanStatus.APPROVED, PlanStatus.CLOSED) and view.decided_at:
            return self.tr("Approved by %1 on %2.").replace("%1", who).replace("%2", when)
        return ""

    def evaluation_text(self, ev: EvaluationView) -> str:
        outcomes = {
            EvaluationOutcome.REDUCED: self.tr("risk reduced"),
            EvaluationOutcome.UNCHANGED: self.tr("risk unchanged"),
            EvaluationOutcome.INCREASED: self.tr("risk increased"),
        }
        recommendations = {
            Recommendation.CONTINUE: self.tr("continue the support"),
            Recommendation.CLOSE: self.tr("end the support"),
            Recommendation.REFER: self.tr("refer to other services"),
        }
        lines = [self.tr("Evaluated on %1. Recommendation: %2.").replace(
            "%1", format_date(ev.evaluated_on, self.lang)).replace(
            "%2", recommendations[ev.recommendation])]
        lines += [f"{category_name(c, self.lang)}: {outcomes[o]}" for c, o in ev.outcomes]
        lines.append(ev.narrative)
        return "\n".join(lines)
