"""The semester report as a PDF (reportlab, DejaVu Sans for ā č ē ģ ī ķ ļ ņ š ū ž): the whole
municipality first, then one section per school; only counts, hours and sums of money. Every
text given to a Paragraph is escaped (a school's name is whatever the school sent)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.formatting import format_money
from app.hub.projections import CATEGORIES
from app.hub.report import ALL, SemesterReport
from app.i18n import render
from app.paths import resource_path

FONT, BOLD = "PumpursHubSans", "PumpursHubSans-Bold"


def _fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))


def hours(minutes: int) -> str:
    whole, rest = divmod(minutes * 100 // 60, 100)
    return f"{whole},{rest:02d}"


@cache
def measure_names(lang: str) -> dict[str, str]:
    """Measure type code → name, from the bundled catalogues (newest year wins)."""
    names: dict[str, str] = {}
    for path in sorted(resource_path("catalogue").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            names.update({m["code"]: m[f"name_{lang}"] for m in data.get("measure_types", [])})
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return names


def _label(lang: str, kind: str, code: str) -> str:
    if kind == "measure":
        return measure_names(lang).get(code, code)
    key = f"hub.pdf.{kind}.{code}"
    text = render(key, lang)
    return code if text == key else text


def _table(rows: list[list[str]]) -> Table:
    table = Table(rows, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5), ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecf4")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return table


def _section(report: SemesterReport, sid: str, lang: str) -> list[list[list[str]]]:
    def v(section: str, item: str, metric: str) -> int:
        return report.value(section, sid, item, metric)

    def items(section: str) -> list[str]:
        return sorted({x.item for x in report.lines if x.section == section and x.school_id == sid})

    t = lambda key: render(f"hub.pdf.{key}", lang)  # noqa: E731
    risk = [[t("category"), t("pupils_at_risk")]] + [
        [_label(lang, "category", c), str(v("risk", c, "pupils_at_risk"))] for c in CATEGORIES]
    risk.append([t("total_at_risk"), f"{v('risk', 'total', 'pupils_at_risk')} / "
                 f"{v('risk', 'total', 'pupils_assessed')}"])
    plans = [[t("status"), t("plans"), t("planned_cost")]] + [
        [_label(lang, "status", st), str(v("plans", st, "plans")),
         format_money(v("plans", st, "planned_cost_cents"))] for st in items("plans")]
    plans += [[_label(lang, "decision", d), str(v("decisions", d, "plans")), ""]
              for d in items("decisions")]
    measures = [[t("measure"), t("planned_hours"), t("delivered_hours"), t("planned_cost"),
                 t("rate_cost"), t("delivered_value")]] + [
        [_label(lang, "measure", m), hours(v("measures", m, "planned_minutes")),
         hours(v("measures", m, "delivered_minutes")),
         format_money(v("measures", m, "planned_cost_cents")),
         format_money(v("measures", m, "rate_cost_cents")),
         format_money(v("measures", m, "delivered_cents"))] for m in items("measures")]
    specialists = [[t("specialist"), t("sessions"), t("pupils"), t("hours"), t("value")]] + [
        [_label(lang, "specialist", sp), str(v("specialists", sp, "sessions")),
         str(v("specialists", sp, "pupils")), hours(v("specialists", sp, "minutes")),
         format_money(v("specialists", sp, "value_cents"))] for sp in items("specialists")]
    costs = [[t("planned_cost"), t("rate_cost"), t("delivered_value")],
             [format_money(v("costs", "total", "planned_cost_cents")),
              format_money(v("costs", "total", "rate_cost_cents")),
              format_money(v("costs", "total", "delivered_value_cents"))]]
    return [risk, plans, measures, specialists, costs]


def _text(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: a Paragraph reads markup (`<img src=…>` opens a file), so
    every text — a school's name above all — is escaped first."""
    return Paragraph(escape(text), style)


def write_pdf(report: SemesterReport, path: Path, lang: str = "lv") -> None:
    _fonts()
    title = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8)
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    story: list = [
        _text(render("hub.pdf.title", lang), title),
        _text(f"{report.municipality} — {report.semester}", head),
        _text(render("hub.pdf.note", lang) + " "
              + report.generated_at.strftime("%d.%m.%Y %H:%M UTC"), body),
    ]
    parts = ("part_risk", "part_plans", "part_measures", "part_specialists", "part_costs")
    for sid, name in [(ALL, render("hub.pdf.all_schools", lang))] + \
            [(sid, f"{name} ({reg})") for sid, name, reg in report.schools]:
        story.append(_text(name, head))
        for part, rows in zip(parts, _section(report, sid, lang), strict=True):
            story += [_text(render(f"hub.pdf.{part}", lang), body), _table(rows),
                      Spacer(1, 3 * mm)]
    SimpleDocTemplate(str(path), pagesize=A4, title=render("hub.pdf.title", lang),
                      leftMargin=15 * mm, rightMargin=15 * mm).build(story)
