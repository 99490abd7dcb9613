"""The words documents share: labels from `reports.json`, names of codes, grouped keys."""

from __future__ import annotations

from typing import Any

from app.formatting import format_date, format_hours, format_money
from app.i18n import render
from app.reports.content import SemesterName

LEVELS = {0: "none", 1: "low", 2: "medium", 3: "high"}
DASH = "—"


def t(key: str, lang: str, **params: Any) -> str:
    """A label of the reports catalogue: `t("iap.title", "lv")` → "Individuālais atbalsta plāns"."""
    return render(f"report.{key}", lang, **params)


def category_name(category: str, lang: str) -> str:
    """The official name of a risk category ("Ekonomiskie riski")."""
    return render(f"catalogue.category.{category}", lang)


def level_name(level: int, lang: str) -> str:
    return render(f"assessment.level.{LEVELS[level]}", lang)


def severity_name(severity: int, lang: str) -> str:
    return render(f"assessment.severity.{LEVELS[severity]}", lang)


def semester_name(sem: SemesterName, lang: str) -> str:
    """"2026/2027. mācību gada 1. semestris (01.09.2026–31.12.2026)"."""
    return t("semester", lang, year=sem.school_year, number=sem.number,
             start=format_date(sem.starts_on), end=format_date(sem.ends_on))


def rate_text(rate_cents: int, lang: str) -> str:
    return t("per_hour", lang, money=format_money(rate_cents, lang))


def planned_text(unit: str, minutes: int, cents: int, lang: str) -> str:
    return format_hours(minutes, lang) if unit == "hours" else format_money(cents, lang)


def grouped(text: str, size: int = 4) -> str:
    """A key or fingerprint in groups of four: "ABCD EFGH IJKL" (spaces, colons, dashes go)."""
    plain = "".join(ch for ch in text if ch.isalnum())
    return " ".join(plain[i:i + size] for i in range(0, len(plain), size))
