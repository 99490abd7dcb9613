"""Why a pupil is flagged, in plain words: one clause per reason, rendered in lv and en.

"Neattaisnoti kavētas 12 stundas; 2 nesekmīgi vērtējumi: matemātika, latviešu valoda;
kavējumi 11,5 % stundu (augsts līmenis)." Numbers use the Latvian decimal comma and Latvian
plural forms (`app.i18n.plural_lv`) in Latvian.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.i18n import DEFAULT_LANGUAGE, plural_lv, render
from app.models.enums import RiskCategory, RiskLevel, Severity


class ReasonKind(enum.StrEnum):
    UNJUSTIFIED = "unjustified"  # unjustified lessons missed
    FAILING = "failing"  # failing marks (below 4 of 10) in core subjects
    ABSENCE = "absence"  # share of lessons missed
    CONDUCT = "conduct"  # repeated conduct incidents
    SIGNS = "signs"  # risk signs found by the assessor
    COMBINED = "combined"  # several signs together raised the level


@dataclass(frozen=True)
class SignFinding:
    """A finding as the level rules see it: its sign's category and wording, its severity."""

    category: RiskCategory
    name_lv: str
    name_en: str
    severity: Severity


@dataclass(frozen=True)
class Reason:
    """One cause of a category's level; `level` is what this cause alone amounts to."""

    kind: ReasonKind
    level: RiskLevel
    count: int = 0
    pct: Decimal | None = None
    subjects: tuple[str, ...] = ()
    signs: tuple[SignFinding, ...] = ()


def format_decimal(value: Decimal, lang: str = DEFAULT_LANGUAGE) -> str:
    """11.5 → "11,5" in Latvian, "11.5" in English; whole numbers without a fraction."""
    q = value.quantize(Decimal("0.1"))
    text = str(int(q)) if q == q.to_integral_value() else f"{q:f}"
    return text.replace(".", ",") if lang == "lv" else text


def plural_key(base: str, n: int, lang: str) -> str:
    """`base.one`, `base.many` or `base.zero`: Latvian has three slots, English two."""
    if lang == "lv":
        return base + "." + plural_lv(n, "one", "many", "zero")
    return base + (".one" if n == 1 else ".many")


def level_name(level: RiskLevel, lang: str = DEFAULT_LANGUAGE) -> str:
    return render(f"assessment.level.{level.name.lower()}", lang)


def _lower_first(text: str) -> str:
    """"Valodas barjera" → "valodas barjera" inside a list; leaves acronyms ("IT…") alone."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _sign_list(signs: Sequence[SignFinding], lang: str) -> str:
    parts = []
    for sign in signs:
        name = sign.name_en if lang == "en" else sign.name_lv
        severity = render(f"assessment.severity.{sign.severity.name.lower()}", lang)
        parts.append(f"{_lower_first(name)} ({severity})")
    return ", ".join(parts)


def reason_text(reason: Reason, lang: str = DEFAULT_LANGUAGE) -> str:
    """One clause, starting in lower case (the explanation capitalises its first one)."""
    kind, n = reason.kind, reason.count
    if kind is ReasonKind.ABSENCE:
        pct = format_decimal(reason.pct or Decimal(0), lang)
        grade = "high" if reason.level is RiskLevel.HIGH else "caution"
        return render(f"assessment.reason.absence.{grade}", lang, pct=pct)
    if kind is ReasonKind.SIGNS:
        n = len(reason.signs)
        return render(plural_key("assessment.reason.signs", n, lang), lang,
                      signs=_sign_list(reason.signs, lang))
    if kind is ReasonKind.COMBINED:
        return render("assessment.reason.combined", lang)
    return render(plural_key(f"assessment.reason.{kind.value}", n, lang), lang, count=n,
                  subjects=", ".join(reason.subjects))


def explain(reasons: Sequence[Reason], lang: str = DEFAULT_LANGUAGE) -> str:
    """The reasons as one sentence; "Riska pazīmju nav." when there are none."""
    if not reasons:
        return render("assessment.explanation.none", lang)
    text = "; ".join(reason_text(r, lang) for r in reasons)
    return text[:1].upper() + text[1:] + "."
