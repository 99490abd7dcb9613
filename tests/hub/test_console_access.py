"""The console refuses strangers: every page redirects an anonymous request to /login,
every post answers it 403; a post without its CSRF token is refused; a wrong password is
refused and five lock the account; sign-out and a role change revoke the session."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.hub.console.accounts import MAX_FAILURES, set_role
from app.hub.console.sessions import COOKIE, IDLE_MINUTES, current
from app.hub.hub import Hub
from app.hub.models_console import AuditEntry, ConsoleSession
from app.hub.types import utcnow
from tests.builders.console import PASSWORD, client, csrf_of, people, semester, sign_in
from tests.builders.hub import Semester, TestSchool

__all__ = ["client", "people", "semester"]  # fixtures

PAGES = ["/", "/plans", "/plans/{plan}", "/plans?status=awaiting", "/users", "/schools",
         "/schools/{school}", "/schools/enrol", "/schools/{school}/trust"]
POSTS = ["/logout", "/plans/accept", "/plans/{plan}/decision", "/users", "/users/koord/role",
         "/schools/enrol", "/schools/enrol/confirm", "/schools/{school}/keys/{key}/revoke"]


def _path(path: str, semester: Semester, school: TestSchool) -> str:
    return path.format(plan=semester.plan_ids[0], school=school.school_id, key=school.key_id)


def _audit(hub: Hub) -> list[tuple[str, str]]:
    with hub.store.read() as s:
        return [(a.username, a.action) for a in s.scalars(select(AuditEntry)
                                                           .order_by(AuditEntry.id))]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_sends_a_stranger_to_sign_in(client: TestClient, semester: Semester,
                                                school: TestSchool, path: str) -> None:
    answer = client.get(_path(path, semester, school), follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/login")


@pytest.mark.parametrize("path", POSTS)
def test_every_post_refuses_a_stranger(client: TestClient, semester: Semester,
                                       school: TestSchool, path: str) -> None:
    answer = client.post(_path(path, semester, school),
                         data={"outcome": "accept", "csrf": "x", "confirm": "yes"},
                         follow_redirects=False)
    assert answer.status_code == 403


@pytest.mark.parametrize("path", [p for p in POSTS if p != "/logout"])
def test_every_post_refuses_a_wrong_csrf_token(client: TestClient, semester: Semester,
                                               school: TestSchool, path: str) -> None:
    sign_in(client, "admin")
    upload = {"files": {"request": ("r.json", school.request())}} if path.endswith("enrol") else {}
    answer = client.post(_path(path, semester, school),
                         data={"outcome": "accept", "csrf": "forged", "confirm": "yes"},
                         follow_redirects=False, **upload)
    assert answer.status_code == 403


def test_the_school_api_still_answers(client: TestClient) -> None:
    assert client.get("/api/v1/health").json()["status"] == "ok"
    assert client.get("/api/v1/downlink").status_code == 401


def test_sign_in_sets_a_strict_http_only_cookie(client: TestClient, hub: Hub) -> None:
    answer = sign_in(client, "koord")
    assert (answer.status_code, answer.headers["location"]) == (303, "/")
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith(COOKIE))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Secure" not in cookie
    page = client.get("/")
    assert page.status_code == 200 and "koord" in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert ("koord", "sign_in") in _audit(hub)


def test_sign_in_over_https_makes_the_cookie_secure(hub: Hub, people: dict[str, str]) -> None:
    from app.hub.api import create_app

    with TestClient(create_app(hub=hub), base_url="https://hub.example") as secure:
        answer = sign_in(secure, "koord")
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith(COOKIE))
    assert "Secure" in cookie


def test_a_sign_in_without_its_csrf_token_is_refused(client: TestClient) -> None:
    client.get("/login")
    answer = client.post("/login", data={"username": "koord", "password": PASSWORD},
                         follow_redirects=False)
    assert answer.status_code == 403 and COOKIE not in answer.cookies


def test_a_post_without_or_with_a_wrong_csrf_token_is_refused(
        client: TestClient, semester: Semester, hub: Hub) -> None:
    sign_in(client, "koord")
    target = f"/plans/{semester.plan_ids[0]}/decision"
    assert client.post(target, data={"outcome": "accept"}).status_code == 403
    assert client.post(target, data={"outcome": "accept", "csrf": "forged"}).status_code == 403
    assert client.post("/logout", data={}, follow_redirects=False).status_code == 403
    with hub.store.read() as s:
        assert [a for a in _audit(hub) if a[1] == "decision"] == []
        assert s.scalars(select(ConsoleSession.revoked_at)).all() == [None]


def test_a_wrong_password_is_refused_and_five_lock_the_account(
        client: TestClient, hub: Hub) -> None:
    answer = sign_in(client, "koord", "wrong password")
    assert answer.status_code == 401 and "Nepareizs lietotājvārds vai parole" in answer.text
    for _ in range(MAX_FAILURES - 2):
        assert sign_in(client, "koord", "wrong password").status_code == 401
    locked = sign_in(client, "koord", "wrong password")
    assert locked.status_code == 429 and "bloķēts uz 15 minūtēm" in locked.text
    assert sign_in(client, "koord").status_code == 429  # even the right password, for now
    assert sign_in(client, "nobody", PASSWORD).status_code == 401
    actions = [a for _, a in _audit(hub)]
    assert actions.count("sign_in_failed") == MAX_FAILURES  # 4 wrong + the unknown name
    assert "locked_out" in actions and "sign_in_locked" in actions


def test_sign_out_revokes_the_session(client: TestClient) -> None:
    sign_in(client, "koord")
    token = client.cookies[COOKIE]
    page = client.get("/")
    assert client.post("/logout", data={"csrf": csrf_of(page.text)},
                       follow_redirects=False).status_code == 303
    client.cookies.set(COOKIE, token)  # the old cookie, replayed
    assert client.get("/", follow_redirects=False).status_code == 303


def test_a_role_change_revokes_the_session(client: TestClient, hub: Hub) -> None:
    sign_in(client, "koord")
    assert client.get("/", follow_redirects=False).status_code == 200
    set_role(hub, "koord", "viewer")
    assert client.get("/", follow_redirects=False).status_code == 303


def test_an_idle_session_ends(client: TestClient, hub: Hub) -> None:
    sign_in(client, "koord")
    token = client.cookies[COOKIE]
    assert current(hub, token) is not None
    assert current(hub, token, utcnow() + timedelta(minutes=IDLE_MINUTES + 1)) is None
    assert current(hub, token) is None  # revoked, not only refused


def test_an_unknown_plan_and_an_oversized_form(client: TestClient, semester: Semester) -> None:
    sign_in(client, "koord")
    assert client.get("/plans/no-such-plan").status_code == 404
    page = client.get("/").text
    huge = client.post("/plans/accept", content=b"csrf=" + b"x" * 70_000,
                       headers={"content-type": "application/x-www-form-urlencoded"})
    assert huge.status_code == 413
    assert client.post("/plans/accept", data={"csrf": csrf_of(page)},
                       follow_redirects=False).status_code == 303
    css = client.get("/static/console.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
