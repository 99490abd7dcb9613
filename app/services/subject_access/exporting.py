"""`export_subject`: for one pupil, everything the school's database holds — as a PDF the
parent can read and a JSON file with every row — plus the documents themselves, into a new
folder. For the coordinator and the director; the export is recorded in the audit trail."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.formatting import file_slug, format_datetime
from app.i18n import render
from app.models import AuditEntry, OutboxChange, Student, SyncBundle
from app.models.base import utcnow
from app.models.enums import Role
from app.reports.subject import Section, subject_pdf
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import require_student, visible_students
from app.services.core.store import Store
from app.services.report_data.common import school_header
from app.services.students.personal_code import parse_personal_code
from app.services.subject_access.records import json_value, subject_rows
from app.services.subject_access.sections import (
    assessment_section,
    person_section,
    plan_section,
    support_sections,
    trail_section,
)
from app.services.support.attachments import list_attachments, read_attachment

FORMAT = "pumpurs-subject-access/1"


@dataclass(frozen=True)
class SubjectExport:
    folder: Path
    pdf: Path
    data: Path
    documents: tuple[Path, ...]
    records: int  # rows of the school's database in the JSON


def _free(folder: Path) -> Path:
    n, candidate = 1, folder
    while candidate.exists():
        n += 1
        candidate = folder.with_name(f"{folder.name}-{n}")
    return candidate


def _sent(store: Store, ids: set[uuid.UUID]) -> list[dict[str, Any]]:
    """What of this pupil went into bundles for the municipality, and when they left."""
    with store.read() as s:
        rows = s.execute(select(OutboxChange, SyncBundle.sent_at)
                         .outerjoin(SyncBundle, SyncBundle.id == OutboxChange.bundle_id)
                         .where(OutboxChange.entity_id.in_(list(ids)))
                         .order_by(OutboxChange.seq)).all()
    return [{"entity": c.entity, "entity_id": str(c.entity_id), "op": json_value(c.op),
             "changed_at": json_value(c.changed_at), "state": json_value(c.state),
             "bundle_id": json_value(c.bundle_id), "sent_at": json_value(sent)}
            for c, sent in rows]


def _sent_section(sent: list[dict[str, Any]], lang: str) -> Section:
    def when(text: str | None) -> str:
        return format_datetime(datetime.fromisoformat(text), lang) if text else "—"

    rows = tuple((when(r["changed_at"]), render(f"subject.entity.{r['entity']}", lang),
                  when(r["sent_at"])) for r in sent)
    return Section(render("subject.sent", lang),
                   tuple(render(f"subject.col.{k}", lang) for k in ("date", "what", "sent_at")),
                   rows, render("subject.none", lang))


def require_subject_access(actor: Actor) -> None:
    if not actor.has(Role.COORDINATOR, Role.DIRECTOR):
        raise PermissionDenied("subject.not_allowed")


def export_subject(store: Store, actor: Actor, student_id: uuid.UUID, out_dir: Path,
                   lang: str = "lv", today: date | None = None) -> SubjectExport:
    require_subject_access(actor)
    with store.read() as s:
        student = require_student(s, actor, student_id)
        name, school = student.full_name, school_header(s)
        rows, ids = subject_rows(s, student_id)
        trail = [{c.name: json_value(getattr(e, c.name)) for c in AuditEntry.__table__.columns}
                 for e in s.scalars(select(AuditEntry).where(AuditEntry.student_id == student_id)
                                    .order_by(AuditEntry.seq))]
    sent = _sent(store, ids | {student_id})
    plan_ids = [uuid.UUID(p["id"]) for p in rows.get("support_plan", [])]
    sections = [*person_section(store, actor, student_id, lang),
                assessment_section(store, actor, student_id, lang),
                plan_section(store, actor, plan_ids, lang),
                *support_sections(store, actor, student_id, lang),
                trail_section(store, actor, student_id, lang), _sent_section(sent, lang)]
    now = utcnow()
    day = today or date.today()
    folder = _free(Path(out_dir) / f"pumpurs-{file_slug(name, 'skolens')}-{day:%Y-%m-%d}")
    (folder / "dokumenti").mkdir(parents=True)
    documents = []
    for a in list_attachments(store, actor, student_id):
        path = folder / "dokumenti" / f"{a.created_at:%Y%m%d}-{a.id.hex[:8]}-{a.filename}"
        path.write_bytes(read_attachment(store, actor, a.id))
        documents.append(path)
    data = folder / "dati.json"
    data.write_text(json.dumps({"format": FORMAT, "exported_at": now.isoformat(),
                                "exported_by": actor.username, "student_id": str(student_id),
                                "records": rows, "audit_trail": trail, "sent": sent},
                               ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    pdf = folder / "parskats.pdf"
    pdf.write_bytes(subject_pdf(
        render("subject.title", lang), render("subject.subtitle", lang, name=name,
                                              when=format_datetime(now, lang)),
        render("subject.note", lang), sections, school, now, lang, actor.full_name))
    records = sum(len(v) for v in rows.values())
    with store.write() as s:
        audit.record(s, actor, "student.subject_export", "student", student_id,
                     student_id=student_id, records=records, documents=len(documents))
    return SubjectExport(folder, pdf, data, tuple(documents), records)


def find_subject(store: Store, actor: Actor, text: str) -> uuid.UUID | None:
    """The pupil named by their id or personal code, among those `actor` may see (only
    those who may export a pupil's data record look pupils up this way)."""
    require_subject_access(actor)
    value = text.strip()
    with store.read() as s:
        query = select(Student.id).where(visible_students(actor))
        try:
            query = query.where(Student.id == uuid.UUID(value))
        except ValueError:
            try:
                code = parse_personal_code(value).normalised
            except ValidationError:
                return None
            query = query.where(Student.personal_code == code)
        return s.scalar(query.limit(1))
