"""The hub admin's page of console people (admin role only; anyone else 403).

- GET  /users → the people, their roles, lock-outs and last sign-in.
- POST /users (username, password, role) → a new person; a problem → the page again (422)
  with the sentence naming the field.
- POST /users/{username}/role (role) → the new role; their sessions are revoked.
Both go through `accounts` (as `pumpurs-hub user add|role` do) and are audited.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from app.errors import AppError
from app.hub.console.access import one, posted, refusal, signed_in
from app.hub.console.accounts import ROLES, add_user, audit, list_people, set_role
from app.hub.console.pages import language, page, secured
from app.hub.console.sessions import Signed
from app.hub.hub import Hub


def _admin(signed: Signed) -> bool:
    return signed.role == "admin"


def add_routes(app: FastAPI, hub_of: Callable[[], Hub]) -> None:
    async def people_page(request: Request, signed: Signed, status_code: int = 200,
                          problem: str = "", username: str = "",
                          notice: str = "") -> Response:
        people = await run_in_threadpool(list_people, hub_of())
        return page(request, "users.html", status_code=status_code, signed=signed,
                    csrf=signed.csrf_token, people=people, roles=ROLES, problem=problem,
                    username=username, notice=notice)

    @app.get("/users", include_in_schema=False)
    async def users(request: Request, done: str = "") -> Response:
        signed = await signed_in(request, hub_of())
        if not _admin(signed):
            return refusal(request, 403, signed)
        return await people_page(request, signed, notice="saved" if done else "")

    @app.post("/users", include_in_schema=False)
    async def add(request: Request) -> Response:
        signed, form = await posted(request, hub_of(), _admin)
        username = one(form, "username").strip()

        def run() -> None:
            add_user(hub_of(), username, one(form, "password"), one(form, "role"))
            with hub_of().store.write() as s:
                audit(s, signed.username, "user_added_by", username)

        try:
            await run_in_threadpool(run)
        except AppError as exc:
            return await people_page(request, signed, 422, exc.text(language(request)),
                                     username)
        return secured(RedirectResponse("/users?done=1", status_code=303))

    @app.post("/users/{username}/role", include_in_schema=False)
    async def role(request: Request, username: str) -> Response:
        signed, form = await posted(request, hub_of(), _admin)

        def run() -> None:
            set_role(hub_of(), username, one(form, "role"))
            with hub_of().store.write() as s:
                audit(s, signed.username, "role_changed_by", username)

        try:
            await run_in_threadpool(run)
        except AppError as exc:
            return await people_page(request, signed, 422, exc.text(language(request)))
        return secured(RedirectResponse("/users?done=1", status_code=303))
