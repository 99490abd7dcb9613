"""The plain-language reason and trend of a candidate, from its figures only:
"12 neattaisnoti kavētas stundas oktobrī; kavējumi 11,5 % stundu; 2 nesekmīgi vērtējumi
matemātikā un fizikā oktobrī; vidējais vērtējums samazinājies no 6,8 septembrī līdz 5,2
oktobrī; 3 uzvedības piezīmes oktobrī"."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from app.i18n import render
from app.services.assessments.explain import format_decimal, plural_key
from app.services.early_warning.candidates import Direction, PeriodFigures, percent_text
from app.services.early_warning.marks_conduct import ConductPeriod, MarkPeriod
from app.services.early_warning.subjects import in_subject, listed


class Period(Protocol):
    @property
    def period(self) -> str: ...
    @property
    def period_kind(self) -> str: ...
    @property
    def starts_on(self) -> date: ...


def period_words(f: Period, lang: str) -> str:
    """"oktobrī" / "in October"; "2026/2027. m. g. 1. semestrī" / "in semester 1 of …"."""
    if f.period_kind == "month":
        return render(f"early_warning.in_month.{f.starts_on.month}", lang)
    year, _, number = f.period.rpartition("-")
    return render("early_warning.in_semester", lang, year=year, number=number)


def attendance_reason(f: PeriodFigures | None, lang: str) -> str:
    if f is None:
        return render("early_warning.reason.attendance_none", lang)
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


def marks_reason(m: MarkPeriod, previous: MarkPeriod | None, falling: bool | None,
                 lang: str) -> list[str]:
    """The failing marks (when any) and a falling average (when it fell)."""
    parts = []
    where = period_words(m, lang)
    if m.failing:
        names = [in_subject(s) if lang == "lv" else s for s in m.failing_subjects]
        parts.append(render(plural_key("early_warning.reason.failing", m.failing, lang), lang,
                            count=m.failing, subjects=listed(names, lang), period=where))
    if falling and previous is not None and previous.average is not None and (
            m.average is not None):
        parts.append(render("early_warning.reason.falling", lang,
                            before=format_decimal(previous.average, lang),
                            before_period=period_words(previous, lang),
                            now=format_decimal(m.average, lang), period=where))
    return parts


def conduct_reason(c: ConductPeriod, lang: str) -> list[str]:
    if not c.notes:
        return []
    return [render(plural_key("early_warning.reason.conduct", c.notes, lang), lang,
                   count=c.notes, period=period_words(c, lang))]


def reason_text(f: PeriodFigures | None, lang: str, *, marks: MarkPeriod | None = None,
                previous_marks: MarkPeriod | None = None, falling: bool | None = None,
                conduct: ConductPeriod | None = None) -> str:
    parts = [attendance_reason(f, lang)]
    if marks is not None:
        parts += marks_reason(marks, previous_marks, falling, lang)
    if conduct is not None:
        parts += conduct_reason(conduct, lang)
    return "; ".join(parts)


def trend_text(direction: Direction, previous: PeriodFigures | None, lang: str) -> str:
    if previous is None:
        return render("early_warning.trend.unknown", lang)
    unjustified = (render("early_warning.no_data", lang) if previous.unjustified is None
                   else str(previous.unjustified))
    return render(f"early_warning.trend.{direction.value}", lang,
                  period=period_words(previous, lang),
                  pct=percent_text(previous.absence_pct, lang), unjustified=unjustified)
