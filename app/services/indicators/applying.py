"""Storing an attendance import, all or nothing: the preview is built again inside the
write, the period's earlier import (of the same kind) and its figures are deleted, the new
figures bulk-inserted, and one audit entry names the file, the period and the count."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import delete, insert, select

from app.errors import FieldProblem, ValidationError
from app.models import AttendanceFigure, IndicatorImport
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, require
from app.services.core.store import Store
from app.services.indicators.outcomes import AttendanceImportResult, AttendancePreview
from app.services.indicators.preview import KIND, build_preview, replaced_import
from app.services.roster.register import load_register


def apply_attendance(store: Store, actor: Actor, preview: AttendancePreview, *,
                     skip_bad_rows: bool = False,
                     today: date | None = None) -> AttendanceImportResult:
    """Store the figures of `preview`'s matched rows for its period, replacing the period's
    earlier attendance import. Refused (nothing changed) when a row has a problem, unless
    `skip_bad_rows`."""
    require(actor, Permission.ROSTER_IMPORT)
    period = preview.period
    with store.write() as s:
        again = build_preview(preview.table, preview.mapping, preview.columns, period,
                              load_register(s, period.school_year), replaced_import(s, period),
                              today or date.today())
        if again.has_problems and not skip_bad_rows:
            raise ValidationError(FieldProblem("file", "indicators.apply.has_problems",
                                               {"count": len(again.rejected)}))
        old = select(IndicatorImport.id).where(IndicatorImport.kind == KIND,
                                               IndicatorImport.period == period.label)
        s.execute(delete(AttendanceFigure).where(AttendanceFigure.import_id.in_(old)))
        s.execute(delete(IndicatorImport).where(IndicatorImport.kind == KIND,
                                                IndicatorImport.period == period.label))
        rows = [r for r in again.rows if not r.rejected and r.student_id is not None]
        imported = IndicatorImport(id=uuid.uuid4(), kind=KIND, period=period.label,
                                   period_kind=period.kind, starts_on=period.starts_on,
                                   ends_on=period.ends_on, source_name=preview.table.source,
                                   imported_by_id=actor.user_id, rows=len(rows))
        s.add(imported)
        s.flush()
        if rows:
            s.execute(insert(AttendanceFigure), [
                {"id": uuid.uuid4(), "import_id": imported.id, "student_id": r.student_id,
                 "source_row": r.row, "lessons": r.figures.lessons,
                 "justified": r.figures.justified, "unjustified": r.figures.unjustified,
                 "late": r.figures.late} for r in rows])
        audit.record(s, actor, "indicators.attendance_import", "indicator_import",
                     imported.id, file=preview.table.source, semester=period.label,
                     pupils=len(rows), replaced=again.replaces is not None)
    return AttendanceImportResult(imported.id, len(rows), len(again.rejected),
                                  again.replaces is not None)
