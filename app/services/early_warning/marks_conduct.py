"""The imported marks and conduct notes of many pupils per period, summed for the screening:
per pupil and marks import the failing marks (and in which subjects) and the average of the
numeric marks (summed when the marks are imported, `indicators.mark_summary`); per pupil and
conduct import the count of notes.

Failing marks are counted in every subject: the catalogue's thresholds name no core
subjects yet. The average is of the 1–10 marks only ("nv", "ieskaitīts" … are not numbers);
a period with no numeric mark has no average (None, "nav datu"), never 0.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ConductFigure, IndicatorImport, MarkSummary
from app.services.assessments.overview import latvian_sort_key

TENTH = Decimal("0.1")


@dataclass(frozen=True)
class MarkPeriod:
    period: str
    period_kind: str
    starts_on: date
    marks: int  # marks of the period (every kind)
    failing: int  # below 4, "neieskaitīts", "ni"
    failing_subjects: tuple[str, ...]  # the most failing marks first, then by name
    average: Decimal | None  # of the numeric marks, to one decimal; None: none
    source_name: str
    imported_at: datetime


@dataclass(frozen=True)
class ConductPeriod:
    period: str
    period_kind: str
    starts_on: date
    notes: int
    source_name: str
    imported_at: datetime


def _imports(session: Session, kind: str) -> dict[uuid.UUID, IndicatorImport]:
    return {i.id: i for i in session.scalars(select(IndicatorImport).where(
        IndicatorImport.kind == kind))}


def mark_periods(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[MarkPeriod]]:
    """Every marks period of these pupils, the latest first (from the summaries written
    with each import: one row a pupil and import, `MarkSummary`)."""
    imports = _imports(session, "marks")
    out: dict[uuid.UUID, list[MarkPeriod]] = defaultdict(list)
    wanted = set(ids)
    for row in session.execute(select(MarkSummary.student_id, MarkSummary.import_id,
                                      MarkSummary.marks, MarkSummary.failing,
                                      MarkSummary.numeric_sum, MarkSummary.numeric_count,
                                      MarkSummary.failing_subjects)):
        sid, iid, marks, failing, total, numeric, subjects = row
        if sid not in wanted:
            continue
        imp = imports[iid]
        average = (None if not numeric else (Decimal(total) / Decimal(numeric)).quantize(
            TENTH, rounding=ROUND_HALF_UP))
        names = tuple(name for name, _ in sorted(
            json.loads(subjects), key=lambda p: (-p[1], latvian_sort_key(p[0]))))
        out[sid].append(MarkPeriod(imp.period, imp.period_kind, imp.starts_on, marks,
                                   failing, names, average, imp.source_name,
                                   imp.imported_at))
    for periods in out.values():
        periods.sort(key=lambda p: p.starts_on, reverse=True)
    return out


def conduct_periods(session: Session,
                    ids: list[uuid.UUID]) -> dict[uuid.UUID, list[ConductPeriod]]:
    """Every conduct period of these pupils, the latest first."""
    out: dict[uuid.UUID, list[ConductPeriod]] = defaultdict(list)
    for f, imp in session.execute(
            select(ConductFigure, IndicatorImport)
            .join(IndicatorImport, IndicatorImport.id == ConductFigure.import_id)
            .where(ConductFigure.student_id.in_(ids))
            .order_by(IndicatorImport.starts_on.desc())):
        out[f.student_id].append(ConductPeriod(imp.period, imp.period_kind, imp.starts_on,
                                               f.notes, imp.source_name, imp.imported_at))
    return out
