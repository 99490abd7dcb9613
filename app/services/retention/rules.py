"""How long each kind of a pupil's data is kept: the programme's defaults, the school's own.

A pupil's time in the programme ends on the later of the day they left the school (or
graduated) and the last day of the last semester they had a plan or an assessment in. Each
kind of data is then kept for `years` full calendar years after the year it ended — the way
EU funds count their retention periods, from 31 December — and is due for anonymisation on
1 January after that (`due_on`).

The defaults, and why (the school's data protection officer may change them, Settings or
`set_retention_rule`, with the reason recorded):

- `records` — the pupil's personal data, assessments, plans and their versions, goals,
  evaluations, consultations and expenses: **5 years**. The programme is co-financed by the
  European Social Fund+; Regulation (EU) 2021/1060 art. 82 requires the documents that
  support the expenditure to be available for five years from 31 December of the year of the
  last payment, and the municipality and the programme's auditors check plans against them.
  Five years after the pupil's last year also covers a pupil who returns within that time.
  This is also the programme's audit period: an erasure on request is refused while a
  submitted plan is within it (`erasure`).
- `attachments` — the scanned documents (parents' signed applications): **2 years**. The
  application's date and that it was received stay in the records; the scan is what the
  municipality checks when it verifies the semester, which is done within the next year.
- `consultation_notes` — the confidential notes and topics of consultations: **1 year**. They
  serve the support of the pupil while they are at school (and a return soon after); the
  minutes and dates that count stay with the records.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, PermissionDenied, ValidationError
from app.models import RetentionRule
from app.models.base import utcnow
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, can
from app.services.core.store import Store


class DataKind(enum.StrEnum):
    RECORDS = "records"
    ATTACHMENTS = "attachments"
    CONSULTATION_NOTES = "consultation_notes"


DEFAULT_YEARS: dict[DataKind, int] = {
    DataKind.RECORDS: 5,
    DataKind.ATTACHMENTS: 2,
    DataKind.CONSULTATION_NOTES: 1,
}
MAX_YEARS = 50
REASON_MAX = 1000


@dataclass(frozen=True)
class Rule:
    kind: DataKind
    years: int
    default_years: int
    reason: str  # "" while the default holds
    changed_at: datetime | None


def due_on(ended_on: date, years: int) -> date:
    """The first day the data is due: kept through 31 December of `years` after the end."""
    return date(ended_on.year + years + 1, 1, 1)


def require_admin(actor: Actor) -> None:
    if not can(actor, Permission.SCHOOL_SETTINGS):
        raise PermissionDenied("retention.not_allowed")


def years_by_kind(session: Session) -> dict[DataKind, int]:
    years = dict(DEFAULT_YEARS)
    for row in session.scalars(select(RetentionRule)):
        if row.kind in DataKind.__members__.values():
            years[DataKind(row.kind)] = row.years
    return years


def _rules(session: Session) -> list[Rule]:
    rows = {r.kind: r for r in session.scalars(select(RetentionRule))}
    out = []
    for kind, default in DEFAULT_YEARS.items():
        row = rows.get(kind.value)
        out.append(Rule(kind, default if row is None else row.years, default,
                        "" if row is None else row.reason,
                        None if row is None else row.changed_at))
    return out


def retention_rules(store: Store, actor: Actor) -> list[Rule]:
    """The school's rules, one per kind (the admin)."""
    require_admin(actor)
    with store.read() as s:
        return _rules(s)


def set_retention_rule(store: Store, actor: Actor, kind: DataKind, years: int,
                       reason: str) -> Rule:
    """Keep `kind` for `years` years; the reason is required and recorded (the admin)."""
    require_admin(actor)
    clean = reason.strip()
    problems = []
    if not 0 <= years <= MAX_YEARS:
        problems.append(FieldProblem("years", "retention.years_range", {"max": MAX_YEARS}))
    if not clean:
        problems.append(FieldProblem("reason", "retention.reason_required"))
    elif len(clean) > REASON_MAX:
        problems.append(FieldProblem("reason", "retention.reason_too_long",
                                     {"max": REASON_MAX}))
    if problems:
        raise ValidationError(problems)
    with store.write() as s:
        row = s.get(RetentionRule, kind.value)
        before = DEFAULT_YEARS[kind] if row is None else row.years
        if row is None:
            row = RetentionRule(kind=kind.value, years=years)
            s.add(row)
        row.years, row.reason, row.changed_by_id = years, clean, actor.user_id
        row.changed_at = utcnow()
        s.flush()
        audit.record(s, actor, "retention.rule_set", "retention_rule", kind.value,
                     kind=kind.value, before=before, years=years, reason=clean)
        return next(r for r in _rules(s) if r.kind is kind)
