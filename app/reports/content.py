"""What a printed IAP holds: plain frozen values, filled by
`app.services.report_data.plan_documents`.

Codes of the domain travel as their string values ("learning", "hours", "approved") and
levels as integers (0 none … 3 high), so this package needs neither the ORM nor its enums.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SchoolHeader:
    name: str
    registration_number: str
    municipality: str


@dataclass(frozen=True)
class SemesterName:
    school_year: str  # "2026/2027"
    number: int  # 1 or 2
    starts_on: date
    ends_on: date

    @property
    def label(self) -> str:
        return f"{self.school_year}-{self.number}"


@dataclass(frozen=True)
class SignLine:
    """One risk sign found, with its severity (1 low, 2 medium, 3 high)."""

    name_lv: str
    name_en: str
    severity: int
    note: str = ""

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_lv


@dataclass(frozen=True)
class CategoryRisks:
    """A risk category of the assessment: its level (0–3), signs and plain explanation."""

    category: str  # RiskCategory value
    level: int
    signs: tuple[SignLine, ...]
    explanation_lv: str
    explanation_en: str

    def explanation(self, lang: str) -> str:
        return self.explanation_en if lang == "en" else self.explanation_lv


@dataclass(frozen=True)
class MeasureLine:
    name_lv: str
    name_en: str
    unit: str  # "hours" (minutes × rate) or "euro" (planned amount)
    provider: str
    subject: str
    planned_minutes: int
    planned_cents: int
    rate_cents: int
    cost_cents: int
    starts_on: date | None
    ends_on: date | None

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_lv


@dataclass(frozen=True)
class Approval:
    """The director's decision on the printed version.

    `state`: "approved", "returned" or "pending" (a draft or a plan waiting for the director).
    An approval without a stored signature has `fingerprint` None.
    """

    state: str
    director_name: str | None = None
    decided_at: datetime | None = None
    fingerprint: str | None = None
    comment: str = ""


@dataclass(frozen=True)
class Evaluation:
    evaluated_on: date
    evaluator_name: str
    narrative: str
    recommendation: str  # Recommendation value
    outcomes: tuple[tuple[str, str], ...]  # (RiskCategory value, EvaluationOutcome value)


@dataclass(frozen=True)
class ParentApplicationLine:
    applicant_name: str
    received_on: date


@dataclass(frozen=True)
class PlanDocument:
    school: SchoolHeader
    semester: SemesterName
    first_name: str
    last_name: str
    class_name: str
    personal_code: str | None  # None: not shown to this reader, or not recorded
    author_name: str
    status: str  # PlanStatus value
    version: int
    assessed_on: date | None
    risks: tuple[CategoryRisks, ...]  # the categories with a level above none
    summary: str
    goals: tuple[str, ...]
    measures: tuple[MeasureLine, ...]
    responsible_name: str | None
    review_dates: tuple[date, ...]
    parent_application: ParentApplicationLine | None
    approval: Approval
    evaluation: Evaluation | None
    printed_at: datetime

    @property
    def student_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def total_cost_cents(self) -> int:
        return sum(m.cost_cents for m in self.measures)
