"""The one multipart form of the console: a school's enrolment request uploaded as a file.

Read with the same bounded body reader as every other form (`MAX_UPLOAD_BYTES`: an
enrolment request is at most 64 KiB) and parsed with the standard library's MIME parser —
no extra dependency. Returns the text fields and the uploaded file's bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP

from fastapi import Request
from fastapi.responses import Response

from app.hub.api_body import BodyStalled, BodyTooLarge, declared_too_large, read_body
from app.hub.console.access import FORM_TIMEOUT, Refused
from app.sync.enrolment import MAX_DOCUMENT_BYTES

MAX_UPLOAD_BYTES = MAX_DOCUMENT_BYTES + 16 * 1024
MAX_PARTS = 10


@dataclass
class Upload:
    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)

    def one(self, name: str) -> str:
        return self.fields.get(name, "")


async def read_upload(request: Request) -> Upload:
    """A multipart/form-data body (anything else, too large or malformed → Refused)."""
    kind = request.headers.get("content-type", "")
    if not kind.lower().startswith("multipart/form-data") or "boundary=" not in kind:
        raise Refused(Response(status_code=415))
    if declared_too_large(request.headers.get("content-length"), MAX_UPLOAD_BYTES):
        raise Refused(Response(status_code=413))
    try:
        body = await read_body(request, MAX_UPLOAD_BYTES, FORM_TIMEOUT, FORM_TIMEOUT * 3)
    except BodyTooLarge as exc:
        raise Refused(Response(status_code=413)) from exc
    except BodyStalled as exc:
        raise Refused(Response(status_code=408)) from exc
    return parse_upload(kind, body)


def parse_upload(content_type: str, body: bytes) -> Upload:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise Refused(Response(status_code=400))
    upload = Upload()
    for number, part in enumerate(message.iter_parts()):
        if number >= MAX_PARTS:
            raise Refused(Response(status_code=400))
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            continue
        data = part.get_payload(decode=True)
        raw = data if isinstance(data, bytes) else b""
        if part.get_filename() is not None:
            upload.files[name] = raw
        else:
            try:
                upload.fields[name] = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise Refused(Response(status_code=400)) from exc
    return upload
