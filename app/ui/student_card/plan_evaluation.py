"""The semester-end evaluation of an approved plan: the outcome per risk category, what
happened, and the recommendation. Recording it closes the plan (`record_evaluation`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.models.enums import EvaluationOutcome, Recommendation, RiskCategory
from app.services.catalogue.loading import category_name
from app.services.plans import lifecycle as plans
from app.services.plans.lifecycle import PlanView
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.field_form import FieldForm
from app.ui.form_errors import FormErrors
from app.ui.student_card.plan_dates import date_edit, date_of
from app.ui.tasks import Op, show_failure


class EvaluationForm(QGroupBox):
    def __init__(self, ctx: UiContext, errors: FormErrors,
                 on_recorded: Callable[[PlanView], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Semester-end evaluation"))
        self.ctx, self.errors, self._on_recorded = ctx, errors, on_recorded
        self.plan: PlanView | None = None
        self.outcomes: dict[RiskCategory, QComboBox] = {}
        form = FieldForm(self)
        for category in RiskCategory:
            combo = QComboBox()
            combo.setObjectName(f"outcome_{category.value}")
            combo.addItem(self.tr("— not assessed —"), "")
            combo.addItem(self.tr("risk reduced"), EvaluationOutcome.REDUCED.value)
            combo.addItem(self.tr("risk unchanged"), EvaluationOutcome.UNCHANGED.value)
            combo.addItem(self.tr("risk increased"), EvaluationOutcome.INCREASED.value)
            self.outcomes[category] = combo
            form.addRow(category_name(category, ctx.lang),
                        errors.wrap(f"outcomes.{category.value}", combo))
        self.errors.labels["outcomes"] = self.errors.labels["outcomes.learning"]
        self.narrative = QPlainTextEdit()
        self.narrative.setObjectName("evaluation_narrative")
        self.narrative.setMaximumHeight(90)
        self.recommendation = QComboBox()
        self.recommendation.setObjectName("recommendation")
        self.recommendation.addItem(self.tr("continue the support"), Recommendation.CONTINUE.value)
        self.recommendation.addItem(self.tr("end the support"), Recommendation.CLOSE.value)
        self.recommendation.addItem(self.tr("refer to other services"),
                                    Recommendation.REFER.value)
        self.evaluated_on = date_edit(min(date.today(), ctx.semester.ends_on))
        self.evaluated_on.setObjectName("evaluated_on")
        self.record_button = QPushButton(self.tr("Record the evaluation and close the plan"))
        self.record_button.setObjectName("record_evaluation")
        self.record_button.clicked.connect(self.record)
        form.addRow(self.tr("How did the plan go?"), errors.wrap("narrative", self.narrative))
        form.addRow(self.tr("Recommendation"), self.recommendation)
        form.addRow(self.tr("Date of evaluation"), errors.wrap("evaluated_on", self.evaluated_on))
        form.addRow(self.record_button)

    def chosen(self) -> dict[RiskCategory, EvaluationOutcome]:
        return {c: EvaluationOutcome(combo.currentData())
                for c, combo in self.outcomes.items() if combo.currentData()}

    def record(self) -> None:
        if self.plan is None:
            return
        ctx, plan_id = self.ctx, self.plan.id
        outcomes, narrative = self.chosen(), self.narrative.toPlainText()
        recommendation = Recommendation(self.recommendation.currentData())
        when = date_of(self.evaluated_on)
        self.errors.clear()
        self.record_button.setEnabled(False)
        Op(self, ctx.worker,
           lambda _p, _c: plans.record_evaluation(ctx.store, ctx.actor, plan_id, outcomes,
                                                  narrative, recommendation, when),
           self.tr("Recording the evaluation…")).changes(ctx.changes, {Entity.PLAN}).success(
            self._recorded).failure(self._failed).start()

    def _recorded(self, view: PlanView) -> None:
        self.record_button.setEnabled(True)
        self._on_recorded(view)

    def _failed(self, exc: Exception) -> None:
        self.record_button.setEnabled(True)
        show_failure(self.errors, exc)
