"""An assessment whose indicators were filled in from the pupil's latest imports: each one
the teacher changes needs a reason, and the change is kept (`indicator_override`: the field,
the imported value and its period, the value entered, the reason) and audited
(`assessment.indicator_override`) in the assessment's own transaction.

The imported values are read again when saving (`latest_in`), never taken from the form:
the absence % and the unjustified lessons of the latest attendance period (where the file
gave them), the failing marks of the latest marks period and the notes of the latest conduct
period. The failing subjects are filled in but not compared (they follow the marks).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.errors import FieldProblem, ValidationError
from app.models import IndicatorOverride, RiskAssessment
from app.services.assessments import AssessmentInput, AssessmentView, record_assessment
from app.services.assessments.explain import format_decimal
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.early_warning.latest import LatestIndicators, latest_in

MAX_REASON = 1000


@dataclass(frozen=True)
class ImportedValue:
    field: str  # an `AssessmentInput` field
    period: str
    value: Decimal | int


def imported_values(latest: LatestIndicators) -> dict[str, ImportedValue]:
    """The assessment fields the latest imports give, by field name."""
    out: dict[str, ImportedValue] = {}
    a, m, c = latest.attendance, latest.marks, latest.conduct
    if a is not None and a.absence_pct is not None:
        out["absence_pct"] = ImportedValue("absence_pct", a.period, a.absence_pct)
    if a is not None and a.unjustified is not None:
        out["unjustified_lessons"] = ImportedValue("unjustified_lessons", a.period,
                                                   a.unjustified)
    if m is not None:
        out["failing_marks"] = ImportedValue("failing_marks", m.period, m.failing)
    if c is not None:
        out["conduct_incidents"] = ImportedValue("conduct_incidents", c.period, c.notes)
    return out


def _text(value: Decimal | int, lang: str = "lv") -> str:
    return format_decimal(value, lang) if isinstance(value, Decimal) else str(value)


def _overrides(s: Session, actor: Actor, target: RiskAssessment, data: AssessmentInput,
               reasons: Mapping[str, str]) -> None:
    problems, changes = [], []
    for name, imported in imported_values(latest_in(s, target.student_id)).items():
        entered = getattr(data, name)
        if Decimal(entered) == Decimal(imported.value):
            continue
        reason = reasons.get(name, "").strip()
        params = {"imported": _text(imported.value), "period": imported.period}
        if not reason:
            problems.append(FieldProblem(f"{name}_reason",
                                         "early_warning.override.reason_required", params))
        elif len(reason) > MAX_REASON:
            problems.append(FieldProblem(f"{name}_reason", "early_warning.override.too_long",
                                         {"max": MAX_REASON}))
        else:
            changes.append((imported, entered, reason))
    if problems:
        raise ValidationError(problems)
    for imported, entered, reason in changes:
        s.add(IndicatorOverride(assessment_id=target.id, field=imported.field,
                                period=imported.period, imported_value=str(imported.value),
                                entered_value=str(entered), reason=reason,
                                recorded_by_id=actor.user_id))
        audit.record(s, actor, "assessment.indicator_override", "risk_assessment", target.id,
                     student_id=target.student_id, fields=[imported.field],
                     semester=imported.period, imported=_text(imported.value),
                     entered=_text(entered), reason=reason)


def record_from_import(store: Store, actor: Actor, data: AssessmentInput,
                       reasons: Mapping[str, str], *,
                       today: date | None = None) -> AssessmentView:
    """Record `data` (as `assessments.record_assessment`) with its indicators taken from
    the imports: an indicator that differs from its imported value needs a reason in
    `reasons` (by field); without one, `ValidationError` naming `<field>_reason` and nothing
    is saved."""
    return record_assessment(store, actor, data, today=today,
                             also=lambda s, target: _overrides(s, actor, target, data, reasons))
