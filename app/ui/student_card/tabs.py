"""The tabs of the pupil card, in the order a person works through them, by role."""

from __future__ import annotations

from app.services.core.rbac import Permission, can
from app.ui.context import UiContext
from app.ui.student_card.assessment_tab import AssessmentTab
from app.ui.student_card.card import TabFactory
from app.ui.student_card.consultations_tab import ConsultationsTab
from app.ui.student_card.documents_tab import DocumentsTab
from app.ui.student_card.expenses_tab import ExpensesTab
from app.ui.student_card.history_tab import HistoryTab
from app.ui.student_card.overview_tab import OverviewTab
from app.ui.student_card.plan_tab import PlanTab


def card_tabs(ctx: UiContext) -> list[TabFactory]:
    """Overview, assessment, plan, consultations, expenses, documents, history — each only
    where the signed-in person's roles may read it (the services refuse the rest anyway)."""
    actor = ctx.actor
    tabs: list[TabFactory] = [OverviewTab, AssessmentTab]
    if can(actor, Permission.PLAN_VIEW):
        tabs.append(PlanTab)
    if can(actor, Permission.CONSULTATION_VIEW):
        tabs.append(ConsultationsTab)
    if can(actor, Permission.PLAN_VIEW):
        tabs.append(ExpensesTab)
    tabs += [DocumentsTab, HistoryTab]
    return tabs
