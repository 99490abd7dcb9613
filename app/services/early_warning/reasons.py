"""The plain-language reason and trend of a candidate, from its figures only:
"12 neattaisnoti kavētas stundas oktobrī; kavējumi 11,5 % stundu"."""

from __future__ import annotations

from app.i18n import render
from app.services.assessments.explain import plural_key
from app.services.early_warning.candidates import Direction, PeriodFigures, percent_text


def period_words(f: PeriodFigures, lang: str) -> str:
    """"oktobrī" / "in October"; "2026/2027. m. g. 1. semestrī" / "in semester 1 of …"."""
    if f.period_kind == "month":
        return render(f"early_warning.in_month.{f.starts_on.month}", lang)
    year, _, number = f.period.rpartition("-")
    return render("early_warning.in_semester", lang, year=year, number=number)


def reason_text(f: PeriodFigures, lang: str) -> str:
    where = period_words(f, lang)
    if f.unjustified is None:
        unjustified = render("early_warning.reason.unjustified_none", lang, period=where)
    else:
        unjustified = render(plural_key("early_warning.reason.unjustified", f.unjustified,
                                        lang), lang, count=f.unjustified, period=where)
    absence = (render("early_warning.reason.absence_none", lang) if f.absence_pct is None
               else render("early_warning.reason.absence", lang,
                           pct=percent_text(f.absence_pct, lang)))
    return f"{unjustified}; {absence}"


def trend_text(direction: Direction, previous: PeriodFigures | None, lang: str) -> str:
    if previous is None:
        return render("early_warning.trend.unknown", lang)
    unjustified = (render("early_warning.no_data", lang) if previous.unjustified is None
                   else str(previous.unjustified))
    return render(f"early_warning.trend.{direction.value}", lang,
                  period=period_words(previous, lang),
                  pct=percent_text(previous.absence_pct, lang), unjustified=unjustified)
