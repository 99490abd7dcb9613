"""The admin's page of console people: only an admin sees it or posts to it; a person added
there can sign in; a role changed there revokes that person's session; both are audited
under the admin's name."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from app.hub.api import create_app
from app.hub.hub import Hub
from app.hub.models_console import AuditEntry
from tests.builders.console import PASSWORD, client, csrf_of, people, sign_in

__all__ = ["client", "people"]  # fixtures


def test_only_an_admin_manages_people(client: TestClient, hub: Hub) -> None:
    for name in ("koord", "skat"):
        sign_in(client, name)
        page = client.get("/")
        assert client.get("/users").status_code == 403
        assert client.post("/users", data={"csrf": csrf_of(page.text), "username": "x",
                                           "password": PASSWORD, "role": "admin"}
                           ).status_code == 403
        assert "/users" not in page.text


def test_an_admin_adds_a_person_and_changes_a_role(client: TestClient, hub: Hub) -> None:
    with TestClient(create_app(hub=hub)) as koord:
        sign_in(koord, "koord")
        assert koord.get("/", follow_redirects=False).status_code == 200
        sign_in(client, "admin")
        page = client.get("/users")
        assert page.status_code == 200 and "koordinators" in page.text
        csrf = csrf_of(page.text)
        short = client.post("/users", data={"csrf": csrf, "username": "ilze",
                                             "password": "short", "role": "viewer"})
        assert short.status_code == 422 and "Parole: vismaz 10" in short.text
        added = client.post("/users", follow_redirects=False, data={
            "csrf": csrf, "username": "ilze", "password": PASSWORD, "role": "viewer"})
        assert added.status_code == 303
        changed = client.post("/users/koord/role", follow_redirects=False,
                              data={"csrf": csrf, "role": "viewer"})
        assert changed.status_code == 303
        assert koord.get("/", follow_redirects=False).status_code == 303  # revoked
    with TestClient(create_app(hub=hub)) as ilze:
        assert sign_in(ilze, "ilze").status_code == 303
    with hub.store.read() as s:
        audited = s.execute(select(AuditEntry.username, AuditEntry.action, AuditEntry.detail)
                            .where(AuditEntry.action.like("%_by"))).all()
    assert sorted(audited) == [("admin", "role_changed_by", "koord"),
                               ("admin", "user_added_by", "ilze")]
