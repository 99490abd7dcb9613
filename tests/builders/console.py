"""Console test helpers: people of each role on a real hub, a school's semester ingested,
and signing in through the real form (its CSRF token read from the page)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from app.hub.api import create_app
from app.hub.console.accounts import add_user
from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from tests.builders.hub import Semester, TestSchool, semester_records

PASSWORD = "correct horse battery"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def sign_in(client: httpx.Client | TestClient, username: str,
            password: str = PASSWORD) -> httpx.Response:
    form = client.get("/login")
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf": csrf_of(form.text)}, follow_redirects=False)


def ingest(hub: Hub, school: TestSchool, records: dict[str, list[dict[str, Any]]]) -> None:
    assert ingest_bundle(hub, school.bundle(records).data).status == "accepted"


@pytest.fixture
def people(hub: Hub) -> dict[str, str]:
    names = {"coordinator": "koord", "viewer": "skat", "admin": "admin"}
    for role, name in names.items():
        add_user(hub, name, PASSWORD, role)
    return names


@pytest.fixture
def semester(hub: Hub, school: TestSchool) -> Semester:
    sent = semester_records()
    ingest(hub, school, sent.records)
    return sent


@pytest.fixture
def client(hub: Hub, people: dict[str, str]) -> Iterator[TestClient]:
    with TestClient(create_app(hub=hub)) as test_client:
        yield test_client
