"""What the Reports screen runs on the database worker: the semesters to choose from, the
semester report as a PDF, and every plan of a semester as one PDF per plan (with progress,
stopping when cancelled). Printing is recorded in the audit trail, as the command line does.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.reports.content import PlanDocument
from app.reports.iap import plan_pdf
from app.reports.semester import semester_report_pdf
from app.services.report_data.common import record_printed
from app.services.report_data.plan_documents import semester_plan_documents
from app.services.report_data.semester import semester_report
from app.services.school.calendar import SemesterInfo
from app.services.school.calendar import all_semesters as school_semesters
from app.ui.context import UiContext
from app.ui.pdf_export import safe_filename, unique_path, write_pdf
from app.ui.tasks import Progress


@dataclass(frozen=True)
class PlansWritten:
    folder: Path
    files: tuple[Path, ...]
    total: int
    cancelled: bool


def all_semesters(ctx: UiContext) -> list[SemesterInfo]:
    return school_semesters(ctx.store)


def semester_pdf(ctx: UiContext, semester_id: uuid.UUID) -> bytes:
    data = semester_report_pdf(semester_report(ctx.store, ctx.actor, semester_id), ctx.lang)
    record_printed(ctx.store, ctx.actor, "semester", semester_id)
    return data


def plan_file_name(doc: PlanDocument) -> str:
    return safe_filename(f"{doc.class_name} {doc.last_name} {doc.first_name} IAP "
                         f"{doc.semester.school_year}-{doc.semester.number}") + ".pdf"


def write_plan_pdfs(ctx: UiContext, semester_id: uuid.UUID, folder: Path, progress: Progress,
                    cancel: threading.Event, message: str) -> PlansWritten:
    """One PDF per plan of the semester into `folder`; `message` is the progress text with
    %1 (done) and %2 (all). Stops between two plans when `cancel` is set."""
    docs = semester_plan_documents(ctx.store, ctx.actor, semester_id)
    written: list[Path] = []
    taken: set[str] = set()
    for done, doc in enumerate(docs):
        if cancel.is_set():
            break
        progress(message.replace("%1", str(done)).replace("%2", str(len(docs))), done,
                 len(docs))
        path = unique_path(folder, plan_file_name(doc), taken)
        written.append(write_pdf(path, plan_pdf(doc, ctx.lang)))
    progress(message.replace("%1", str(len(written))).replace("%2", str(len(docs))),
             len(written), len(docs))
    if written:
        record_printed(ctx.store, ctx.actor, "plans", semester_id, plans=len(written),
                       folder=str(folder))
    return PlansWritten(folder, tuple(written), len(docs), len(written) < len(docs))
