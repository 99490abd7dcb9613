"""A submitted plan as the director reads it before deciding: read-only, on one page.

Pupil and class, author and version, the risks of its assessment, goals, measures with their
costs, the responsible person, review dates, summary, the parent's application, and what
changed against the previous version.
"""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.formatting import format_date, format_datetime, format_hours, format_money
from app.models.enums import MeasureUnit
from app.services.approvals.decisions import PlanForApproval
from app.services.catalogue.loading import category_name
from app.services.plans.lifecycle import MeasureView, PlanView
from app.ui.approvals.words import RiskWords


def _para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _list(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{escape(i)}</li>" for i in items) + f"</{tag}>"


class PlanReader(QTextBrowser):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.words = RiskWords(self)
        self.setObjectName("plan_reader")
        self.setAccessibleName(self.tr("The plan being read"))
        self.setOpenLinks(False)
        self.plan: PlanForApproval | None = None
        self.staff: dict[uuid.UUID, str] = {}
        self.clear_plan()

    def clear_plan(self) -> None:
        self.plan = None
        self.setHtml(_para(self.tr("Open a plan from the queue to read it.")))

    def show_plan(self, found: PlanForApproval, staff: dict[uuid.UUID, str]) -> None:
        """Show `found`; `staff` names the measures' providers by their user ids."""
        self.plan, self.staff = found, staff
        view = found.plan
        parts = [self._header(found), self._risks(found), self._goals(view),
                 self._measures(view), self._other(view), self._application(view),
                 self._changes(found)]
        self.setHtml("".join(parts))

    def _section(self, title: str) -> str:
        return f"<h3>{escape(title)}</h3>"

    def _header(self, found: PlanForApproval) -> str:
        view = found.plan
        line = self.tr("Class %1 · semester %2 · version %3 · author %4").replace(
            "%1", found.class_name).replace("%2", view.semester_label).replace(
            "%3", str(view.version)).replace("%4", view.author_name)
        submitted = self.tr("Submitted %1.").replace(
            "%1", format_datetime(view.submitted_at, self.lang)) if view.submitted_at else ""
        return (f"<h2>{escape(view.student_name)}</h2><p>{escape(line)}<br>"
                f"{escape(submitted)}</p>")

    def _risks(self, found: PlanForApproval) -> str:
        if not found.risks:
            return self._section(self.tr("Risks")) + _para(
                self.tr("The plan is not linked to a risk assessment."))
        rows = [self.tr("%1: risk level %2, risk signs found: %3").replace(
            "%1", category_name(r.category, self.lang)).replace("%2", self.words.level(r.level))
            .replace("%3", str(r.findings)) for r in found.risks]
        return self._section(self.tr("Risks")) + _list(rows)

    def _goals(self, view: PlanView) -> str:
        body = _list(list(view.goals), ordered=True) if view.goals else \
            _para(self.tr("No goals."))
        return self._section(self.tr("Goals")) + body

    def _planned(self, m: MeasureView) -> str:
        return (format_hours(m.planned_minutes, self.lang) if m.unit is MeasureUnit.HOURS
                else format_money(m.planned_cents, self.lang))

    def _measures(self, view: PlanView) -> str:
        head = [self.tr("Measure"), self.tr("Provider"), self.tr("Planned"), self.tr("Rate"),
                self.tr("Cost")]
        cells = "".join(f"<th align='left'>{escape(h)}</th>" for h in head)
        rows = [f"<tr>{cells}</tr>"]
        for m in view.measures:
            name = m.name_en if self.lang == "en" else m.name_lv
            if m.subject:
                name += f" ({m.subject})"
            rate = format_money(m.rate_cents, self.lang) if m.unit is MeasureUnit.HOURS else "—"
            provider = self.staff.get(m.provider_id, "") if m.provider_id else m.provider_name
            values = [name, provider or "—", self._planned(m), rate,
                      format_money(m.cost_cents, self.lang)]
            rows.append("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in values) + "</tr>")
        total = self.tr("Total: %1").replace("%1", format_money(view.total_cost_cents,
                                                                 self.lang))
        return (self._section(self.tr("Support measures"))
                + "<table border='1' cellspacing='0' cellpadding='4'>" + "".join(rows)
                + f"</table><p><b>{escape(total)}</b></p>")

    def _other(self, view: PlanView) -> str:
        dates = ", ".join(format_date(d, self.lang) for d in view.review_dates) or "—"
        lines = [
            (self.tr("Responsible person"), view.responsible_name or "—"),
            (self.tr("Review dates"), dates),
            (self.tr("Summary"), view.summary or "—"),
        ]
        return "".join(f"<p><b>{escape(k)}:</b> {escape(v)}</p>" for k, v in lines)

    def _application(self, view: PlanView) -> str:
        app = view.parent_application
        text = self.tr("Not recorded.") if app is None else self.tr(
            "%1, received on %2.").replace("%1", app.applicant_name).replace(
            "%2", format_date(app.received_on, self.lang))
        return self._section(self.tr("Parent's application")) + _para(text)

    def _changes(self, found: PlanForApproval) -> str:
        if found.previous_version is None:
            return self._section(self.tr("What changed")) + _para(
                self.tr("This is the first version of the plan."))
        title = self.tr("What changed against version %1").replace(
            "%1", str(found.previous_version))
        if not found.changes:
            return self._section(title) + _para(self.tr("Nothing has changed."))
        return self._section(title) + _list([c.text(self.lang) for c in found.changes])
