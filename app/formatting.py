"""How numbers, money and dates read for people: Latvian style by default.

Dates `dd.mm.yyyy`, money `1 234,56 €` (a narrow no-break space between thousands, decimal
comma), hours `1,5 h`. Shared by the desktop UI, the command line and the PDF reports.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from zoneinfo import ZoneInfo

THOUSANDS = "\u00a0"  # no-break space: "1 234,56 €" never breaks across lines
RIGA = ZoneInfo("Europe/Riga")


def _group(digits: str) -> str:
    out: list[str] = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return THOUSANDS.join(out)


def format_money(cents: int, lang: str = "lv") -> str:
    """1234.56 EUR from 123456 cents: lv "1 234,56 €", en "€1,234.56"."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    if lang == "en":
        return f"{sign}€{euros:,}.{rest:02d}"
    return f"{sign}{_group(str(euros))},{rest:02d}\u00a0€"


def format_amount(cents: int, lang: str = "lv") -> str:
    """An amount as it is typed into a field, no grouping, no unit: "18,50" / "18.50"."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole}{',' if lang == 'lv' else '.'}{rest:02d}"


def format_hours(minutes: int, lang: str = "lv") -> str:
    """Minutes as people say them: 90 → "1 h 30 min", 45 → "45 min", 120 → "2 h", 0 → "0 h"
    (the same in both languages; the non-breaking spaces keep a figure with its unit)."""
    sign, minutes = ("−", -minutes) if minutes < 0 else ("", minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return f"{sign}{hours}\u00a0h"
    if hours == 0:
        return f"{sign}{rest}\u00a0min"
    return f"{sign}{hours}\u00a0h\u00a0{rest}\u00a0min"


def riga_today() -> date:
    """Today in Latvia: the day of the times the app shows and names files with (RIGA), even
    on a machine whose clock runs in another zone."""
    return datetime.now(RIGA).date()


def format_date(value: date | None, lang: str = "lv") -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y")


def format_datetime(value: datetime | None, lang: str = "lv") -> str:
    """An aware UTC time shown in Riga local time: "23.11.2026 14:05"."""
    if value is None:
        return ""
    return value.astimezone(RIGA).strftime("%d.%m.%Y %H:%M")


def parse_money(text: str) -> int:
    """"1 234,56", "1234.5", "12 €" → cents. Raises ValueError on anything else."""
    cleaned = text.replace("€", "").replace(THOUSANDS, "").replace(" ", "").strip()
    cleaned = cleaned.replace(",", ".")
    if not cleaned or cleaned.count(".") > 1:
        raise ValueError(text)
    whole, _, frac = cleaned.partition(".")
    if (not whole.isdigit() and whole != "") or (frac and not frac.isdigit()) or len(frac) > 2:
        raise ValueError(text)
    return int(whole or "0") * 100 + int((frac + "00")[:2])


def file_slug(text: str, fallback: str) -> str:
    """A name for a file or folder: "Priekules vidusskola" → "priekules-vidusskola"
    (Latvian letters without their marks, at most 60 characters; `fallback` when empty)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:60].strip("-") or fallback
