"""The schools pages: every signed-in person sees them, only the hub admin acts (else 403).

- GET  /schools → each school: last upload, last applied, last downlink, held and
  quarantined bundles, signatures that do not verify, active keys.
- GET  /schools/{id} → one school: its keys, its bundles kept aside and what to do, its
  recent rejections; the admin's forms.
- GET  /schools/enrol → the upload form; POST /schools/enrol (multipart: request file) →
  what enrolling it does (fingerprints in groups of four; the keys it would revoke), with a
  confirming form; POST /schools/enrol/confirm → `enrolment.enrol_school`, 303 to the school.
- GET  /schools/{id}/trust → the newest trust document, as a file (admin).
- POST /schools/{id}/keys/{key_id}/revoke (confirm=yes) → `enrolment.revoke_key`.
The same services as `pumpurs-hub enrol|revoke|quarantine`; every action is audited.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from app.errors import AppError, NotFound
from app.hub.console.access import Refused, one, posted, refusal, signed_in
from app.hub.console.accounts import audit
from app.hub.console.pages import language, page, secured
from app.hub.console.sessions import COOKIE, Signed, current, tokens_match
from app.hub.console.upload import MAX_UPLOAD_BYTES, read_upload
from app.hub.enrolment import enrol_school, hub_fingerprint, revoke_key
from app.hub.hub import Hub
from app.hub.schools import list_schools, preview_enrolment, read_school, trust_document
from app.i18n import render

CONFIRM_LIMIT = 2 * MAX_UPLOAD_BYTES  # the request travels back base64-encoded


def _admin(signed: Signed) -> bool:
    return signed.role == "admin"


def _school_url(school_id: str, done: str = "") -> str:
    return f"/schools/{quote(school_id, safe='')}" + (f"?done={done}" if done else "")


def _audited(hub: Hub, username: str, action: str, detail: str) -> None:
    with hub.store.write() as s:
        audit(s, username, action, detail)


def add_routes(app: FastAPI, hub_of: Callable[[], Hub]) -> None:
    def hub_print() -> str:
        with hub_of().store.read() as s:
            return hub_fingerprint(hub_of(), s)

    async def enrol_page(request: Request, signed: Signed, status_code: int = 200,
                         problem: str = "", preview: object = None,
                         request_data: str = "", require_names: bool = False) -> Response:
        return page(request, "enrol.html", status_code=status_code, signed=signed,
                    csrf=signed.csrf_token, problem=problem, preview=preview,
                    request_data=request_data, require_names=require_names,
                    hub_fingerprint=await run_in_threadpool(hub_print))

    @app.get("/schools", include_in_schema=False)
    async def schools(request: Request) -> Response:
        signed = await signed_in(request, hub_of())
        found = await run_in_threadpool(list_schools, hub_of())
        return page(request, "schools.html", signed=signed, csrf=signed.csrf_token,
                    schools=found, is_admin=_admin(signed))

    @app.get("/schools/enrol", include_in_schema=False)
    async def enrol_form(request: Request) -> Response:
        signed = await signed_in(request, hub_of())
        if not _admin(signed):
            return refusal(request, 403, signed)
        return await enrol_page(request, signed)

    @app.post("/schools/enrol", include_in_schema=False)
    async def enrol_upload(request: Request) -> Response:
        signed = await run_in_threadpool(current, hub_of(), request.cookies.get(COOKIE))
        if signed is None:
            raise Refused(refusal(request, 403))
        upload = await read_upload(request)
        if not tokens_match(signed.csrf_token, upload.one("csrf")) or not _admin(signed):
            raise Refused(refusal(request, 403, signed))
        data = upload.files.get("request", b"")
        lang = language(request)
        if not data:
            return await enrol_page(request, signed, 422,
                                    render("hub.enrol_file_missing", lang))
        try:
            preview = await run_in_threadpool(preview_enrolment, hub_of(), data)
        except AppError as exc:
            return await enrol_page(request, signed, 422, exc.text(lang))
        return await enrol_page(request, signed, preview=preview,
                                request_data=base64.b64encode(data).decode("ascii"),
                                require_names=upload.one("require_names") == "yes")

    @app.post("/schools/enrol/confirm", include_in_schema=False)
    async def enrol_confirm(request: Request) -> Response:
        signed, form = await posted(request, hub_of(), _admin, CONFIRM_LIMIT)
        lang = language(request)
        try:
            data = base64.b64decode(one(form, "request"), validate=True)
        except (binascii.Error, ValueError):
            return refusal(request, 400, signed)
        replacing = frozenset(k for k in one(form, "replacing").split(",") if k)
        if replacing and one(form, "confirm") != "yes":
            return await enrol_page(request, signed, 422,
                                    render("hub.enrol_confirm_needed", lang))
        require_names = one(form, "require_names") == "yes"

        def run() -> str:
            done = enrol_school(hub_of(), data, require_names=require_names,
                                replace_key=bool(replacing), replacing=replacing)
            _audited(hub_of(), signed.username,
                     "key_replaced" if replacing else "school_enrolled",
                     f"{done.school_id} {done.school_fingerprint}")
            return done.school_id

        try:
            school_id = await run_in_threadpool(run)
        except AppError as exc:
            return await enrol_page(request, signed, 409, exc.text(lang))
        return secured(RedirectResponse(_school_url(school_id, "enrolled"), status_code=303))

    async def school_page(request: Request, signed: Signed, school_id: str,
                          status_code: int = 200, notice: str = "",
                          problem: str = "") -> Response:
        try:
            detail = await run_in_threadpool(read_school, hub_of(), school_id[:36])
        except NotFound:
            return refusal(request, 404, signed)
        return page(request, "school.html", status_code=status_code, signed=signed,
                    csrf=signed.csrf_token, school=detail, is_admin=_admin(signed),
                    hub_fingerprint=await run_in_threadpool(hub_print), notice=notice,
                    problem=problem)

    @app.get("/schools/{school_id}", include_in_schema=False)
    async def school(request: Request, school_id: str, done: str = "") -> Response:
        signed = await signed_in(request, hub_of())
        return await school_page(request, signed, school_id,
                                 notice=done if done in ("enrolled", "revoked") else "")

    @app.get("/schools/{school_id}/trust", include_in_schema=False)
    async def trust(request: Request, school_id: str) -> Response:
        signed = await signed_in(request, hub_of())
        if not _admin(signed):
            return refusal(request, 403, signed)
        try:
            version, data = await run_in_threadpool(trust_document, hub_of(), school_id[:36])
        except NotFound:
            return refusal(request, 404, signed)
        await run_in_threadpool(_audited, hub_of(), signed.username, "trust_downloaded",
                                f"{school_id} {version}")
        name = "".join(c for c in school_id if c.isalnum() or c == "-")[:36]
        return secured(Response(data, media_type="application/json", headers={
            "Content-Disposition": f'attachment; filename="{name}-trust.json"'}))

    @app.post("/schools/{school_id}/keys/{key_id}/revoke", include_in_schema=False)
    async def revoke(request: Request, school_id: str, key_id: str) -> Response:
        signed, form = await posted(request, hub_of(), _admin)
        if one(form, "confirm") != "yes":
            return await school_page(request, signed, school_id, 422,
                                     problem=render("hub.revoke_confirm_needed",
                                                    language(request)))

        def run() -> int:
            count = revoke_key(hub_of(), school_id[:36], key_id[:16])
            if count:
                _audited(hub_of(), signed.username, "key_revoked", f"{school_id} {key_id}")
            return count

        try:
            await run_in_threadpool(run)
        except NotFound:
            return refusal(request, 404, signed)
        return secured(RedirectResponse(_school_url(school_id, "revoked"), status_code=303))
