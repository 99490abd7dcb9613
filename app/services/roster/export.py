"""`export pupils`: the pupils the person may see, with class, personal code, birth date,
risk levels and plan status of a semester, as XLSX (real date cells) or CSV (`;`, UTF-8 BOM).

Its first five columns carry the roster's own headers ("Klase", "Uzvārds", "Vārds",
"Personas kods", "Dzimšanas datums"), so an exported file can be imported again. Exporting
personal codes is recorded in the audit trail (`roster.export`).
"""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.formatting import format_date
from app.i18n import DEFAULT_LANGUAGE, render
from app.models import Student
from app.models.enums import PlanStatus, RiskCategory, RiskLevel, StudentStatus
from app.services.assessments.explain import level_name
from app.services.assessments.student_list import student_list
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import visible_students
from app.services.core.store import Store
from app.services.school.calendar import current_semester

COLUMNS = ("class", "surname", "first_name", "personal_code", "birth_date", "status",
           *(f"category.{c.value}" for c in RiskCategory), "overall", "plan_status")
DATE_COLUMN = COLUMNS.index("birth_date")


@dataclass(frozen=True)
class PupilExportRow:
    student_id: uuid.UUID
    class_name: str
    last_name: str
    first_name: str
    personal_code: str | None
    birth_date: date | None
    status: StudentStatus
    levels: dict[RiskCategory, RiskLevel]
    overall: RiskLevel
    plan_status: PlanStatus | None

    def cells(self, lang: str) -> list[str | date]:
        plan = render(f"report.status.{self.plan_status.value}", lang) if self.plan_status \
            else ""
        return [self.class_name, self.last_name, self.first_name, self.personal_code or "",
                self.birth_date or "", render(f"roster.export.status.{self.status.value}", lang),
                *(level_name(self.levels.get(c, RiskLevel.NONE), lang) for c in RiskCategory),
                level_name(self.overall, lang), plan]


def pupils_for_export(store: Store, actor: Actor,
                      semester_id: uuid.UUID | None = None) -> list[PupilExportRow]:
    """The rows of the semester's pupils list (default: the current semester) with each
    pupil's personal code and birth date, in class order."""
    semester = semester_id or current_semester(store).id
    rows = student_list(store, actor, semester)
    with store.read() as s:
        codes = {sid: (code, born) for sid, code, born in s.execute(
            select(Student.id, Student.personal_code, Student.birth_date)
            .where(visible_students(actor)))}
    return [PupilExportRow(r.student_id, r.class_name, r.last_name, r.first_name,
                           *codes.get(r.student_id, (None, None)), r.status, r.levels,
                           r.overall, r.plan_status) for r in rows]


def headers(lang: str) -> list[str]:
    return [render(f"roster.export.column.{c}", lang) for c in COLUMNS]


def _write_csv(path: Path, rows: list[PupilExportRow], lang: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(headers(lang))
        for row in rows:
            out.writerow([format_date(c) if isinstance(c, date) else c
                          for c in row.cells(lang)])


def _write_xlsx(path: Path, rows: list[PupilExportRow], lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet(render("roster.export.sheet", lang))
    sheet.append(headers(lang))
    for row in rows:
        cells: list[object] = []
        for value in row.cells(lang):
            if isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD.MM.YYYY"
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
    book.save(path)


def export_pupils(store: Store, actor: Actor, path: Path, *, lang: str = DEFAULT_LANGUAGE,
                  semester_id: uuid.UUID | None = None) -> int:
    """Write the pupils list to `path` (.xlsx, else CSV); the number of pupils written."""
    rows = pupils_for_export(store, actor, semester_id)
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, rows, lang)
    else:
        _write_csv(path, rows, lang)
    with store.write() as s:
        audit.record(s, actor, "roster.export", "roster", "", file=path.name, pupils=len(rows),
                     format="xlsx" if path.suffix.lower() == ".xlsx" else "csv")
    return len(rows)
