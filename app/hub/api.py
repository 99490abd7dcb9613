"""The HTTP service for school apps (FastAPI): health, upload, downlink, trust.

- GET  /api/v1/health → {"status": "ok", "hub_id", "version"}
- POST /api/v1/bundles → 200 accepted | duplicate | held; 409 conflict (same id other bytes,
  or a fork: quarantined); 400/422 rejected; 401 unauthorised; 429 too many uploads from
  this school (`upload_rate`, with Retry-After); 413 too large — refused from
  Content-Length before anything is read, and the body is read with a bounded reader
  (`api_body`) only after the auth headers were checked; 408 a body that stalls.
- GET  /api/v1/downlink?after=N → 200 the next downlink bundle, or 204.
- GET  /api/v1/trust → 200 the school's latest trust document (for a rotation).
The coordinator's console (app.hub.console) is mounted on the same app: /, /login, /plans….
Database work runs in the thread pool; a rejected upload never stops the service.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from app.hub.api_auth import Unauthorised, authenticate, check_headers, check_signature
from app.hub.api_body import (
    BODY_CHUNK_TIMEOUT,
    BODY_TOTAL_TIMEOUT,
    BodyStalled,
    BodyTooLarge,
    declared_too_large,
    read_body,
)
from app.hub.console.routes import mount_console
from app.hub.downlink import next_downlink
from app.hub.enrolment import latest_trust
from app.hub.held_quota import RETRY_AFTER_SECONDS
from app.hub.hub import Hub, open_hub
from app.hub.ingest import ingest_bundle
from app.hub.upload_rate import UploadRate, retry_after
from app.i18n import render
from app.sync.envelope_manifest import MAX_SEQ
from app.sync.limits import MAX_BUNDLE_BYTES

log = logging.getLogger("pumpurs.hub")
VERSION = "1"
OCTETS = "application/octet-stream"
_STATUS_CODES = {"accepted": 200, "duplicate": 200, "held": 200, "conflict": 409,
                 "quarantined": 409, "deferred": 429}


def _problem(code: int, status: str, key: str, **params: Any) -> JSONResponse:
    return JSONResponse(status_code=code, content={
        "status": status, "reason": key, "message": render(key, "lv", **params),
        "message_en": render(key, "en", **params), **params})


def _refused(exc: Unauthorised) -> JSONResponse:
    return _problem(exc.status, "unauthorised" if exc.status == 401 else "rejected", exc.key)


def _closing(response: Response) -> Response:
    """An answer given before the body was read to its end: the connection is closed after."""
    response.headers["Connection"] = "close"
    return response


def create_app(db_url: str | None = None, keys_dir: str | Path | None = None, *,
               hub: Hub | None = None, max_body: int = MAX_BUNDLE_BYTES,
               upload_rate: UploadRate | None = None,
               body_timeout: float = BODY_CHUNK_TIMEOUT,
               body_total_timeout: float = BODY_TOTAL_TIMEOUT,
               migrate: bool = True) -> FastAPI:
    """The ASGI app over an open `hub`, or one opened from `db_url` and `keys_dir` (and
    migrated to head unless `migrate` is False: then a store not at head is refused)."""
    state: dict[str, Hub] = {}
    rate = upload_rate or UploadRate()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        state["hub"] = hub or open_hub(db_url or "", keys_dir, migrate=migrate)
        yield
        if hub is None:
            state["hub"].close()

    app = FastAPI(title="Pumpurs hub", version=VERSION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url=None)

    def _hub() -> Hub:
        return state.get("hub") or hub  # type: ignore[return-value]

    @app.get("/api/v1/health")
    def health() -> dict[str, str]:
        current = _hub()
        with current.store.read() as s:
            return {"status": "ok", "hub_id": current.identity(s).hub_id, "version": VERSION}

    @app.post("/api/v1/bundles")
    async def upload(request: Request) -> Response:
        declared = request.headers.get("content-length")
        if declared_too_large(declared, max_body):
            log.warning("refused an upload of %s B before reading it", declared)
            return _closing(_problem(413, "rejected", "sync.too_large", size=declared,
                                     limit=max_body))
        current = _hub()
        try:  # the headers before a byte of the body: a stranger's body is never read
            claimed = await run_in_threadpool(check_headers, current, request.headers)
        except Unauthorised as exc:
            log.warning("unauthorised upload: %s", exc.key)
            return _closing(_refused(exc))
        try:
            body = await read_body(request, max_body, body_timeout, body_total_timeout)
        except BodyTooLarge:
            log.warning("refused an upload larger than %s B while reading it", max_body)
            return _closing(_problem(413, "rejected", "sync.too_large_stream", limit=max_body))
        except ClientDisconnect:  # the school went away mid-upload: nothing to answer
            log.info("an upload from %s stopped: the client disconnected", claimed.school_id)
            return Response(status_code=400)
        except BodyStalled:
            log.warning("cut off an upload whose body stalled (%s s a chunk, %s s in all)",
                        body_timeout, body_total_timeout)
            return _closing(_problem(408, "rejected", "hub.body_timeout",
                                     seconds=f"{body_timeout:g}",
                                     total=f"{body_total_timeout:g}"))
        try:
            school_id = await run_in_threadpool(
                check_signature, claimed, "POST", "/api/v1/bundles", body)
        except Unauthorised as exc:
            log.warning("unauthorised upload: %s", exc.key)
            return _refused(exc)
        wait = rate.take(school_id)
        if wait > 0:
            seconds = retry_after(wait)
            log.warning("too many uploads from %s: retry after %s s", school_id, seconds)
            response = _problem(429, "rate_limited", "hub.rate_limited", seconds=seconds)
            response.headers["Retry-After"] = seconds
            return response
        result = await run_in_threadpool(ingest_bundle, current, body, school_id=school_id)
        code = _STATUS_CODES.get(result.status, 422 if result.kind == "malformed" else 400)
        reply = JSONResponse(status_code=code, content=result.to_json())
        if result.status == "deferred":  # the held quota: the school sends it again later
            reply.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return reply

    @app.get("/api/v1/downlink")
    async def downlink(request: Request, after: int = 0) -> Response:
        current = _hub()
        query = request.url.query
        target = request.url.path + (f"?{query}" if query else "")
        try:
            school_id = await run_in_threadpool(
                authenticate, current, request.headers, "GET", target, b"")
        except Unauthorised as exc:
            return _refused(exc)
        if not 0 <= after <= MAX_SEQ:
            return _problem(400, "rejected", "hub.after_invalid", max=MAX_SEQ)
        data = await run_in_threadpool(next_downlink, current, school_id, after)
        return Response(status_code=204) if data is None else Response(data, media_type=OCTETS)

    @app.get("/api/v1/trust")
    async def trust(request: Request) -> Response:
        current = _hub()
        try:
            school_id = await run_in_threadpool(
                authenticate, current, request.headers, "GET", "/api/v1/trust", b"")
        except Unauthorised as exc:
            return _refused(exc)

        def read() -> bytes:
            with current.store.read() as s:
                return latest_trust(s, school_id)

        return Response(await run_in_threadpool(read), media_type="application/json")

    mount_console(app, _hub)
    return app
