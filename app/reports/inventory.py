"""The data inventory as a PDF: per database a heading, per table its place, readers and
retention, then its fields in a ruled table. Plain data in (`content_inventory`), bytes out."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from app.reports.content import SchoolHeader
from app.reports.content_inventory import Inventory
from app.reports.fonts import register_fonts
from app.reports.layout import (
    HEADING,
    SMALL,
    TITLE,
    WIDTH,
    build_pdf,
    grid,
    label_value,
    para,
    style,
)

WIDTHS = (0.22, 0.44, 0.14, 0.20)
TABLE_HEADING = style("table_heading", 10, bold=True, spaceBefore=4 * mm, spaceAfter=1 * mm)


def inventory_pdf(inventory: Inventory, printed_at: datetime) -> bytes:
    register_fonts()
    story: list[Flowable] = [para(inventory.title, TITLE)]
    story += [para(text, SMALL) for text in inventory.intro]
    for database in inventory.databases:
        story.append(para(database.title, HEADING))
        for t in database.tables:
            head = [para(f"{t.name} — {t.description}", TABLE_HEADING)]
            head += [label_value(label, value) for label, value in
                     zip(inventory.labels, (t.where, t.readers, t.retention), strict=True)]
            rows = [list(inventory.headers)]
            rows += [[f.name, f.description, f.kind, f.leaves] for f in t.fields]
            story.append(KeepTogether(head))
            story.append(grid(rows, [WIDTH * w for w in WIDTHS]))
    return build_pdf(story, title=inventory.title, school=SchoolHeader("Pumpurs", "", ""),
                     lang=inventory.lang, printed_at=printed_at)
