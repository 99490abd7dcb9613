"""PDF documents: one IAP against a bare reportlab page with the same text, and the large
school's semester report.

The IAP is the current semester's approved plan with the most measures; its data is read
once (`plan_document`), then `plan_pdf` is timed. The baseline draws the same words — every
text of the plan's document (pupil, risks, goals, measures, approval…) — with a bare reportlab
canvas in the same font, wrapped to the page width, no tables or styles. The semester report
is `semester_report` (the data, SQL) plus `semester_report_pdf` (tables and charts).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select

from app.models import PlanVersion, SupportMeasure, SupportPlan
from app.models.enums import PlanStatus
from app.reports.fonts import register_fonts
from app.reports.iap import plan_pdf
from app.reports.semester import semester_report_pdf
from app.services.report_data.plan_documents import plan_document
from app.services.report_data.semester import semester_report
from app.services.school.calendar import current_semester
from benchmarks.data import TODAY, actor, open_store, school_db
from benchmarks.measure import (
    Row,
    check_ratio,
    emit,
    median_time,
    peak_mb,
    reset_peak,
    timed,
    work_dir,
)


def texts(value: Any) -> list[str]:
    """Every piece of text in a (nested) frozen dataclass, in field order."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, date | datetime):
        return [value.isoformat()]
    if isinstance(value, int | float):
        return [str(value)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in texts(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [t for item in value for t in texts(item)]
    if isinstance(value, dict):
        return [t for item in value.values() for t in texts(item)]
    return []


def bare_page(lines: list[str]) -> bytes:
    regular, _ = register_fonts()
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    width, height = A4
    y = height - 20 * mm
    for text in lines:
        for line in simpleSplit(text, regular, 9.5, width - 40 * mm):
            if y < 20 * mm:
                canvas.showPage()
                y = height - 20 * mm
            canvas.setFont(regular, 9.5)
            canvas.drawString(20 * mm, y, line)
            y -= 12.5
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def main() -> None:
    store = open_store(school_db(work_dir(), "large"))
    who = actor(store)
    sem = current_semester(store, TODAY)
    with store.read() as s:
        plan_id = s.execute(
            select(SupportPlan.id).join(PlanVersion, (PlanVersion.plan_id == SupportPlan.id)
                                        & (PlanVersion.number == SupportPlan.current_version))
            .join(SupportMeasure, SupportMeasure.version_id == PlanVersion.id)
            .where(SupportPlan.semester_id == sem.id,
                   SupportPlan.status == PlanStatus.APPROVED)
            .group_by(SupportPlan.id).order_by(func.count().desc(), SupportPlan.id).limit(1)
        ).scalar_one()
    doc = plan_document(store, who, plan_id)
    words = texts(doc)
    register_fonts()
    plan_pdf(doc)  # warm-up: fonts, reportlab's caches
    bare_page(words)
    reset_peak()
    figure, _ = median_time(lambda: plan_pdf(doc), 9)
    baseline, _ = median_time(lambda: bare_page(words), 9)
    data_s, _ = median_time(lambda: plan_document(store, who, plan_id), 5)
    size = len(plan_pdf(doc))
    emit(check_ratio(Row("IAP PDF (plan_pdf), one plan", figure, baseline, unit="ms",
                         goal="≤ 2× bare reportlab page", peak_mb=peak_mb(),
                         note=(f"{len(doc.measures)} measures, {size // 1024} KB; reading its "
                               f"data (plan_document) {data_s * 1000:.0f} ms more")), 2.0))
    reset_peak()
    data_s, report = timed(lambda: semester_report(store, who, sem.id))
    pdf_s, pdf = timed(lambda: semester_report_pdf(report))
    data_s = min(data_s, timed(lambda: semester_report(store, who, sem.id))[0])
    pdf_s = min(pdf_s, timed(lambda: semester_report_pdf(report))[0])
    emit(Row(f"semester report PDF, large school ({sem.label})", data_s + pdf_s, unit="ms",
             peak_mb=peak_mb(),
             note=(f"data (semester_report) {data_s * 1000:.0f} ms + PDF "
                   f"{pdf_s * 1000:.0f} ms, {len(pdf) // 1024} KB, {report.students_active} "
                   "pupils")))
    store.close()


if __name__ == "__main__":
    main()
