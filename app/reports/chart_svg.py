"""A report chart as SVG, so a screen can show the very drawing the PDF prints."""

from __future__ import annotations

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.lib import colors

from app.reports.content_semester import SemesterReport
from app.reports.fonts import register_fonts
from app.reports.semester import semester_charts


def chart_svg(drawing: Drawing) -> bytes:
    """The drawing as an SVG document (UTF-8), its size in points as the PDF has it."""
    register_fonts()
    framed = Drawing(drawing.width, drawing.height)  # on white paper, as in the PDF
    framed.add(Rect(0, 0, drawing.width, drawing.height, fillColor=colors.white,
                    strokeColor=None))
    framed.add(Group(*drawing.contents))
    text = renderSVG.drawToString(framed)
    return text.encode("utf-8") if isinstance(text, str) else bytes(text)


def chart_title(drawing: Drawing) -> str:
    """The chart's own title: the first string drawn in it (every chart of ours has one)."""
    for item in drawing.contents:
        text = getattr(item, "text", None)
        if isinstance(text, str):
            return text
    return ""


def semester_chart_svgs(report: SemesterReport, lang: str) -> list[tuple[str, bytes]]:
    """The semester report's charts, titled, for the Reports screen."""
    return [(chart_title(d), chart_svg(d)) for d in semester_charts(report, lang)]
