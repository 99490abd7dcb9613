"""Printing from the Reports screen: the semester report as a PDF, and every plan of a
semester as one PDF per plan into a folder (with progress, stopping when cancelled).
Printing is recorded in the audit trail, as the command line does.

reportlab loads only when something is printed.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.reports.content import PlanDocument
from app.reports.files import safe_filename, unique_path, write_pdf
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.report_data.common import record_printed
from app.services.report_data.plan_documents import semester_plan_documents
from app.services.report_data.semester import semester_report

Progress = Callable[[str, int, int], None]  # (sentence, done, total)


@dataclass(frozen=True)
class PlansWritten:
    folder: Path
    files: tuple[Path, ...]
    total: int
    cancelled: bool


def semester_pdf(store: Store, actor: Actor, semester_id: uuid.UUID, lang: str) -> bytes:
    from app.reports.semester import semester_report_pdf

    data = semester_report_pdf(semester_report(store, actor, semester_id), lang)
    record_printed(store, actor, "semester", semester_id)
    return data


def plan_file_name(doc: PlanDocument) -> str:
    return safe_filename(f"{doc.class_name} {doc.last_name} {doc.first_name} IAP "
                         f"{doc.semester.school_year}-{doc.semester.number}") + ".pdf"


def write_plan_pdfs(store: Store, actor: Actor, semester_id: uuid.UUID, folder: Path,
                    lang: str, progress: Progress, cancel: threading.Event,
                    message: str) -> PlansWritten:
    """One PDF per plan of the semester into `folder`; `message` is the progress text with
    %1 (done) and %2 (all). Stops between two plans when `cancel` is set."""
    from app.reports.iap import plan_pdf

    docs = semester_plan_documents(store, actor, semester_id)
    written: list[Path] = []
    taken: set[str] = set()
    for done, doc in enumerate(docs):
        if cancel.is_set():
            break
        progress(message.replace("%1", str(done)).replace("%2", str(len(docs))), done,
                 len(docs))
        path = unique_path(folder, plan_file_name(doc), taken)
        written.append(write_pdf(path, plan_pdf(doc, lang)))
    progress(message.replace("%1", str(len(written))).replace("%2", str(len(docs))),
             len(written), len(docs))
    if written:
        record_printed(store, actor, "plans", semester_id, plans=len(written),
                       folder=str(folder))
    return PlansWritten(folder, tuple(written), len(docs), len(written) < len(docs))
