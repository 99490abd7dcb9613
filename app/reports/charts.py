"""Charts of the semester report (reportlab.graphics), lettered in DejaVu Sans."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from app.reports.fonts import BOLD, REGULAR

LEVEL_COLOURS = (colors.HexColor("#F2D16B"), colors.HexColor("#E8954A"),
                 colors.HexColor("#C8453B"))
PAIR = (colors.HexColor("#9DB8D9"), colors.HexColor("#2F5D8C"))
STATUS_COLOURS = (colors.HexColor("#BBBBBB"), colors.HexColor("#F2D16B"),
                  colors.HexColor("#E8954A"), colors.HexColor("#4E9A5B"),
                  colors.HexColor("#2F5D8C"))


def legend(x: float, y: float, items: Sequence[tuple[colors.Color, str]],
            across: bool = False) -> Legend:
    box = Legend()
    if across:  # one row, side by side
        box.columnMaximum = 1
        box.deltax = 60
    box.x, box.y = x, y
    box.fontName, box.fontSize = REGULAR, 7.5
    box.alignment = "right"
    box.colorNamePairs = list(items)
    box.boxAnchor = "nw"
    return box


def put_title(d: Drawing, text: str) -> None:
    d.add(String(0, d.height - 10, text, fontName=BOLD, fontSize=9))


def levels_chart(title: str, names: Sequence[str], series: Sequence[Sequence[int]],
                 level_names: Sequence[str], width: float) -> Drawing:
    """Pupils per risk category (x) with a bar for each level (low, medium, high)."""
    d = Drawing(width, 62 * mm)
    put_title(d, title)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 10 * mm, 12 * mm, width - 55 * mm, 40 * mm
    chart.data = [list(s) for s in series]
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = REGULAR, 7
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = REGULAR, 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = max(1, (max((max(s) for s in series), default=0) + 4) // 5)
    chart.barSpacing, chart.groupSpacing = 1, 8
    for i, colour in enumerate(LEVEL_COLOURS):
        chart.bars[i].fillColor = colour
    d.add(chart)
    d.add(legend(width - 40 * mm, 50 * mm, list(zip(LEVEL_COLOURS, level_names, strict=True))))
    return d


def status_chart(title: str, names: Sequence[str], counts: Sequence[int],
                 width: float) -> Drawing:
    """Plans by status as a pie, with a legend that carries the counts."""
    d = Drawing(width, 52 * mm)
    put_title(d, title)
    shown = [(n, c, col) for n, c, col in zip(names, counts, STATUS_COLOURS, strict=True) if c]
    if shown:
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 10 * mm, 4 * mm, 38 * mm, 38 * mm
        pie.data = [c for _, c, _ in shown]
        pie.labels = None
        pie.simpleLabels = True
        for i, (_, _, colour) in enumerate(shown):
            pie.slices[i].fillColor = colour
            pie.slices[i].strokeColor = colors.white
        d.add(pie)
    d.add(legend(60 * mm, 42 * mm, [(col, f"{n}: {c}") for n, c, col in shown]))
    return d


def planned_delivered_chart(title: str, names: Sequence[str], planned: Sequence[float],
                            delivered: Sequence[float], pair_names: Sequence[str],
                            width: float) -> Drawing:
    """Euro planned against euro delivered per measure type, as horizontal bars."""
    rows = max(1, len(names))
    height = 22 * mm + rows * 9 * mm
    d = Drawing(width, height)
    put_title(d, title)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 8 * mm
    chart.width, chart.height = width - 70 * mm, height - 24 * mm
    chart.data = [list(planned) or [0], list(delivered) or [0]]
    chart.categoryAxis.categoryNames = [n if len(n) <= 38 else n[:36] + "…" for n in names]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = REGULAR, 7
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = REGULAR, 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor, chart.bars[1].fillColor = PAIR
    d.add(chart)
    d.add(legend(width - 55 * mm, height - 2, list(zip(PAIR, pair_names, strict=True)),
                  across=True))
    return d
