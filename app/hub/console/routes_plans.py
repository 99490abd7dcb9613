"""The plan pages and decisions (see `routes` for sign-in).

- GET  / and /plans → the queue (filters: school, semester — the newest unless chosen, "*"
  for every one —, status, q = school name).
- GET  /plans/{plan_id}?school=ID → the plan's page.
- POST /plans/{plan_id}/decision (outcome=accept | return, comment) → 303 back to the page;
  a return without a comment → the page again (422) with the sentence naming the field.
- POST /plans/accept (plan=SCHOOL/PLAN, repeated) → accepts each; 303 to the queue, which
  says how many were accepted and how many refused (their signature not verified).
Deciding needs the coordinator role (else 403) and goes through `app.hub.decisions.decide`,
the service `pumpurs-hub decide` uses, so the school receives it in its next downlink.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from app.errors import AppError, NotFound, ValidationError
from app.hub.console.access import one, posted, refusal, signed_in
from app.hub.console.accounts import DECIDING_ROLES
from app.hub.console.pages import TEXTS, language, page, secured
from app.hub.console.plan_page import read_plan
from app.hub.console.queue import EVERY_SEMESTER, STATUSES, newest_semester, read_queue
from app.hub.console.sessions import Signed
from app.hub.decisions import decide
from app.hub.hub import Hub


def _may_decide(signed: Signed) -> bool:
    return signed.role in DECIDING_ROLES


def _plan_url(plan_id: str, school_id: str, done: str = "") -> str:
    from urllib.parse import quote, urlencode

    query = {"school": school_id, **({"done": done} if done else {})}
    return f"/plans/{quote(plan_id, safe='')}?{urlencode(query)}"


def add_routes(app: FastAPI, hub_of: Callable[[], Hub]) -> None:
    async def plan_page(request: Request, signed: Signed, plan_id: str, school_id: str,
                        status_code: int = 200, problem: str = "", comment: str = "",
                        notice: str = "") -> Response:
        try:
            plan = await run_in_threadpool(read_plan, hub_of(), plan_id, school_id)
        except NotFound:
            return refusal(request, 404, signed)
        return page(request, "plan.html", status_code=status_code, signed=signed,
                    csrf=signed.csrf_token, plan=plan, can_decide=_may_decide(signed),
                    problem=problem, comment=comment, notice=notice)

    @app.get("/", include_in_schema=False)
    @app.get("/plans", include_in_schema=False)
    async def queue(request: Request, school: str = "", semester: str | None = None,
                    status: str = "", q: str = "", done: str = "",
                    refused: str = "") -> Response:
        signed = await signed_in(request, hub_of())
        status = status if status in STATUSES else ""
        if not semester:  # the newest semester unless another (or "*", every one) is asked
            semester = await run_in_threadpool(newest_semester, hub_of())
        chosen = semester[:12]
        found = await run_in_threadpool(lambda: read_queue(
            hub_of(), school_id=school[:36], semester=chosen, status=status,
            search=q[:200]))
        words = TEXTS[language(request)]
        notice = words["batch_done"].format(count=int(done)) if done.isdigit() else ""
        if refused.isdigit() and int(refused):
            notice += " " + words["batch_refused"].format(count=int(refused))
        return page(request, "queue.html", signed=signed, csrf=signed.csrf_token,
                    queue=found, school=school, semester=chosen, status=status, search=q,
                    every_semester=EVERY_SEMESTER,
                    statuses=STATUSES, can_decide=_may_decide(signed), notice=notice)

    @app.get("/plans/{plan_id}", include_in_schema=False)
    async def plan(request: Request, plan_id: str, school: str = "",
                   done: str = "") -> Response:
        signed = await signed_in(request, hub_of())
        words = TEXTS[language(request)]
        notice = words.get(f"decided_{done}", "") if done in ("accepted", "returned") else ""
        return await plan_page(request, signed, plan_id[:36], school[:36], notice=notice)

    @app.post("/plans/accept", include_in_schema=False)
    async def accept_many(request: Request) -> Response:
        signed, form = await posted(request, hub_of(), _may_decide)

        def accept_each() -> tuple[int, int]:
            count = unverified = 0
            for item in form.get("plan", [])[:500]:
                school_id, _, plan_id = item.partition("/")
                try:
                    decide(hub_of(), plan_id, accept=True, school_id=school_id or None,
                           decided_by=signed.username)
                    count += 1
                except AppError as exc:  # decided meanwhile, or no longer awaiting: the
                    # queue shows it; a signature not verified is said in a sentence
                    unverified += exc.key == "hub.plan_signature_unverified"
            return count, unverified

        count, unverified = await run_in_threadpool(accept_each)
        refused = f"&refused={unverified}" if unverified else ""
        return secured(RedirectResponse(f"/?done={count}{refused}", status_code=303))

    @app.post("/plans/{plan_id}/decision", include_in_schema=False)
    async def decision(request: Request, plan_id: str) -> Response:
        signed, form = await posted(request, hub_of(), _may_decide)
        school_id, comment = one(form, "school")[:36], one(form, "comment")
        accept = one(form, "outcome") == "accept"
        lang = language(request)
        try:
            view = await run_in_threadpool(lambda: decide(
                hub_of(), plan_id, accept=accept, comment=None if accept else comment,
                school_id=school_id or None, decided_by=signed.username))
        except NotFound:
            return refusal(request, 404, signed)
        except ValidationError as exc:
            return await plan_page(request, signed, plan_id, school_id, 422,
                                   problem=exc.text(lang), comment=comment)
        except AppError as exc:
            return await plan_page(request, signed, plan_id, school_id, 409,
                                   problem=exc.text(lang), comment=comment)
        return secured(RedirectResponse(_plan_url(plan_id, view.school_id, view.outcome),
                                        status_code=303))
