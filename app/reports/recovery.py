"""The recovery-key sheet printed at the first run: the key that opens the database when the
computer's key store has lost it, and what to do with the sheet."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.formatting import format_datetime
from app.reports.content import SchoolHeader
from app.reports.fonts import MONO, register_fonts
from app.reports.layout import (
    HEADING,
    SUBTITLE,
    TITLE,
    WIDTH,
    build_pdf,
    label_value,
    numbered,
    para,
)
from app.reports.words import t

PER_ROW = 5


def key_groups(recovery_key: str) -> list[str]:
    """The key's groups of four as printed ("ABCD-EFGH-…" → ["ABCD", "EFGH", …])."""
    parts = [p for p in re.split(r"[\s\-]+", recovery_key.strip()) if p]
    if len(parts) == 1 and len(parts[0]) > 4:
        parts = [parts[0][i:i + 4] for i in range(0, len(parts[0]), 4)]
    return parts


def _key_table(recovery_key: str) -> Table:
    groups = key_groups(recovery_key)
    rows = [groups[i:i + PER_ROW] for i in range(0, len(groups), PER_ROW)]
    rows[-1] += [""] * (PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[WIDTH / PER_ROW] * PER_ROW, rowHeights=14 * mm)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), MONO, 22),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F4F4")),
    ]))
    return table


def _steps(lang: str, db_path: Path) -> Flowable:
    keys = ("what", "store", "never", "use", "lost")
    return numbered([t(f"recovery.step.{k}", lang, path=db_path) for k in keys])


def recovery_sheet_pdf(school_name: str, db_path: Path | str, recovery_key: str,
                       created_at: datetime, lang: str = "lv") -> bytes:
    """One A4 page: school, database file, date, the key in large groups, instructions."""
    register_fonts()
    path = Path(db_path)
    story: list[Flowable] = [
        para(t("recovery.title", lang), TITLE),
        para(t("recovery.subtitle", lang), SUBTITLE),
        label_value(t("recovery.school", lang), school_name),
        label_value(t("recovery.database", lang), str(path)),
        label_value(t("recovery.created", lang), format_datetime(created_at, lang)),
        Spacer(1, 5 * mm), para(t("recovery.key", lang), HEADING), _key_table(recovery_key),
        Spacer(1, 5 * mm), para(t("recovery.instructions", lang), HEADING), _steps(lang, path),
        Spacer(1, 10 * mm),
        label_value(t("recovery.kept_by", lang), "_" * 40),
        Spacer(1, 4 * mm),
        label_value(t("recovery.kept_where", lang), "_" * 40),
    ]
    return build_pdf(story, title=t("recovery.title", lang),
                     school=SchoolHeader(school_name, "", ""), lang=lang,
                     printed_at=created_at)
