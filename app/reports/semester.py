"""The school's semester report: pupils at risk, plans, measures planned against delivered,
consultation hours, cost totals against the rates — tables with charts."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from app.formatting import format_hours, format_money
from app.reports.charts import levels_chart, planned_delivered_chart, status_chart
from app.reports.content_semester import SemesterReport
from app.reports.fonts import register_fonts
from app.reports.layout import HEADING, SMALL, SUBTITLE, TITLE, WIDTH, build_pdf, grid, para
from app.reports.semester_measures import cost_lines, measures_table
from app.reports.words import category_name, level_name, semester_name, t


def _key_figures(r: SemesterReport, lang: str) -> list[Flowable]:
    per_plan = r.planned_cents // r.approved_plans if r.approved_plans else 0
    rows = [[t("sem.col.figure", lang), t("sem.col.value", lang)]] + [
        [t(f"sem.fig.{key}", lang), value] for key, value in (
            ("active", str(r.students_active)), ("assessed", str(r.students_assessed)),
            ("at_risk", str(r.students_at_risk)), ("plans", str(r.plans_total)),
            ("approved", str(r.approved_plans)),
            ("planned", format_money(r.planned_cents, lang)),
            ("delivered", format_money(r.delivered_cents, lang)),
            ("per_plan", format_money(per_plan, lang)),
            ("screened", str(r.screened)), ("candidates", str(r.candidates)),
            ("candidates_assessed", str(r.candidates_assessed)),
            ("candidates_taken_in", str(r.candidates_taken_in)),
        )]
    return [para(t("sem.key_figures", lang), HEADING),
            grid(rows, [WIDTH * 0.7, WIDTH * 0.3], right=(1,))]


def risks_chart(r: SemesterReport, lang: str, width: float = WIDTH) -> Drawing:
    return levels_chart(
        t("sem.chart.risks", lang), [t(f"category_short.{c.category}", lang) for c in r.categories],
        [[c.low for c in r.categories], [c.medium for c in r.categories],
         [c.high for c in r.categories]], [level_name(n, lang) for n in (1, 2, 3)], width)


def plans_chart(r: SemesterReport, lang: str, width: float = WIDTH) -> Drawing:
    return status_chart(t("sem.chart.plans", lang),
                        [t(f"status.{s.status}", lang) for s in r.statuses],
                        [s.plans for s in r.statuses], width)


def delivery_chart(r: SemesterReport, lang: str, width: float = WIDTH) -> Drawing | None:
    shown = [m for m in r.measures if m.planned_cents or m.delivered_cents]
    if not shown:
        return None
    return planned_delivered_chart(
        t("sem.chart.measures", lang), [m.name(lang) for m in shown],
        [m.planned_cents / 100 for m in shown], [m.delivered_cents / 100 for m in shown],
        [t("sem.planned", lang), t("sem.delivered", lang)], width)


def semester_charts(r: SemesterReport, lang: str, width: float = WIDTH) -> list[Drawing]:
    """The report's charts, as the PDF prints them and the Reports screen shows them."""
    delivery = delivery_chart(r, lang, width)
    return [risks_chart(r, lang, width), plans_chart(r, lang, width),
            *([delivery] if delivery is not None else [])]


def _risks(r: SemesterReport, lang: str) -> list[Flowable]:
    head = [t("sem.col.category", lang), *(level_name(n, lang) for n in (1, 2, 3)),
            t("sem.col.total", lang)]
    rows = [head] + [[category_name(c.category, lang), str(c.low), str(c.medium), str(c.high),
                      str(c.total)] for c in r.categories]
    chart = risks_chart(r, lang)
    return [para(t("sem.risks", lang), HEADING), para(t("sem.risks_note", lang), SMALL),
            grid(rows, [WIDTH - 72 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm],
                 right=(1, 2, 3, 4)), KeepTogether([chart])]


def _plans(r: SemesterReport, lang: str) -> list[Flowable]:
    rows = [[t("sem.col.status", lang), t("sem.col.plans", lang), t("sem.col.cost", lang)]]
    rows += [[t(f"status.{s.status}", lang), str(s.plans), format_money(s.cost_cents, lang)]
             for s in r.statuses]
    rows.append([t("sem.col.total", lang), str(r.plans_total),
                 format_money(sum(s.cost_cents for s in r.statuses), lang)])
    chart = plans_chart(r, lang)
    return [KeepTogether([para(t("sem.plans", lang), HEADING),
                          grid(rows, [WIDTH * 0.5, WIDTH * 0.2, WIDTH * 0.3], right=(1, 2),
                               total=True)]), KeepTogether([chart])]


def _specialists(r: SemesterReport, lang: str) -> list[Flowable]:
    cols = ("specialist", "staff", "pupils", "consultations", "attended", "missed")
    rows = [[t(f"sem.col.{c}", lang) for c in cols]]
    for s in r.specialists:
        rows.append([t(f"specialist.{s.specialist_type}", lang), str(s.staff), str(s.students),
                     str(s.consultations), format_hours(s.attended_minutes, lang),
                     format_hours(s.missed_minutes, lang)])
    rows.append([t("sem.col.total", lang), "", "",
                 str(sum(s.consultations for s in r.specialists)),
                 format_hours(sum(s.attended_minutes for s in r.specialists), lang),
                 format_hours(sum(s.missed_minutes for s in r.specialists), lang)])
    widths = [WIDTH - 126 * mm, 22 * mm, 18 * mm, 28 * mm, 28 * mm, 30 * mm]
    return [para(t("sem.specialists", lang), HEADING),
            para(t("sem.specialists_note", lang), SMALL),
            grid(rows, widths, right=(1, 2, 3, 4, 5), total=True)]


def _delivery_chart(r: SemesterReport, lang: str) -> list[Flowable]:
    chart = delivery_chart(r, lang)
    return [] if chart is None else [KeepTogether([chart])]


def semester_report_pdf(report: SemesterReport, lang: str = "lv") -> bytes:
    """The semester report as a PDF for the director and the municipality."""
    register_fonts()
    title = t("sem.title", lang)
    story: list[Flowable] = [
        para(title, TITLE),
        para(f"{semester_name(report.semester, lang)}\n"
             f"{t('sem.prepared_by', lang, name=report.printed_by)}", SUBTITLE),
        *_key_figures(report, lang), *_risks(report, lang), *_plans(report, lang),
        *measures_table(report, lang), *_delivery_chart(report, lang),
        *cost_lines(report, lang), *_specialists(report, lang),
    ]
    return build_pdf(story, title=f"{title} — {report.semester.label}", school=report.school,
                     lang=lang, printed_at=report.printed_at)
