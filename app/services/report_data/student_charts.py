"""The charts of a pupil's card, ready for the screen: risk levels per category over the
semesters, the lessons missed per imported period (with and without a reason), and the
semester plan's euro planned against delivered (when there is a plan this person may see).
Drawn by `app.reports.card_charts`, sent as titled SVG."""

from __future__ import annotations

import uuid

from app.reports.card_charts import absence_chart, plan_delivery_chart, risk_history_chart
from app.reports.chart_svg import chart_svg, chart_title
from app.reports.words import t
from app.services.assessments.history import risk_history
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, can
from app.services.core.store import Store
from app.services.indicators.history import attendance_history
from app.services.plans.delivery import PlanDelivery, plan_delivery
from app.services.plans.query import list_plans

Chart = tuple[str, bytes]  # the title, the SVG


def _delivery_names(d: PlanDelivery, lang: str) -> tuple[list[str], list[float], list[float]]:
    names = [t(f"specialist.{h.specialist_type}", lang) if h.specialist_type
             else t("sem.other_hours", lang) for h in d.hours]
    names += [e.name_lv if lang == "lv" else e.name_en for e in d.euro]
    planned = [h.planned_cents / 100 for h in d.hours] + [e.planned_cents / 100 for e in d.euro]
    done = [h.delivered_cents / 100 for h in d.hours] + [e.spent_cents / 100 for e in d.euro]
    return names, planned, done


def student_charts(store: Store, actor: Actor, student_id: uuid.UUID,
                   semester_id: uuid.UUID, lang: str) -> list[Chart]:
    drawings = []
    history = risk_history(store, actor, student_id)
    if history:
        categories = [c for c, _ in history[0].levels]
        drawings.append(risk_history_chart(
            [h.semester_label for h in history],
            [[int(h.level(c)) for h in history] for c in categories],
            [t(f"category_short.{c.value}", lang) for c in categories], lang))
    attendance = attendance_history(store, actor, student_id)
    if attendance:  # a missing figure is a gap in the bars, never a zero
        drawings.append(absence_chart(
            [a.period for a in attendance],
            [a.justified for a in attendance], [a.unjustified for a in attendance], lang))
    if can(actor, Permission.PLAN_VIEW):
        plans = list_plans(store, actor, semester_id, student_id=student_id)
        if plans:
            names, planned, done = _delivery_names(plan_delivery(store, actor, plans[0].id),
                                                   lang)
            if names:
                drawings.append(plan_delivery_chart(names, planned, done, lang))
    return [(chart_title(d), chart_svg(d)) for d in drawings]
