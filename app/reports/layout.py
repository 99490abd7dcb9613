"""The school's paperwork look shared by every document: A4, the school header on each page,
"Lapa 1 no 3" in the footer, DejaVu Sans, plain ruled tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from app.formatting import format_datetime
from app.i18n import render
from app.reports.content import SchoolHeader
from app.reports.fonts import BOLD, REGULAR, register_fonts

MARGIN = 18 * mm
INSET = 6  # reportlab's frame padding: text starts this far inside the margin
LEFT = MARGIN + INSET
WIDTH = A4[0] - 2 * LEFT  # the text width
GREY = colors.HexColor("#E8E8E8")
RULE = colors.HexColor("#555555")
Footer = Callable[[Canvas, int, int], None]


def style(name: str, size: float = 9.5, bold: bool = False, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size,
                          leading=size * 1.3, **kw)


BODY = style("body")
SMALL = style("small", 8, textColor=colors.HexColor("#333333"))
CELL = style("cell", 8.5)
CELL_BOLD = style("cell_bold", 8.5, bold=True)
CELL_RIGHT = style("cell_right", 8.5, alignment=TA_RIGHT)
CELL_BOLD_RIGHT = style("cell_bold_right", 8.5, bold=True, alignment=TA_RIGHT)
TITLE = style("title", 16, bold=True, alignment=TA_CENTER, spaceAfter=2 * mm)
SUBTITLE = style("subtitle", 10.5, alignment=TA_CENTER, spaceAfter=5 * mm)
HEADING = style("heading", 11, bold=True, spaceBefore=4 * mm, spaceAfter=1.5 * mm)


def para(text: str, st: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text: escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), st)


def numbered(texts: Sequence[str], st: ParagraphStyle = BODY) -> ListFlowable:
    """A numbered list ("1.", "2.", …) in the body font."""
    items = [ListItem(para(x, st), leftIndent=14) for x in texts]
    return ListFlowable(items, bulletType="1", bulletFormat="%s.", leftIndent=14,
                        bulletFontName=REGULAR, bulletFontSize=st.fontSize)


def bullets(texts: Sequence[str], st: ParagraphStyle = BODY) -> ListFlowable:
    items = [ListItem(para(x, st), leftIndent=10) for x in texts]
    return ListFlowable(items, bulletType="bullet", start="•", leftIndent=10,
                        bulletFontName=REGULAR, bulletFontSize=st.fontSize)


def label_value(label: str, value: str) -> Paragraph:
    return Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", BODY)


def _cell_style(bold: bool, right: bool) -> ParagraphStyle:
    if right:
        return CELL_BOLD_RIGHT if bold else CELL_RIGHT
    return CELL_BOLD if bold else CELL


def grid(rows: Sequence[Sequence[str | Flowable]], widths: Sequence[float],
         right: Sequence[int] = (), total: bool = False) -> Table:
    """A ruled table: bold shaded header row, `right` columns aligned right, an optional
    bold total row at the end. Strings become wrapped paragraphs."""
    body: list[list[Any]] = []
    for i, row in enumerate(rows):
        bold = i == 0 or (total and i == len(rows) - 1)
        body.append([para(c, _cell_style(bold, j in right)) if isinstance(c, str) else c
                     for j, c in enumerate(row)])
    table = Table(body, colWidths=list(widths), repeatRows=1)
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), GREY))
    table.setStyle(TableStyle(commands))
    return table


def _page_canvas(footer: Footer) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each can say "Lapa 1 no N"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _header(school: SchoolHeader, lang: str) -> Callable[[Canvas, Any], None]:
    def draw(c: Canvas, _doc: Any) -> None:
        top = A4[1] - 12 * mm
        c.saveState()
        c.setFont(BOLD, 10.5)
        c.drawString(LEFT, top, school.name)
        if school.registration_number or school.municipality:
            c.setFont(REGULAR, 8.5)
            c.drawString(LEFT, top - 4.5 * mm, render(
                "report.school_line", lang, reg_no=school.registration_number,
                municipality=school.municipality))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(LEFT, top - 7 * mm, A4[0] - LEFT, top - 7 * mm)
        c.restoreState()
    return draw


def _footer(printed_at: datetime, lang: str) -> Footer:
    def draw(c: Canvas, page: int, total: int) -> None:
        c.saveState()
        c.setFont(REGULAR, 8)
        c.drawString(LEFT, 10 * mm, render("report.printed", lang,
                                             at=format_datetime(printed_at, lang)))
        c.drawRightString(A4[0] - LEFT, 10 * mm,
                          render("report.page", lang, page=page, total=total))
        c.restoreState()
    return draw


def build_pdf(story: list[Flowable], *, title: str, school: SchoolHeader, lang: str,
              printed_at: datetime, author: str = "") -> bytes:
    """Lay `story` out on A4 pages with the school header and numbered footer."""
    register_fonts()
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + 8 * mm, bottomMargin=MARGIN, title=title,
                            author=author or school.name, creator="Pumpurs", lang=lang)
    header = _header(school, lang)
    doc.build(story, onFirstPage=header, onLaterPages=header,
              canvasmaker=_page_canvas(_footer(printed_at, lang)))
    return out.getvalue()
