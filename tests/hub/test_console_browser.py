"""The console in a real browser: Debian's Chromium, headless, driven by Playwright against
the real hub on loopback (uvicorn, as the other hub tests run it). A coordinator signs in
through the form, filters the queue, opens a plan, tries to return it without a comment,
returns it with one, and accepts another. Skipped only where /usr/bin/chromium is absent
(installer/system-packages.sh installs it when run as root, as `make` does in CI); the
browser and the lone hub are in `tests/builders/console_browser.py`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.hub.api import create_app
from app.hub.console.accounts import add_user
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.models import Decision
from tests.builders.console import PASSWORD, ingest
from tests.builders.console_browser import browser_page, lone_hub, needs_chromium
from tests.builders.hub import TestSchool, semester_records
from tests.builders.hub_serve import serve

pytestmark = needs_chromium
__all__ = ["browser_page", "lone_hub"]  # fixtures


def test_a_coordinator_signs_in_and_decides_in_the_browser(lone_hub: Hub,
                                                            browser_page: Any) -> None:
    school = TestSchool()
    school.accept_trust(enrol_school(lone_hub, school.request()).trust)
    sent = semester_records()
    ingest(lone_hub, school, sent.records)
    add_user(lone_hub, "koord", PASSWORD, "coordinator")
    page = browser_page
    with serve(create_app(hub=lone_hub)) as url:
        page.goto(url + "/plans")
        assert page.url == url + "/login"  # a stranger is sent to sign in
        page.get_by_label("Lietotājvārds").fill("koord")
        page.get_by_label("Parole").fill("wrong password")
        page.get_by_role("button", name="Pieteikties").click()
        assert "Nepareizs lietotājvārds vai parole" in page.get_by_role("alert").inner_text()
        page.get_by_label("Parole").fill(PASSWORD)
        page.get_by_role("button", name="Pieteikties").click()
        page.wait_for_url(url + "/")
        assert page.get_by_role("heading", name="Plānu rinda").is_visible()

        page.get_by_label("Statuss").select_option("awaiting")
        page.get_by_role("button", name="Atlasīt").click()
        page.wait_for_url("**status=awaiting**")
        links = page.locator("table tbody a[href^='/plans/']")
        assert links.count() == 2

        links.first.click()
        page.wait_for_url("**/plans/**")
        assert page.get_by_role("heading", name="Riski pa kategorijām").is_visible()
        page.get_by_role("button", name="Atgriezt skolai ar komentāru").click()
        assert "Komentārs" in page.get_by_role("alert").inner_text()
        page.get_by_label("Komentārs").fill("Pievienojiet mērķus <b>un</b> termiņus.")
        page.get_by_role("button", name="Atgriezt skolai ar komentāru").click()
        page.wait_for_url("**done=returned**")
        assert "Plāns atgriezts" in page.get_by_role("status").inner_text()
        assert page.get_by_text("Pievienojiet mērķus <b>un</b> termiņus.").is_visible()

        page.get_by_role("link", name="Atpakaļ uz rindu").click()
        page.get_by_label("Statuss").select_option("awaiting")
        page.get_by_role("button", name="Atlasīt").click()
        page.wait_for_url("**status=awaiting**")
        page.locator("table tbody a[href^='/plans/']").first.click()
        page.get_by_role("button", name="Pieņemt", exact=True).click()
        page.wait_for_url("**done=accepted**")

        page.get_by_role("button", name="Iziet").click()
        page.wait_for_url(url + "/login")
    with lone_hub.store.read() as s:
        decided = sorted((d.outcome, d.decided_by) for d in s.scalars(select(Decision)))
    assert decided == [("accepted", "koord"), ("returned", "koord")]
