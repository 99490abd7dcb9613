"""The console's routes on the hub's FastAPI app (`mount_console`): sign-in and sign-out,
the stylesheet, and the plan pages of `routes_plans`.

- GET  /login → the form (with a double-submit CSRF cookie); POST /login → 303 to / with a
  session cookie (HttpOnly, SameSite=Strict, Secure over https), or the form again.
- POST /logout → the session revoked, 303 to /login.
- GET  /static/console.css → the one stylesheet (the only console answer for anyone).
The plan pages are in `routes_plans`, the admin's page of people in `routes_users`, the
schools pages in `routes_schools`.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from app.hub.console import routes_plans, routes_schools, routes_users
from app.hub.console.access import Refused, one, posted, read_form, refusal, to_login
from app.hub.console.accounts import SignInOutcome, sign_in
from app.hub.console.pages import STYLESHEET, TEXTS, language, page, secured
from app.hub.console.sessions import (
    COOKIE,
    LOGIN_CSRF_COOKIE,
    close_session,
    current,
    new_token,
    open_session,
    tokens_match,
)
from app.hub.hub import Hub


def _cookie(request: Request, response: Response, name: str, value: str) -> None:
    response.set_cookie(name, value, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")


def _login_form(request: Request, status: int = 200, message: str = "",
                username: str = "") -> Response:
    token = new_token()
    response = page(request, "login.html", status_code=status, csrf=token,
                    message=message, username=username)
    _cookie(request, response, LOGIN_CSRF_COOKIE, token)
    return response


def mount_console(app: FastAPI, hub_of: Callable[[], Hub]) -> None:
    @app.exception_handler(Refused)
    async def refused(_request: Request, exc: Refused) -> Response:
        return exc.response

    @app.get("/static/console.css", include_in_schema=False)
    def stylesheet() -> Response:
        return secured(FileResponse(STYLESHEET, media_type="text/css"))

    @app.get("/login", include_in_schema=False)
    async def login_form(request: Request) -> Response:
        if await run_in_threadpool(current, hub_of(), request.cookies.get(COOKIE)):
            return secured(RedirectResponse("/", status_code=303))
        return _login_form(request)

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await read_form(request)
        if not tokens_match(request.cookies.get(LOGIN_CSRF_COOKIE), one(form, "csrf")):
            return refusal(request, 403)
        username, password = one(form, "username").strip(), one(form, "password")
        hub = hub_of()
        result = await run_in_threadpool(sign_in, hub, username, password)
        words = TEXTS[language(request)]
        if result.outcome is SignInOutcome.LOCKED:
            return _login_form(request, 429, words["locked"], username)
        if result.outcome is not SignInOutcome.SIGNED_IN:
            return _login_form(request, 401, words["wrong_password"], username)
        token = await run_in_threadpool(open_session, hub, result.username)
        response = secured(RedirectResponse("/", status_code=303))
        _cookie(request, response, COOKIE, token)
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        signed, _form = await posted(request, hub_of())
        await run_in_threadpool(close_session, hub_of(), signed)
        response = to_login()
        response.delete_cookie(COOKIE, path="/")
        return response

    routes_plans.add_routes(app, hub_of)
    routes_users.add_routes(app, hub_of)
    routes_schools.add_routes(app, hub_of)
