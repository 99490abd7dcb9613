"""Risk profiles of demo pupils: which signs go together, which indicators and measures fit.

Each at-risk pupil gets one profile for the whole history, so the findings, the ABC
indicators (absence, unjustified lessons, failing marks, conduct incidents), the plan's goals
and measures tell one consistent story. Sign and measure codes are those of the catalogue
files in resources/catalogue/.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Severity

H, M, L = Severity.HIGH, Severity.MEDIUM, Severity.LOW


@dataclass(frozen=True)
class Profile:
    key: str
    weight: int
    primary: tuple[tuple[str, Severity], ...]  # always found
    secondary: tuple[tuple[str, Severity], ...]  # one or two of these
    absence_pct: tuple[int, int]  # tenths of a percent, inclusive range
    unjustified_share: tuple[int, int]  # percent of absent lessons that were unjustified
    failing_subjects: tuple[int, int]
    incidents: tuple[int, int]
    # (measure code, low, high): minutes for hours measures, cents for euro measures
    measures: tuple[tuple[str, int, int], ...]
    min_grade: int = 1


PROFILES: tuple[Profile, ...] = (
    Profile("absence", 26,
            (("unjustified_absence", H), ("behind_after_absence", M)),
            (("low_motivation", M), ("low_parental_involvement", M), ("negative_peers", L),
             ("negative_attitude", L)),
            (100, 240), (50, 85), (1, 3), (0, 2),
            (("consult_social_pedagogue", 360, 600), ("consult_subject_teacher", 240, 480),
             ("transport_tickets", 4000, 9000)), min_grade=5),
    Profile("learning", 20,
            (("learning_difficulty", H), ("low_marks", M)),
            (("learning_disorder", M), ("special_needs", L), ("low_motivation", L),
             ("repeated_year", M)),
            (20, 60), (0, 30), (2, 4), (0, 1),
            (("consult_special_education_teacher", 480, 720),
             ("consult_speech_therapist", 360, 600), ("consult_subject_teacher", 360, 600),
             ("learning_materials", 3000, 8000))),
    Profile("behaviour", 15,
            (("behaviour_problems", H), ("conflicts", M)),
            (("negative_peers", M), ("risky_behaviour", M), ("family_conflict", L),
             ("bullying", M)),
            (40, 90), (40, 80), (0, 2), (3, 9),
            (("consult_psychologist", 360, 600), ("consult_social_pedagogue", 360, 480),
             ("youth_initiative", 10000, 20000)), min_grade=4),
    Profile("economic", 15,
            (("low_income", H), ("no_money_meals", H)),
            (("no_money_transport", M), ("no_money_materials", M), ("no_money_personal", L),
             ("long_distance", M)),
            (30, 80), (0, 40), (0, 1), (0, 0),
            (("meals", 12000, 20000), ("transport_tickets", 6000, 12000),
             ("personal_items", 4000, 9000), ("learning_materials", 2000, 5000))),
    Profile("family", 15,
            (("family_change", H), ("psycho_emotional", M)),
            (("family_conflict", M), ("parents_abroad", M), ("caring_duties", L),
             ("parental_addiction", L)),
            (60, 140), (30, 70), (1, 2), (0, 2),
            (("consult_psychologist", 480, 720), ("consult_social_pedagogue", 240, 360),
             ("meals", 8000, 15000))),
    Profile("newcomer", 9,
            (("language_barrier", H), ("school_changes", M)),
            (("social_isolation", M), ("low_marks", M)),
            (10, 50), (0, 20), (1, 3), (0, 0),
            (("consult_subject_teacher", 600, 840), ("consult_teacher_assistant", 360, 600),
             ("consult_psychologist", 120, 240))),
)

CORE_SUBJECTS = {
    "primary": ("matemātika", "latviešu valoda", "angļu valoda", "dabaszinības"),
    "basic": ("matemātika", "latviešu valoda", "angļu valoda", "fizika", "ķīmija",
              "bioloģija", "vēsture", "ģeogrāfija"),
    "secondary": ("matemātika", "latviešu valoda", "angļu valoda", "fizika", "ķīmija",
                  "vēsture"),
    "vocational": ("matemātika", "latviešu valoda", "angļu valoda",
                   "pārtikas produktu tehnoloģija"),
}


def subjects_for(grade: int, vocational: bool) -> tuple[str, ...]:
    if vocational:
        return CORE_SUBJECTS["vocational"]
    if grade <= 6:
        return CORE_SUBJECTS["primary"]
    return CORE_SUBJECTS["basic"] if grade <= 9 else CORE_SUBJECTS["secondary"]


def lessons_per_week(grade: int) -> int:
    """Roughly the weekly lessons of a grade (22 in grade 1 up to 34 in grade 12)."""
    return min(34, 21 + grade + (grade // 4))
