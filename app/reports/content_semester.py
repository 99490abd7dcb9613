"""What the school's semester report holds: figures from SQL aggregates, as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.reports.content import SchoolHeader, SemesterName


@dataclass(frozen=True)
class CategoryCount:
    """Pupils whose risk in `category` is low, medium or high (latest assessment)."""

    category: str  # RiskCategory value
    low: int
    medium: int
    high: int

    @property
    def total(self) -> int:
        return self.low + self.medium + self.high


@dataclass(frozen=True)
class StatusCount:
    status: str  # PlanStatus value
    plans: int
    cost_cents: int  # planned cost of the plans' current versions


@dataclass(frozen=True)
class MeasureFigures:
    """One measure type: planned in approved plans against delivered in the semester.

    Hours: minutes planned (cost at the rates copied into the plans) and minutes of attended
    consultations of the type's specialists, valued at the catalogue rate. Euro: the amounts
    planned and the expenses recorded.
    """

    code: str
    name_lv: str
    name_en: str
    unit: str  # "hours" or "euro"
    rate_cents: int  # the catalogue's hourly rate now (0 for euro)
    cap_cents: int | None  # per pupil and semester
    plans: int  # approved plans that plan this measure
    planned_minutes: int
    planned_cents: int
    delivered_minutes: int
    delivered_cents: int

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_lv


@dataclass(frozen=True)
class SpecialistHours:
    specialist_type: str  # SpecialistType value
    staff: int
    students: int
    consultations: int
    attended_minutes: int
    missed_minutes: int


@dataclass(frozen=True)
class SemesterReport:
    school: SchoolHeader
    semester: SemesterName
    students_active: int
    students_assessed: int
    students_at_risk: int  # any category above none
    categories: tuple[CategoryCount, ...]  # the four, in the official order
    statuses: tuple[StatusCount, ...]  # every plan status, in workflow order
    measures: tuple[MeasureFigures, ...]  # planned or delivered in the semester
    specialists: tuple[SpecialistHours, ...]
    printed_at: datetime
    printed_by: str
    # early warning: pupils with indicators imported for the semester, those of them who
    # were candidates, and of the candidates those assessed and those taken into the programme
    screened: int = 0
    candidates: int = 0
    candidates_assessed: int = 0
    candidates_taken_in: int = 0

    @property
    def plans_total(self) -> int:
        return sum(s.plans for s in self.statuses)

    @property
    def approved_plans(self) -> int:
        return sum(s.plans for s in self.statuses if s.status in ("approved", "closed"))

    @property
    def planned_cents(self) -> int:
        return sum(m.planned_cents for m in self.measures)

    @property
    def delivered_cents(self) -> int:
        return sum(m.delivered_cents for m in self.measures)
