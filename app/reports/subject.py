"""The subject-access report: everything the school holds about one pupil, section by
section, for the parent who asked (GDPR art. 15). Plain data in, a PDF out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.reports.content import SchoolHeader
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.layout import HEADING, SMALL, SUBTITLE, TITLE, WIDTH, build_pdf, grid, para

CELL_SIZE = 8.5  # the grid's cell font size
PADDING = 14  # a cell's left and right padding and its rule, in points


@dataclass(frozen=True)
class Section:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = ""  # said when there are no rows


def _widths(section: Section) -> list[float]:
    """Each column at least as wide as its longest word (a date, "Semestris": no word is
    broken), the rest of the page shared by how much longer its texts are."""
    def width(text: str, bold: bool = False) -> float:
        return stringWidth(text, BOLD if bold else REGULAR, CELL_SIZE) + PADDING

    least, wanted = [], []
    for i, column in enumerate(zip(section.columns, *section.rows, strict=True)):
        least.append(max([width(w, True) for w in section.columns[i].split()]
                         + [width(w) for cell in column[1:] for w in cell.split()]))
        wanted.append(min(max(width(cell) for cell in column[1:]), WIDTH / 2))
    if sum(least) >= WIDTH:
        return [WIDTH * w / sum(least) for w in least]
    more = [max(0.0, want - low) for want, low in zip(wanted, least, strict=True)]
    spare = WIDTH - sum(least)
    share = sum(more) or 1.0
    return [low + spare * (m / share if sum(more) else 1 / len(least))
            for low, m in zip(least, more, strict=True)]


def subject_pdf(title: str, subtitle: str, note: str, sections: list[Section],
                school: SchoolHeader, printed_at: datetime, lang: str,
                author: str = "") -> bytes:
    register_fonts()
    story: list[Flowable] = [para(title, TITLE), para(subtitle, SUBTITLE), para(note, SMALL)]
    for section in sections:
        story.append(para(section.title, HEADING))
        if not section.rows:
            story.append(para(section.empty))
            continue
        story.append(grid([section.columns, *section.rows], _widths(section)))
    return build_pdf(story, title=title, school=school, lang=lang, printed_at=printed_at,
                     author=author)
