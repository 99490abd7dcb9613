"""Files kept with a pupil's record (scans, letters): content stored once by SHA-256.

The bytes live in `AttachmentBlob` inside the encrypted database; every `Attachment` points
at a blob by its hash, so the same scan uploaded twice is stored once, and a blob is deleted
when the last attachment pointing at it goes. Reading checks the hash again, so a changed
blob is reported instead of handed out.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.errors import Conflict, FieldProblem, NotFound, PermissionDenied, ValidationError
from app.models import Attachment, AttachmentBlob, ParentApplication, User
from app.models.enums import Role
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, can, require, require_student
from app.services.core.store import Store

MAX_BYTES = 20 * 1024 * 1024
HEAD_BYTES = 16  # enough for every signature below
SIGNATURES = {"application/pdf": b"%PDF", "image/jpeg": b"\xff\xd8\xff",
              "image/png": b"\x89PNG\r\n\x1a\n"}
KIND_NAMES = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}
SCAN_TYPES = tuple(SIGNATURES)  # a parent's signed application: a PDF or a picture
MAX_NAME = 255
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


def clean_filename(name: str) -> str:
    """The last path part only, without control or reserved characters, at most 255 long."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _FORBIDDEN.sub("_", " ".join(name.split())).strip(" .")
    if not name:
        return ""
    if name.split(".", 1)[0].upper() in _RESERVED:
        name = "_" + name
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        keep = f"{dot}{ext}" if dot and len(ext) <= 16 else ""
        name = (stem if keep else name)[: MAX_NAME - len(keep)] + keep
    return name


def megabytes(size: int) -> str:
    """Bytes as megabytes, rounded up to a tenth, the Latvian way: `20,1 MB`."""
    tenths = -(-size * 10 // 2**20)
    whole, rest = divmod(tenths, 10)
    return f"{whole},{rest} MB" if rest else f"{whole} MB"


def sniff(head: bytes) -> str | None:
    """The media type the first bytes prove (PDF, JPEG, PNG), or None."""
    return next((kind for kind, magic in SIGNATURES.items() if head.startswith(magic)), None)


def _file_problems(name: str, size: int, head: bytes, media_type: str,
                   allowed: tuple[str, ...] | None) -> tuple[list[FieldProblem], str]:
    problems = []
    if size == 0:
        problems.append(FieldProblem("data", "support.file_empty", {"filename": name}))
    elif size > MAX_BYTES:
        problems.append(FieldProblem("data", "support.file_too_large", {
            "filename": name, "size": megabytes(size), "max": megabytes(MAX_BYTES)}))
    claimed = media_type.strip().lower() or (mimetypes.guess_type(name)[0] or "")
    claimed = "image/jpeg" if claimed == "image/jpg" else claimed
    found = sniff(head)
    kind = found or claimed or "application/octet-stream"
    if len(claimed) > 100 or not _MEDIA_TYPE.match(claimed or kind):
        problems.append(FieldProblem("media_type", "support.media_type_bad",
                                     {"filename": name}))
    elif size and claimed in SIGNATURES and found != claimed:
        problems.append(FieldProblem("media_type", "support.content_not_as_named", {
            "filename": name, "kind": KIND_NAMES[claimed]}))
    elif size and allowed is not None and kind not in allowed:
        problems.append(FieldProblem("media_type", "support.scan_kind", {"filename": name}))
    return problems, kind


def check_file(filename: str, data: bytes, media_type: str,
               allowed: tuple[str, ...] | None = None) -> tuple[str, str]:
    """The cleaned file name and media type (the one its bytes prove, when they do);
    `ValidationError` naming the file otherwise: empty, too large, a name or type its bytes
    contradict (a text file named "x.pdf"), or not one of `allowed` (scans: SCAN_TYPES)."""
    name = clean_filename(filename)
    if not name:
        raise ValidationError(FieldProblem("filename", "support.filename_empty"))
    problems, kind = _file_problems(name, len(data), data[:HEAD_BYTES], media_type, allowed)
    if problems:
        raise ValidationError(problems)
    return name, kind


def check_chosen_file(filename: str, size: int, head: bytes,
                      allowed: tuple[str, ...] | None = None) -> None:
    """The same checks when a file is chosen, before its bytes are read: its size and its
    first HEAD_BYTES bytes. `ValidationError` as `check_file`."""
    name = clean_filename(filename)
    if not name:
        raise ValidationError(FieldProblem("filename", "support.filename_empty"))
    problems, _kind = _file_problems(name, size, head, "", allowed)
    if problems:
        raise ValidationError(problems)


WRITE_PERMISSIONS = (Permission.PLAN_EDIT, Permission.STUDENT_EDIT, Permission.CONSULTATION_LOG)


@dataclass(frozen=True)
class AttachmentView:
    id: uuid.UUID
    student_id: uuid.UUID
    filename: str
    media_type: str
    size: int
    sha256: str
    uploaded_by_id: uuid.UUID
    uploaded_by_name: str
    created_at: datetime


def _require_write(actor: Actor) -> None:
    """Teachers, coordinators and support staff add files; the director and admin do not."""
    if not any(can(actor, p) for p in WRITE_PERMISSIONS):
        raise PermissionDenied("support.attachment_denied")


def _view(session: Session, a: Attachment) -> AttachmentView:
    name = session.scalar(select(User.full_name).where(User.id == a.uploaded_by_id)) or ""
    assert a.student_id is not None
    return AttachmentView(a.id, a.student_id, a.filename, a.media_type, a.size, a.sha256,
                          a.uploaded_by_id, name, a.created_at)


def store_file(session: Session, actor: Actor, student_id: uuid.UUID, filename: str,
               data: bytes, media_type: str,
               allowed: tuple[str, ...] | None = None) -> Attachment:
    """Inside a write use case: check the file, keep its bytes once, add the attachment."""
    _require_write(actor)
    require_student(session, actor, student_id)
    name, kind = check_file(filename, data, media_type, allowed)
    digest = hashlib.sha256(data).hexdigest()
    known = select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == digest)
    if session.scalar(known) is None:
        session.add(AttachmentBlob(sha256=digest, size=len(data), data=data))
        session.flush()
    attachment = Attachment(sha256=digest, filename=name, media_type=kind, size=len(data),
                            student_id=student_id, uploaded_by_id=actor.user_id)
    session.add(attachment)
    session.flush()
    audit.record(session, actor, "attachment.add", "attachment", attachment.id,
                 student_id=student_id, filename=name, size=len(data), sha256=digest)
    return attachment


def _load(session: Session, actor: Actor, attachment_id: uuid.UUID) -> Attachment:
    """The attachment if its pupil is visible to `actor`; otherwise `NotFound`."""
    require(actor, Permission.STUDENT_VIEW)
    a = session.get(Attachment, attachment_id)
    if a is None or a.student_id is None:
        raise NotFound("support.attachment_not_found")
    try:
        require_student(session, actor, a.student_id)
    except NotFound:
        raise NotFound("support.attachment_not_found") from None
    return a


def drop_attachment(session: Session, actor: Actor, a: Attachment) -> None:
    """Inside a write use case: delete the attachment and its blob if nothing else uses it."""
    attachment_id, student_id, filename, digest = a.id, a.student_id, a.filename, a.sha256
    session.delete(a)
    session.flush()
    still_used = select(func.count()).where(Attachment.sha256 == digest)
    if not session.scalar(still_used):
        session.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256 == digest))
    audit.record(session, actor, "attachment.remove", "attachment", attachment_id,
                 student_id=student_id, filename=filename, sha256=digest)


def add_attachment(store: Store, actor: Actor, student_id: uuid.UUID, filename: str,
                   data: bytes, media_type: str = "") -> AttachmentView:
    with store.write() as s:
        return _view(s, store_file(s, actor, student_id, filename, data, media_type))


def read_attachment(store: Store, actor: Actor, attachment_id: uuid.UUID) -> bytes:
    """The file's bytes, after checking they still match their SHA-256; the read is audited."""
    with store.write() as s:
        a = _load(s, actor, attachment_id)
        blob = s.get(AttachmentBlob, a.sha256)
        if blob is None or hashlib.sha256(blob.data).hexdigest() != a.sha256:
            raise Conflict("support.attachment_tampered", filename=a.filename)
        audit.record(s, actor, "attachment.read", "attachment", a.id, student_id=a.student_id,
                     filename=a.filename)
        return blob.data


def remove_attachment(store: Store, actor: Actor, attachment_id: uuid.UUID) -> None:
    """The uploader or a coordinator removes a file that no parent's application needs."""
    _require_write(actor)
    with store.write() as s:
        a = _load(s, actor, attachment_id)
        if a.uploaded_by_id != actor.user_id and not actor.has(Role.COORDINATOR):
            raise PermissionDenied("support.attachment_not_uploader")
        used = select(ParentApplication.id).where(ParentApplication.attachment_id == a.id)
        if s.scalar(used) is not None:
            raise Conflict("support.attachment_in_use", filename=a.filename)
        drop_attachment(s, actor, a)


def list_attachments(store: Store, actor: Actor, student_id: uuid.UUID) -> list[AttachmentView]:
    require(actor, Permission.STUDENT_VIEW)
    with store.read() as s:
        require_student(s, actor, student_id)
        rows = s.scalars(select(Attachment).where(Attachment.student_id == student_id)
                         .order_by(Attachment.created_at, Attachment.filename))
        return [_view(s, a) for a in rows]
