"""Risk levels at their thresholds, the plain-language explanation in lv and en, the trend."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models.enums import RiskCategory, RiskLevel, Severity
from app.services.assessments.explain import SignFinding, format_decimal
from app.services.assessments.levels import Indicators, Trend, risk_levels, risk_profile, trend

C, L, S = RiskCategory, RiskLevel, Severity
QUIET = Indicators(Decimal("0"), 0, 0, (), 0)


def ind(absence: str = "0", unjustified: int = 0, failing: int = 0,
        subjects: tuple[str, ...] = (), conduct: int = 0) -> Indicators:
    return Indicators(Decimal(absence), unjustified, failing, subjects, conduct)


def sign(category: RiskCategory, severity: Severity, name: str = "Pazīme",
         name_en: str = "Sign") -> SignFinding:
    return SignFinding(category, name, name_en, severity)


@pytest.mark.parametrize(("indicators", "level"), [
    (ind(absence="4.9"), L.NONE), (ind(absence="5"), L.MEDIUM), (ind(absence="9.9"), L.MEDIUM),
    (ind(absence="10"), L.HIGH), (ind(absence="100"), L.HIGH),
    (ind(unjustified=1), L.LOW), (ind(unjustified=9), L.LOW), (ind(unjustified=10), L.MEDIUM),
    (ind(unjustified=19), L.MEDIUM), (ind(unjustified=20), L.HIGH),
    (ind(failing=1, subjects=("fizika",)), L.LOW), (ind(failing=2, subjects=("fizika",)),
                                                     L.MEDIUM),
    (ind(failing=3, subjects=("fizika",)), L.MEDIUM), (ind(failing=4, subjects=("fizika",)),
                                                       L.HIGH),
    (ind(conduct=1), L.NONE), (ind(conduct=2), L.LOW), (ind(conduct=3), L.MEDIUM),
    (ind(conduct=4), L.MEDIUM), (ind(conduct=5), L.HIGH),
    (ind(absence="5", unjustified=20, conduct=2), L.HIGH),
])
def test_indicators_raise_only_the_learning_category(indicators: Indicators,
                                                     level: RiskLevel) -> None:
    levels = risk_levels(indicators, [])
    assert levels[C.LEARNING] is level
    assert all(levels[c] is L.NONE for c in RiskCategory if c is not C.LEARNING)


@pytest.mark.parametrize(("severities", "level"), [
    ((S.LOW,), L.LOW), ((S.MEDIUM,), L.MEDIUM), ((S.HIGH,), L.HIGH),
    ((S.LOW, S.LOW), L.LOW), ((S.LOW, S.MEDIUM), L.MEDIUM),
    ((S.LOW, S.LOW, S.LOW), L.MEDIUM),  # three signs together
    ((S.MEDIUM, S.MEDIUM), L.HIGH),  # two of medium or high severity
])
def test_findings_give_the_level_of_their_category(severities: tuple[Severity, ...],
                                                   level: RiskLevel) -> None:
    profile = risk_profile(QUIET, [sign(C.FAMILY, s) for s in severities])
    assert profile.level(C.FAMILY) is level and profile.overall is level
    assert profile.level(C.ECONOMIC) is L.NONE and profile.level(C.LEARNING) is L.NONE


def test_overall_is_the_highest_category() -> None:
    profile = risk_profile(ind(absence="6"), [sign(C.ECONOMIC, S.HIGH),
                                              sign(C.SOCIAL_HEALTH, S.LOW)])
    assert profile.levels == {C.LEARNING: L.MEDIUM, C.SOCIAL_HEALTH: L.LOW,
                              C.ECONOMIC: L.HIGH, C.FAMILY: L.NONE}
    assert profile.overall is L.HIGH


def test_explanation_in_latvian_and_english() -> None:
    profile = risk_profile(ind(absence="11.5", unjustified=12, failing=2,
                               subjects=("matemātika", "latviešu valoda")), [])
    learning = profile.category(C.LEARNING)
    assert learning.explanation("lv") == (
        "Neattaisnoti kavētas 12 stundas; 2 nesekmīgi vērtējumi: matemātika, latviešu valoda; "
        "kavējumi 11,5 % stundu (augsts līmenis).")
    assert learning.explanation("en") == (
        "12 lessons missed without a valid reason; 2 failing marks: matemātika, latviešu "
        "valoda; absent from 11.5% of lessons (high level).")
    assert profile.category(C.FAMILY).explanation("lv") == "Riska pazīmju nav."
    assert profile.category(C.FAMILY).explanation("en") == "No risk signs found."


@pytest.mark.parametrize(("indicators", "lv", "en"), [
    (ind(unjustified=21), "Neattaisnoti kavēta 21 stunda.",
     "21 lessons missed without a valid reason."),
    (ind(unjustified=1), "Neattaisnoti kavēta 1 stunda.",
     "1 lesson missed without a valid reason."),
    (ind(unjustified=11), "Neattaisnoti kavētas 11 stundas.",
     "11 lessons missed without a valid reason."),
    (ind(failing=1, subjects=("ķīmija",)), "1 nesekmīgs vērtējums: ķīmija.",
     "1 failing mark: ķīmija."),
    (ind(absence="5"), "Kavējumi 5 % stundu (piesardzības līmenis).",
     "Absent from 5% of lessons (caution level)."),
    (ind(conduct=3), "3 uzvedības pārkāpumi.", "3 conduct incidents."),
])
def test_numbers_and_plural_forms(indicators: Indicators, lv: str, en: str) -> None:
    learning = risk_profile(indicators, []).category(C.LEARNING)
    assert (learning.explanation("lv"), learning.explanation("en")) == (lv, en)


def test_findings_are_explained_with_their_severity() -> None:
    addiction = sign(C.FAMILY, S.MEDIUM, "Vecāku atkarības", "Parental addiction")
    conflict = sign(C.FAMILY, S.HIGH, "Konflikti vai vardarbība ģimenē",
                    "Conflict or violence in the family")
    family = risk_profile(QUIET, [addiction, conflict]).category(C.FAMILY)
    assert family.level is L.HIGH
    assert family.explanation("lv") == (
        "Konstatētas riska pazīmes: konflikti vai vardarbība ģimenē (augsta pakāpe), vecāku "
        "atkarības (vidēja pakāpe).")
    assert family.explanation("en") == (
        "Risk signs found: conflict or violence in the family (high), parental addiction "
        "(medium).")
    two_medium = risk_profile(QUIET, [addiction, sign(C.FAMILY, S.MEDIUM, "Aprūpes pienākumi "
                                                      "mājās", "Caring duties at home")])
    assert two_medium.level(C.FAMILY) is L.HIGH
    assert two_medium.category(C.FAMILY).explanation("lv").endswith(
        "aprūpes pienākumi mājās (vidēja pakāpe); vairākas pazīmes kopā paaugstina riska "
        "līmeni.")
    assert two_medium.category(C.FAMILY).explanation("en").endswith(
        "; several signs together raise the risk level.")
    one = risk_profile(QUIET, [sign(C.ECONOMIC, S.LOW, "Ēdināšana", "Meals")])
    assert one.category(C.ECONOMIC).explanation("lv") == (
        "Konstatēta riska pazīme: ēdināšana (zema pakāpe).")


def test_decimal_comma() -> None:
    assert format_decimal(Decimal("11.5"), "lv") == "11,5"
    assert format_decimal(Decimal("10.0"), "lv") == "10"
    assert format_decimal(Decimal("0.5"), "en") == "0.5"


def test_trend_against_the_previous_semester() -> None:
    before = {C.LEARNING: L.MEDIUM, C.SOCIAL_HEALTH: L.NONE, C.ECONOMIC: L.HIGH,
              C.FAMILY: L.LOW}
    now = {C.LEARNING: L.HIGH, C.SOCIAL_HEALTH: L.MEDIUM, C.ECONOMIC: L.HIGH, C.FAMILY: L.NONE}
    got = {t.category: t for t in trend(now, before)}
    assert [got[c].direction for c in RiskCategory] == [
        Trend.HIGHER, Trend.NEW, Trend.SAME, Trend.LOWER]
    assert got[C.LEARNING].previous_level is L.MEDIUM
    assert got[C.LEARNING].text("lv") == (
        "Risks ir pieaudzis: iepriekšējā semestrī līmenis bija vidējs.")
    assert got[C.FAMILY].text("en") == (
        "The risk has eased: in the previous semester the level was low.")
    first = {t.category: t for t in trend(now, None)}
    assert first[C.LEARNING].direction is Trend.NEW and first[C.LEARNING].previous_level is None
    assert first[C.FAMILY].direction is Trend.SAME
    assert first[C.FAMILY].text("lv") == "Iepriekšējā semestrī izvērtējuma nebija."
