"""What a demo plan contains: its goals and its measures with costs from the catalogue rates.

Costs follow the house rule (`app.services.plans.costs`): hours measures cost planned minutes
× the hourly rate / 60, rounded half up to a cent; euro measures cost what is planned, never
more than the catalogue's cap.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo.catalog import DemoMeasureType, YearCatalogue
from app.demo.history import DemoCase
from app.demo.staff import Staff, StaffMember
from app.demo.texts_plans import GOALS
from app.demo.texts_risk import gendered
from app.models.enums import MeasureUnit, SpecialistType
from app.services.plans.costs import measure_cost_cents

LESSON_MINUTES = 40  # one school lesson
SESSION_MINUTES = 45  # one specialist session
SUBJECT_TEACHERS = {"matemātika": "matematika", "latviešu valoda": "latviesu"}


@dataclass(frozen=True)
class DemoMeasure:
    type: DemoMeasureType
    planned_minutes: int
    planned_cents: int
    cost_cents: int
    provider: StaffMember | None
    subject: str


def plan_goals(rng: random.Random, case: DemoCase) -> list[str]:
    subject = case.subjects[0] if case.subjects else ""
    usable = [g for g in GOALS[case.profile.key] if subject or "{subject}" not in g]
    chosen = rng.sample(usable, min(len(usable), rng.choice((2, 2, 3))))
    return [gendered(g.replace("{subject}", subject), case.student.female) for g in chosen]


def _subject(case: DemoCase) -> str:
    for subject in case.subjects:
        if subject in SUBJECT_TEACHERS:
            return subject
    return "latviešu valoda" if case.profile.key == "newcomer" else "matemātika"


def _provider(staff: Staff, kind: SpecialistType | None, subject: str) -> StaffMember | None:
    if kind is None:
        return None
    if kind is SpecialistType.SUBJECT_TEACHER:
        return staff[SUBJECT_TEACHERS[subject]]
    found = staff.support(kind)
    return found[0] if found else None


def plan_measures(rng: random.Random, case: DemoCase, catalogue: YearCatalogue,
                  staff: Staff) -> list[DemoMeasure]:
    options = list(case.profile.measures)
    if case.student.klass.age_grade > 6:
        options = [m for m in options if m[0] != "consult_speech_therapist"]
    if case.profile.key == "economic" and rng.random() < 0.4:
        picked = options[:1]  # an "economic only" plan: meals alone
    else:
        count = min(len(options), rng.choice((2, 2, 3)))
        keep = set(rng.sample(range(len(options)), count))
        picked = [m for i, m in enumerate(options) if i in keep]
    measures: list[DemoMeasure] = []
    for code, low, high in picked:
        mtype = catalogue.measures.get(code)
        if mtype is None:
            continue
        minutes = cents = 0
        subject = ""
        if mtype.unit is MeasureUnit.HOURS:
            unit = LESSON_MINUTES if mtype.specialist_type in (
                SpecialistType.SUBJECT_TEACHER, SpecialistType.TEACHER_ASSISTANT
            ) else SESSION_MINUTES
            minutes = rng.randint(low // unit, high // unit) * unit
            if mtype.specialist_type is SpecialistType.SUBJECT_TEACHER:
                subject = _subject(case)
        else:
            cents = rng.randint(low // 100, high // 100) * 100
            if mtype.cap_cents is not None:
                cents = min(cents, mtype.cap_cents)
        cost = measure_cost_cents(mtype.unit, minutes, cents, mtype.rate_cents)
        measures.append(DemoMeasure(mtype, minutes, cents, cost,
                                    _provider(staff, mtype.specialist_type, subject), subject))
    return measures
