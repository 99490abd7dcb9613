"""The semester report's measures: planned against delivered per type, and cost totals."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.formatting import format_money
from app.reports.content_semester import MeasureFigures, SemesterReport
from app.reports.layout import BODY, HEADING, SMALL, WIDTH, grid, para
from app.reports.words import DASH, planned_text, rate_text, t


def _limit(m: MeasureFigures, lang: str) -> str:
    if m.unit == "hours":
        return rate_text(m.rate_cents, lang)
    return t("sem.cap", lang, money=format_money(m.cap_cents, lang)) if m.cap_cents else DASH


def measures_table(r: SemesterReport, lang: str) -> list[Flowable]:
    cols = ("measure", "limit", "plans", "planned", "delivered", "planned_cost",
            "delivered_cost")
    rows = [[t(f"sem.col.{c}", lang) for c in cols]]
    for m in r.measures:
        rows.append([m.name(lang), _limit(m, lang), str(m.plans),
                     planned_text(m.unit, m.planned_minutes, m.planned_cents, lang),
                     planned_text(m.unit, m.delivered_minutes, m.delivered_cents, lang),
                     format_money(m.planned_cents, lang), format_money(m.delivered_cents, lang)])
    rows.append([t("sem.col.total", lang), "", "", "", "",
                 format_money(r.planned_cents, lang), format_money(r.delivered_cents, lang)])
    widths = [WIDTH - 138 * mm, 24 * mm, 14 * mm, 26 * mm, 26 * mm, 24 * mm, 24 * mm]
    note = t("sem.measures_note", lang, year=r.semester.school_year)
    if not r.measures:
        return [para(t("sem.measures", lang), HEADING), para(t("sem.no_measures", lang))]
    return [para(t("sem.measures", lang), HEADING), para(note, SMALL),
            grid(rows, widths, right=(1, 2, 3, 4, 5, 6), total=True)]


def _share(part: int, whole: int) -> str:
    """A whole percentage, rounded half up; "—" when there is nothing to compare with."""
    return f"{(part * 100 + whole // 2) // whole}" if whole else DASH


def cost_lines(r: SemesterReport, lang: str) -> list[Flowable]:
    """Cost totals against the rates: planned, delivered, and the share delivered."""
    hours = [m for m in r.measures if m.unit == "hours"]
    euro = [m for m in r.measures if m.unit == "euro"]
    money = {
        "planned": format_money(r.planned_cents, lang),
        "planned_hours": format_money(sum(m.planned_cents for m in hours), lang),
        "planned_euro": format_money(sum(m.planned_cents for m in euro), lang),
        "delivered": format_money(r.delivered_cents, lang),
        "delivered_hours": format_money(sum(m.delivered_cents for m in hours), lang),
        "delivered_euro": format_money(sum(m.delivered_cents for m in euro), lang),
    }
    return [
        para(t("sem.costs", lang), HEADING),
        para(t("sem.costs_planned", lang, **money), BODY),
        para(t("sem.costs_delivered", lang, **money,
               share=_share(r.delivered_cents, r.planned_cents)), BODY),
        Spacer(1, 2 * mm),
    ]
