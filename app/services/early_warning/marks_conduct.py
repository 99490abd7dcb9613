"""The imported marks and conduct notes of many pupils per period, summed in the database
for the screening: per pupil and marks import the failing marks (and in which subjects) and
the average of the numeric marks; per pupil and conduct import the count of notes.

Failing marks are counted in every subject: the catalogue's thresholds name no core
subjects yet. The average is of the 1–10 marks only ("nv", "ieskaitīts" … are not numbers);
a period with no numeric mark has no average (None, "nav datu"), never 0.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models import ConductFigure, IndicatorImport, MarkFigure
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
    """Every marks period of these pupils, the latest first."""
    imports = _imports(session, "marks")
    subjects: dict[tuple[uuid.UUID, uuid.UUID], list[tuple[int, str]]] = defaultdict(list)
    for sid, iid, subject, n in session.execute(
            select(MarkFigure.student_id, MarkFigure.import_id, MarkFigure.subject,
                   func.count()).where(MarkFigure.student_id.in_(ids), MarkFigure.failing)
            .group_by(MarkFigure.student_id, MarkFigure.import_id, MarkFigure.subject)):
        subjects[(sid, iid)].append((n, subject))
    out: dict[uuid.UUID, list[MarkPeriod]] = defaultdict(list)
    for sid, iid, marks, failing, total, numeric in session.execute(
            select(MarkFigure.student_id, MarkFigure.import_id, func.count(),
                   func.sum(case((MarkFigure.failing, 1), else_=0)), func.sum(MarkFigure.mark),
                   func.count(MarkFigure.mark))
            .where(MarkFigure.student_id.in_(ids))
            .group_by(MarkFigure.student_id, MarkFigure.import_id)):
        imp = imports[iid]
        average = (None if not numeric else (Decimal(total or 0) / Decimal(numeric)).quantize(
            TENTH, rounding=ROUND_HALF_UP))
        names = tuple(s for _, s in sorted(subjects.get((sid, iid), []),
                                           key=lambda p: (-p[0], latvian_sort_key(p[1]))))
        out[sid].append(MarkPeriod(imp.period, imp.period_kind, imp.starts_on, marks,
                                   int(failing or 0), names, average, imp.source_name,
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
