"""Risk levels per category, computed from the findings and the ABC early-warning indicators.

Rules (plain, so a teacher can check them by hand):
- Findings of a category: the level is the highest severity found (LOW/MEDIUM/HIGH); two or
  more findings of medium or high severity make it HIGH, and three or more findings of any
  severity make it at least MEDIUM.
- The ABC indicators raise the LEARNING category (attendance, behaviour, course performance):
  absence ≥ 5 % of lessons = MEDIUM (caution), ≥ 10 % = HIGH; unjustified lessons 1–9 = LOW,
  10–19 = MEDIUM, ≥ 20 = HIGH (over 20 a semester the municipality must be told);
  failing marks (below 4 of 10 in core subjects) 1 = LOW, 2–3 = MEDIUM, ≥ 4 = HIGH;
  conduct incidents are counted when repeated: 2 = LOW, 3–4 = MEDIUM, ≥ 5 = HIGH.
- A category's level is the highest of its causes; the overall level is the highest category.
Only signs that can change are used: nothing here looks at gender, ethnicity or the like.

The ABC thresholds above are the defaults (`DEFAULT_THRESHOLDS`); a school year's catalogue
file may set its own (`abc_thresholds`, stored with the year, read with
`app.services.catalogue.thresholds.thresholds_for`), and every function here takes them.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.i18n import DEFAULT_LANGUAGE, render
from app.models.enums import RiskCategory, RiskLevel, Severity
from app.services.assessments.explain import (
    Reason,
    ReasonKind,
    SignFinding,
    explain,
    level_name,
)
from app.services.catalogue.thresholds import (
    DEFAULT_THRESHOLDS,
    AbcThresholds,
)

L = RiskLevel
UNJUSTIFIED_STEPS = ((20, L.HIGH), (10, L.MEDIUM), (1, L.LOW))
FAILING_STEPS = ((4, L.HIGH), (2, L.MEDIUM), (1, L.LOW))
CONDUCT_STEPS = ((5, L.HIGH), (3, L.MEDIUM), (2, L.LOW))




@dataclass(frozen=True)
class Indicators:
    absence_pct: Decimal
    unjustified_lessons: int
    failing_marks: int
    failing_subjects: tuple[str, ...]
    conduct_incidents: int


@dataclass(frozen=True)
class CategoryRisk:
    category: RiskCategory
    level: RiskLevel
    reasons: tuple[Reason, ...]
    explanation_lv: str
    explanation_en: str

    def explanation(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.explanation_en if lang == "en" else self.explanation_lv


@dataclass(frozen=True)
class RiskProfile:
    categories: tuple[CategoryRisk, ...]  # one per RiskCategory, in the official order
    overall: RiskLevel

    def category(self, category: RiskCategory) -> CategoryRisk:
        return next(c for c in self.categories if c.category is category)

    def level(self, category: RiskCategory) -> RiskLevel:
        return self.category(category).level

    @property
    def levels(self) -> dict[RiskCategory, RiskLevel]:
        return {c.category: c.level for c in self.categories}


def _step(n: int, steps: tuple[tuple[int, RiskLevel], ...]) -> RiskLevel:
    return next((level for at_least, level in steps if n >= at_least), RiskLevel.NONE)


def absence_level(pct: Decimal, th: AbcThresholds = DEFAULT_THRESHOLDS) -> RiskLevel:
    if pct >= th.absence_high_pct:
        return RiskLevel.HIGH
    return RiskLevel.MEDIUM if pct >= th.absence_caution_pct else RiskLevel.NONE


def indicator_reasons(ind: Indicators, th: AbcThresholds = DEFAULT_THRESHOLDS) -> list[Reason]:
    """The ABC causes that count (level above NONE), in the order the explanation uses."""
    reasons = [
        Reason(ReasonKind.UNJUSTIFIED, _step(ind.unjustified_lessons, th.steps(th.unjustified)),
               count=ind.unjustified_lessons),
        Reason(ReasonKind.FAILING, _step(ind.failing_marks, th.steps(th.failing)),
               count=ind.failing_marks, subjects=ind.failing_subjects),
        Reason(ReasonKind.ABSENCE, absence_level(ind.absence_pct, th), pct=ind.absence_pct),
        Reason(ReasonKind.CONDUCT, _step(ind.conduct_incidents, th.steps(th.conduct)),
               count=ind.conduct_incidents),
    ]
    return [r for r in reasons if r.level > RiskLevel.NONE]


def finding_reasons(findings: Sequence[SignFinding]) -> list[Reason]:
    """The findings of one category: a SIGNS reason, and COMBINED when their number raised it."""
    if not findings:
        return []
    ordered = tuple(sorted(findings, key=lambda f: -f.severity))
    base = RiskLevel(max(f.severity for f in findings))
    level = base
    if sum(1 for f in findings if f.severity >= Severity.MEDIUM) >= 2:
        level = RiskLevel.HIGH
    elif len(findings) >= 3:
        level = max(level, RiskLevel.MEDIUM)
    reasons = [Reason(ReasonKind.SIGNS, base, signs=ordered)]
    if level > base:
        reasons.append(Reason(ReasonKind.COMBINED, level))
    return reasons


def category_reasons(ind: Indicators, findings: Sequence[SignFinding],
                     th: AbcThresholds = DEFAULT_THRESHOLDS,
                     ) -> dict[RiskCategory, list[Reason]]:
    out: dict[RiskCategory, list[Reason]] = {}
    for category in RiskCategory:
        own = [f for f in findings if f.category is category]
        extra = indicator_reasons(ind, th) if category is RiskCategory.LEARNING else []
        out[category] = [*extra, *finding_reasons(own)]
    return out


def _level(reasons: Sequence[Reason]) -> RiskLevel:
    return max((r.level for r in reasons), default=RiskLevel.NONE)


def risk_levels(ind: Indicators, findings: Sequence[SignFinding],
                th: AbcThresholds = DEFAULT_THRESHOLDS) -> dict[RiskCategory, RiskLevel]:
    """The level per category only (no text): what a list of many pupils needs."""
    return {c: _level(r) for c, r in category_reasons(ind, findings, th).items()}


def risk_profile(ind: Indicators, findings: Sequence[SignFinding],
                 th: AbcThresholds = DEFAULT_THRESHOLDS) -> RiskProfile:
    """Levels per category and overall, each with its explanation in Latvian and English."""
    categories = tuple(
        CategoryRisk(c, _level(r), tuple(r), explain(r, "lv"), explain(r, "en"))
        for c, r in category_reasons(ind, findings, th).items()
    )
    return RiskProfile(categories, max(c.level for c in categories))


class Trend(enum.StrEnum):
    NEW = "new"  # no risk in the previous semester (or no assessment then), some risk now
    HIGHER = "higher"
    LOWER = "lower"
    SAME = "same"


@dataclass(frozen=True)
class CategoryTrend:
    category: RiskCategory
    direction: Trend
    previous_level: RiskLevel | None  # None: no assessment in the previous semester

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """E.g. "Risks ir pieaudzis: iepriekšējā semestrī līmenis bija zems."."""
        key = f"assessment.trend.{self.direction.value}"
        if self.previous_level is None:
            key = ("assessment.trend.new_unassessed" if self.direction is Trend.NEW
                   else "assessment.trend.unassessed")
        elif self.previous_level is RiskLevel.NONE and self.direction is Trend.SAME:
            key = "assessment.trend.none"
        previous = level_name(self.previous_level or RiskLevel.NONE, lang)
        return render(key, lang, previous=previous)


def trend(current: dict[RiskCategory, RiskLevel],
          previous: dict[RiskCategory, RiskLevel] | None) -> tuple[CategoryTrend, ...]:
    """Each category against the previous semester's assessment of the same pupil."""
    out = []
    for category in RiskCategory:
        now = current[category]
        before = previous[category] if previous is not None else None
        if now > RiskLevel.NONE and (before is None or before is RiskLevel.NONE):
            direction = Trend.NEW
        elif before is not None and now > before:
            direction = Trend.HIGHER
        elif before is not None and now < before:
            direction = Trend.LOWER
        else:
            direction = Trend.SAME
        out.append(CategoryTrend(category, direction, before))
    return tuple(out)
