"""Storing an indicator import, all or nothing — shared by attendance, marks and conduct.

Inside the write the preview is built again when the register or the import it replaces
changed since it was shown (`Register.signature`, as the roster import does); the period's
earlier import of the same kind and its figures are deleted, the new figures bulk-inserted,
and one audit entry names the file, the period and the count of pupils."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, ValidationError
from app.models import IndicatorImport
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.indicators.outcomes import (
    ImportResult,
    IndicatorPreview,
    PupilRow,
    ReplacedImport,
)
from app.services.indicators.pupil_rows import replaced_import
from app.services.roster.register import Register, load_register

C = TypeVar("C")
F = TypeVar("F")
Rebuild = Callable[[Register, ReplacedImport | None, date], IndicatorPreview[C, F]]
FigureRows = Callable[[Sequence[PupilRow[F]]], list[dict[str, Any]]]


Summaries = Callable[[uuid.UUID, list[dict[str, Any]]], list[dict[str, Any]]]


def _delete_period(s: Session, kind: str, label: str, figure_model: Any,
                   summary_model: Any | None) -> None:
    old = select(IndicatorImport.id).where(IndicatorImport.kind == kind,
                                           IndicatorImport.period == label)
    for model in (figure_model, summary_model):
        if model is not None:
            s.execute(delete(model).where(model.import_id.in_(old)))
    s.execute(delete(IndicatorImport).where(IndicatorImport.kind == kind,
                                            IndicatorImport.period == label))


def store_import(store: Store, actor: Actor, preview: IndicatorPreview[C, F], *, kind: str,
                 figure_model: Any, rebuild: Rebuild[C, F], figure_rows: FigureRows[F],
                 skip_bad_rows: bool, today: date | None, summary_model: Any | None = None,
                 summaries: Summaries | None = None) -> ImportResult:
    """Store `preview`'s matched rows (`figure_rows` makes the figure table's rows of them)
    for its period, replacing the period's earlier import of `kind`. Refused (nothing
    changed) when a row has a problem, unless `skip_bad_rows`. Audited as
    `indicators.<kind>_import`. `summaries` (with `summary_model`) makes a summary table's
    rows of the figure rows stored (marks: one a pupil)."""
    require(actor, Permission.ROSTER_IMPORT)
    period = preview.period
    day = today or date.today()
    with store.write() as s:
        register, replaces = load_register(s, period.school_year), replaced_import(s, kind, period)
        again = preview  # built again only when the register or the import replaced changed
        if (register.signature, day, replaces) != (preview.register_signature, preview.built_on,
                                                   preview.replaces):
            again = rebuild(register, replaces, day)
        if again.has_problems and not skip_bad_rows:
            raise ValidationError(FieldProblem("file", "indicators.apply.has_problems",
                                               {"count": len(again.rejected)}))
        _delete_period(s, kind, period.label, figure_model, summary_model)
        rows = [r for r in again.rows if not r.rejected and r.student_id is not None]
        pupils = len({r.student_id for r in rows})
        imported = IndicatorImport(id=uuid.uuid4(), kind=kind, period=period.label,
                                   period_kind=period.kind, starts_on=period.starts_on,
                                   ends_on=period.ends_on, source_name=preview.table.source,
                                   imported_by_id=actor.user_id, rows=pupils)
        s.add(imported)
        s.flush()
        values = figure_rows(rows)
        if values:
            table = cast(Table, figure_model.__table__)  # Core: no ORM bulk bookkeeping
            s.execute(insert(table), [{"id": uuid.uuid4(), "import_id": imported.id, **v}
                                      for v in values])
        if summaries is not None and summary_model is not None and values:
            s.execute(insert(cast(Table, summary_model.__table__)),
                      summaries(imported.id, values))
        audit.record(s, actor, f"indicators.{kind}_import", "indicator_import",
                     imported.id, file=preview.table.source, semester=period.label,
                     pupils=pupils, replaced=again.replaces is not None)
    return ImportResult(imported.id, pupils, len(again.rejected), again.replaces is not None)
