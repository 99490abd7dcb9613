"""The console in a real browser (Debian's Chromium headless, Playwright, the real hub on
loopback): a viewer sees a plan but has no decision to make, and a decision posted from
their signed-in browser anyway is refused; a forged plan (its measures changed after the
director signed) is shown red, has no accept button nor checkbox, and is refused when
posted; the admin enrols a school by uploading its request, compares the fingerprint,
downloads the trust document the school then accepts, and gives an enrolled school a new key
only after ticking the confirmation the page asks for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.hub.api import create_app
from app.hub.console.accounts import add_user
from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.models import Decision, SchoolKey
from app.sync.enrolment import read_enrolment_request
from tests.builders.console import PASSWORD, ingest
from tests.builders.console_browser import browser_page, lone_hub, needs_chromium, sign_in_as
from tests.builders.hub import TestSchool, semester_records
from tests.builders.hub_serve import serve

pytestmark = needs_chromium
__all__ = ["browser_page", "lone_hub"]  # fixtures


def _enrolled(hub: Hub, name: str = "Dienvidkurzemes vidusskola") -> TestSchool:
    school = TestSchool(name=name)
    school.accept_trust(enrol_school(hub, school.request()).trust)
    return school


def _decisions(hub: Hub) -> list[tuple[str, str, str | None]]:
    with hub.store.read() as s:
        return sorted((d.plan_id, d.outcome, d.decided_by) for d in s.scalars(select(Decision)))


def _csrf(page: Any) -> str:
    return str(page.locator("input[name=csrf]").first.get_attribute("value"))


def test_a_viewer_is_refused_a_decision(lone_hub: Hub, browser_page: Any) -> None:
    school = _enrolled(lone_hub)
    sent = semester_records()
    ingest(lone_hub, school, sent.records)
    add_user(lone_hub, "skat", PASSWORD, "viewer")
    page = browser_page
    with serve(create_app(hub=lone_hub)) as url:
        sign_in_as(page, url, "skat", PASSWORD)
        assert page.get_by_role("button", name="Pieņemt atzīmētos").count() == 0
        assert page.locator("input[name=plan]").count() == 0
        page.locator(f"a[href^='/plans/{sent.plan_ids[0]}']").click()
        page.wait_for_url("**/plans/**")
        assert page.get_by_text("Jūsu loma (skatītājs) lēmumus nepieņem.").is_visible()
        assert page.get_by_role("button", name="Pieņemt", exact=True).count() == 0
        csrf = _csrf(page)  # the viewer's own, valid token: the role alone refuses
        for target, form in ((f"/plans/{sent.plan_ids[0]}/decision", {"outcome": "accept"}),
                             ("/plans/accept", {"plan": f"{school.school_id}/{sent.plan_ids[0]}"})):
            answer = page.request.post(url + target, form={"csrf": csrf, **form},
                                       max_redirects=0)
            assert answer.status == 403 and "Šī darbība nav atļauta." in answer.text()
    assert _decisions(lone_hub) == []


def test_a_forged_plan_is_red_and_cannot_be_accepted(lone_hub: Hub, browser_page: Any) -> None:
    school = _enrolled(lone_hub)
    sent = semester_records()
    forged, good, _draft = sent.plan_ids
    version = next(r for r in sent.records["plan_version"] if r["data"]["plan_id"] == forged)
    next(m for m in sent.records["support_measure"]
         if m["data"]["version_id"] == version["id"])["data"]["cost_cents"] = 9_900
    ingest(lone_hub, school, sent.records)
    add_user(lone_hub, "koord", PASSWORD, "coordinator")
    page = browser_page
    with serve(create_app(hub=lone_hub)) as url:
        sign_in_as(page, url, "koord", PASSWORD)
        assert page.locator(f"input[name=plan][value='{school.school_id}/{forged}']").count() == 0
        assert page.locator(f"input[name=plan][value='{school.school_id}/{good}']").count() == 1
        page.goto(f"{url}/plans/{forged}")
        red = page.locator("span.bad", has_text="Paraksts neatbilst")
        assert red.is_visible()
        assert red.evaluate("e => getComputedStyle(e).color") == "rgb(179, 38, 30)"
        assert page.get_by_role("button", name="Pieņemt", exact=True).count() == 0
        assert page.get_by_text("Plānu nevar pieņemt").is_visible()
        answer = page.request.post(f"{url}/plans/{forged}/decision", max_redirects=0,
                                   form={"csrf": _csrf(page), "outcome": "accept"})
        assert answer.status == 409 and "direktora paraksts nav pārbaudīts" in answer.text()
        page.goto(url + "/")  # the batch: tick every box there is, and one forged by hand
        page.locator("input[name=plan]").first.check()
        batch = page.request.post(url + "/plans/accept", max_redirects=0, form={
            "csrf": _csrf(page), "plan": f"{school.school_id}/{forged}"})
        assert batch.status == 303 and "refused=1" in batch.headers["location"]
        page.get_by_role("button", name="Pieņemt atzīmētos").click()
        page.wait_for_url("**done=1**")
        assert "Pieņemti 1 plāni" in page.get_by_role("status").inner_text()
    assert _decisions(lone_hub) == [(good, "accepted", "koord")]


def test_the_admin_enrols_a_school_by_upload_and_downloads_its_trust(
        lone_hub: Hub, browser_page: Any, tmp_path: Path) -> None:
    add_user(lone_hub, "admin", PASSWORD, "admin")
    school = TestSchool(name="Nīcas vidusskola")
    request_file = tmp_path / "nica-enrolment.json"
    request_file.write_bytes(school.request())
    page = browser_page
    with serve(create_app(hub=lone_hub)) as url:
        sign_in_as(page, url, "admin", PASSWORD)
        page.get_by_role("link", name="Skolas").click()
        page.get_by_role("link", name="Reģistrēt skolu").click()
        page.get_by_label("Skolas reģistrācijas pieteikuma fails").set_input_files(request_file)
        page.get_by_role("button", name="Nolasīt pieteikumu").click()
        shown = page.locator("#school-fingerprint").inner_text()
        expected = read_enrolment_request(request_file.read_bytes()).fingerprint
        assert shown == expected and len(shown.split(" ")) == 8
        assert page.get_by_text("Jauna skola").is_visible()
        page.get_by_role("button", name="Reģistrēt", exact=True).click()
        page.wait_for_url("**done=enrolled**")
        assert "Skola reģistrēta" in page.get_by_role("status").inner_text()
        with page.expect_download() as download:
            page.get_by_role("link", name="Lejupielādēt uzticības dokumentu").click()
        saved = tmp_path / "trust.json"
        download.value.save_as(saved)
        assert download.value.suggested_filename == f"{school.school_id}-trust.json"
        assert school.accept_trust(saved.read_bytes()).school_id == school.school_id

        old = school.key_id  # a new computer: the page asks before it revokes the old key
        school.new_keys()
        request_file.write_bytes(school.request())
        page.goto(url + "/schools/enrol")
        page.get_by_label("Skolas reģistrācijas pieteikuma fails").set_input_files(request_file)
        page.get_by_role("button", name="Nolasīt pieteikumu").click()
        warning = page.get_by_role("alert")
        assert "jau ir reģistrēta ar citu atslēgu" in warning.inner_text()
        assert old in warning.inner_text()
        replace = page.get_by_role("button", name="Reģistrēt jauno atslēgu un atsaukt veco")
        replace.click()  # the tick is required: the browser does not send the form
        assert page.url.endswith("/schools/enrol")
        page.get_by_label("Nospiedums salīdzināts ar skolu; atsaukt veco atslēgu").check()
        replace.click()
        page.wait_for_url("**done=enrolled**")
    with lone_hub.store.read() as s:
        keys = {k.key_id: k.revoked_at is None for k in s.scalars(select(SchoolKey))}
    assert keys == {old: False, school.key_id: True}
