"""`pumpurs report plans` and `pumpurs report semester`: the printable PDFs, for scripted use.

    pumpurs report plans --db PATH --out DIR [--semester 2026/2027-1] [--status approved]
    pumpurs report semester --db PATH --out FILE.pdf [--semester 2026/2027-1]

There is no signed-in person on the command line: the commands read as the "komandrinda"
(command line) reader with the coordinator's read rights, over the whole school. The access
control is the database key — whoever can open the encrypted file (keyring, the
passphrase-protected key file, or the recovery key) can read every record in it anyway.
Each run is written to the audit trail. `--lang en` prints the documents in English.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.terminal import ask_on_terminal
from app.errors import FieldProblem, ValidationError
from app.i18n import plural_lv, render
from app.models.database import open_school_database
from app.models.enums import PlanStatus
from app.secrets import secret_store_for
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.report_data.common import command_line_actor, find_semester, record_printed
from app.services.report_data.plan_documents import semester_plan_documents
from app.services.report_data.semester import semester_report
from app.services.school.calendar import SemesterInfo, current_semester

if TYPE_CHECKING:
    from app.reports.content import PlanDocument

_UNSAFE = re.compile(r"[^\w.\-]+")


def add_report_parser(sub: argparse._SubParsersAction,
                      common: Callable[[argparse.ArgumentParser], None]) -> None:
    """The `report` sub-command with its two kinds, `plans` and `semester`."""
    report = sub.add_parser("report", help="print PDFs: the semester's plans or its report "
                                           "(reads as the coordinator; needs the database key)")
    kinds = report.add_subparsers(dest="report_kind", required=True)
    plans = kinds.add_parser("plans", help="one IAP PDF per plan of the semester")
    common(plans)
    plans.add_argument("--out", type=Path, required=True, help="the folder for the PDF files")
    plans.add_argument("--status", choices=[s.value for s in PlanStatus],
                       help="only the plans of this status (default: all)")
    semester = kinds.add_parser("semester", help="the school's semester report as one PDF")
    common(semester)
    semester.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    for p in (plans, semester):
        p.add_argument("--semester", help='e.g. "2026/2027-1" (default: the current semester)')


def plan_filename(doc: PlanDocument) -> str:
    """"<class>_<surname>_<name>_<semester>.pdf", safe on every file system: letters (with
    diacritics), digits, dots and dashes only ("5.a_Ēcere_Anna_2026-2027-1.pdf")."""
    def safe(text: str) -> str:
        text = unicodedata.normalize("NFC", text).replace("/", "-")
        return _UNSAFE.sub("-", text).replace("_", "-").strip(".-") or "-"

    parts = (doc.class_name, doc.last_name, doc.first_name, doc.semester.label)
    return "_".join(safe(p) for p in parts) + ".pdf"


def _count_key(n: int, lang: str) -> str:
    base = "report.cli.plans_done"
    if lang == "lv":
        return plural_lv(n, f"{base}.one", f"{base}.many", f"{base}.zero")
    return f"{base}.one" if n == 1 else f"{base}.many"


def _write_plans(store: Store, actor: Actor, sem: SemesterInfo, out: Path,
                 status: PlanStatus | None, lang: str) -> str:
    if out.exists() and not out.is_dir():
        raise ValidationError(FieldProblem("out", "report.out_not_dir", {"path": out}))
    from app.reports.iap import plan_pdf  # reportlab loads only when a report is printed

    docs = semester_plan_documents(store, actor, sem.id, status)
    if not docs:
        return render("report.cli.plans_none", lang, semester=sem.label)
    out.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for doc in docs:
        name = plan_filename(doc)
        n = 2
        while name in taken:
            name = plan_filename(doc).removesuffix(".pdf") + f"-{n}.pdf"
            n += 1
        taken.add(name)
        (out / name).write_bytes(plan_pdf(doc, lang))
    record_printed(store, actor, "plans", sem.id, plans=len(docs), folder=str(out))
    return render(_count_key(len(docs), lang), lang, count=len(docs), path=out)


def _write_semester(store: Store, actor: Actor, sem: SemesterInfo, out: Path,
                    lang: str) -> str:
    from app.reports.semester import semester_report_pdf

    data = semester_report(store, actor, sem.id)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(semester_report_pdf(data, lang))
    record_printed(store, actor, "semester", sem.id, file=str(out))
    return render("report.cli.semester_done", lang, semester=sem.label, path=out)


def report(args: argparse.Namespace, db: Path, lang: str, mode: str, plaintext: bool) -> int:
    secrets = None if plaintext else secret_store_for(
        db, mode, lang, ask_on_terminal, lambda text: print(text, flush=True)).store
    store = Store(open_school_database(db, secrets, plaintext=plaintext))
    try:
        actor = command_line_actor(lang)
        sem = find_semester(store, args.semester) if args.semester else current_semester(store)
        if args.report_kind == "plans":
            status = PlanStatus(args.status) if args.status else None
            message = _write_plans(store, actor, sem, args.out, status, lang)
        else:
            message = _write_semester(store, actor, sem, args.out, lang)
    finally:
        store.close()
    print(message, flush=True)
    return 0
