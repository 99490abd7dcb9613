"""The pupil card's charts: risk levels per category over the semesters, and the plan's euro
planned against delivered — drawn as the report charts are, for the screen (as SVG)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from app.reports.charts import legend, planned_delivered_chart, put_title
from app.reports.fonts import REGULAR
from app.reports.words import level_name, t

CATEGORY_COLOURS = (colors.HexColor("#2F5D8C"), colors.HexColor("#4E9A5B"),
                    colors.HexColor("#E8954A"), colors.HexColor("#8E5EA2"))
ABSENCE_COLOURS = (colors.HexColor("#9DB8D9"), colors.HexColor("#C8453B"))
CARD_WIDTH = 150 * mm


def risk_history_chart(semesters: Sequence[str], levels: Sequence[Sequence[int]],
                       categories: Sequence[str], lang: str,
                       width: float = CARD_WIDTH) -> Drawing:
    """Semesters along the bottom; per category a bar as high as its level (none…high),
    the levels named on the axis. `levels[c][s]` is category c's level in semester s."""
    d = Drawing(width, 62 * mm)
    put_title(d, t("card.chart.risks", lang))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 24 * mm, 10 * mm, width - 82 * mm, 42 * mm
    chart.data = [list(row) or [0] for row in levels]
    chart.categoryAxis.categoryNames = list(semesters) or [""]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = REGULAR, 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 3, 1
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = REGULAR, 7
    chart.valueAxis.labelTextFormat = lambda v: level_name(int(v), lang)
    chart.barSpacing, chart.groupSpacing = 1, 10
    for i, colour in enumerate(CATEGORY_COLOURS[:len(levels)]):
        chart.bars[i].fillColor = colour
    d.add(chart)
    key = legend(width - 52 * mm, 50 * mm, list(zip(CATEGORY_COLOURS, categories, strict=False)))
    key.columnMaximum = len(CATEGORY_COLOURS)  # one column, all four categories
    d.add(key)
    return d


def plan_delivery_chart(names: Sequence[str], planned_euro: Sequence[float],
                        delivered_euro: Sequence[float], lang: str,
                        width: float = CARD_WIDTH) -> Drawing:
    return planned_delivered_chart(t("card.chart.delivery", lang), names, planned_euro,
                                   delivered_euro, [t("sem.planned", lang),
                                                    t("sem.delivered", lang)], width)


def absence_chart(periods: Sequence[str], justified: Sequence[float | None],
                  unjustified: Sequence[float | None], lang: str,
                  width: float = CARD_WIDTH) -> Drawing:
    """Lessons missed per imported period: with a reason and without, side by side; a
    figure the e-journal did not give (None) is left out, never drawn as 0."""
    d = Drawing(width, 58 * mm)
    put_title(d, t("card.chart.absences", lang))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 10 * mm, width - 72 * mm, 38 * mm
    chart.data = [list(justified) or [0], list(unjustified) or [0]]
    chart.categoryAxis.categoryNames = list(periods) or [""]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = REGULAR, 7
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = REGULAR, 7
    chart.valueAxis.valueMin = 0
    chart.barSpacing, chart.groupSpacing = 1, 8
    chart.bars[0].fillColor, chart.bars[1].fillColor = ABSENCE_COLOURS
    d.add(chart)
    names = [t("card.chart.justified", lang), t("card.chart.unjustified", lang)]
    d.add(legend(width - 52 * mm, 46 * mm, list(zip(ABSENCE_COLOURS, names, strict=True))))
    return d
