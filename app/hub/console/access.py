"""Who may do what in the console, checked on every request: a page refuses an anonymous
request with a redirect to /login, a form post with 403; every post must carry its session's
CSRF token. Forms are read with the hub's bounded body reader (no multipart: the console's
forms are urlencoded), so a post can never be larger than `MAX_FORM_BYTES`."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from app.hub.api_body import BodyStalled, BodyTooLarge, declared_too_large, read_body
from app.hub.console.pages import page, secured
from app.hub.console.sessions import COOKIE, Signed, current, tokens_match
from app.hub.hub import Hub

MAX_FORM_BYTES = 64 * 1024
FORM_TIMEOUT = 10.0


class Refused(Exception):
    """Answer the request with `response` (a redirect to /login, or a refusal)."""

    def __init__(self, response: Response) -> None:
        self.response = response


def to_login() -> Response:
    return secured(RedirectResponse("/login", status_code=303))


def refusal(request: Request, status: int, signed: Signed | None = None) -> Response:
    return page(request, "message.html", status_code=status, signed=signed,
                csrf=signed.csrf_token if signed else "",
                message=_texts(request)[{403: "forbidden", 404: "not_found"}.get(
                    status, "bad_request")])


def _texts(request: Request) -> dict[str, str]:
    from app.hub.console.pages import TEXTS, language

    return TEXTS[language(request)]


async def signed_in(request: Request, hub: Hub) -> Signed:
    """The person of a page request; else Refused with a redirect to the sign-in form."""
    signed = await run_in_threadpool(current, hub, request.cookies.get(COOKIE))
    if signed is None:
        raise Refused(to_login())
    return signed


async def read_form(request: Request, limit: int = MAX_FORM_BYTES) -> dict[str, list[str]]:
    if declared_too_large(request.headers.get("content-length"), limit):
        raise Refused(Response(status_code=413))
    try:
        body = await read_body(request, limit, FORM_TIMEOUT, FORM_TIMEOUT * 3)
    except BodyTooLarge as exc:
        raise Refused(Response(status_code=413)) from exc
    except BodyStalled as exc:
        raise Refused(Response(status_code=408)) from exc
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(Response(status_code=400)) from exc
    return parse_qs(text, keep_blank_values=True, max_num_fields=1000)


def one(form: dict[str, list[str]], name: str) -> str:
    values = form.get(name) or [""]
    return values[0]


async def posted(request: Request, hub: Hub,
                 allowed: Callable[[Signed], bool] = lambda _s: True,
                 limit: int = MAX_FORM_BYTES) -> tuple[Signed, dict[str, list[str]]]:
    """The person and form of a post: anonymous, a wrong CSRF token or a role that may not
    → Refused with 403."""
    signed = await run_in_threadpool(current, hub, request.cookies.get(COOKIE))
    if signed is None:
        raise Refused(refusal(request, 403))
    form = await read_form(request, limit)
    if not tokens_match(signed.csrf_token, one(form, "csrf")):
        raise Refused(refusal(request, 403, signed))
    if not allowed(signed):
        raise Refused(refusal(request, 403, signed))
    return signed, form
