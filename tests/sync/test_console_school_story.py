"""The console's whole story with the real school app: the school's director approves two
plans with their key; the hub admin enrols the school in the browser by uploading the
school's own enrolment request and downloads the trust document, which the school imports;
the school syncs over HTTP on loopback; a coordinator, in the browser, returns one plan with
a comment and accepts the other; at the school's next sync both decisions arrive — the
returned plan is back with the comment typed in the browser, the other accepted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.hub.console.accounts import add_user
from app.models import PlanVersion, SupportPlan
from app.models.enums import DecisionOutcome, PlanStatus
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.core.store import Store
from app.services.sync.decisions import municipality_decisions
from app.services.sync.engine import run_sync
from app.services.sync.enrolment import enrolment_request, import_trust
from tests.builders.approvals import submitted_plan
from tests.builders.approvals_batch import second_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.console_browser import browser_page, needs_chromium, sign_in_as
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.running_hub import Running, _transport
from tests.builders.school import TEST_PASSWORD, SchoolFixture

pytestmark = needs_chromium
__all__ = ["browser_page"]  # fixtures
COMMENT = "Lūdzu pievienojiet logopēda nodarbības <b>reizi nedēļā</b>."


def _sync(store: Store, secrets: KeyringSecretStore, school: SchoolFixture,
          running: Running) -> Any:
    transport = _transport(store, secrets, running.url)
    try:
        result = run_sync(store, secrets, transport, actor=school.actors["coordinator"])
        assert result.failed == 0
        return result
    finally:
        transport.close()


def test_decisions_made_in_the_browser_arrive_at_the_school(
        store: Store, school: SchoolFixture, cat: CatalogueFixture, running_hub: Running,
        browser_page: Any, tmp_path: Path) -> None:
    secrets = KeyringSecretStore(MemoryKeyring())
    coordinator, director = school.actors["coordinator"], school.actors["director"]
    returned, accepted = submitted_plan(school, cat), second_plan(school, cat)
    for plan_id in (returned, accepted):
        approve_plan(store, secrets, director, plan_id, password=TEST_PASSWORD)
    request = enrolment_request(store, secrets, coordinator)
    request_file = tmp_path / "enrolment.json"
    request_file.write_bytes(request.data)
    add_user(running_hub.hub, "admin", "admin password 1", "admin")
    add_user(running_hub.hub, "koord", "coordinator password 1", "coordinator")
    page, url = browser_page, running_hub.url

    sign_in_as(page, url, "admin", "admin password 1")
    page.goto(url + "/schools/enrol")
    page.get_by_label("Skolas reģistrācijas pieteikuma fails").set_input_files(request_file)
    page.get_by_role("button", name="Nolasīt pieteikumu").click()
    assert page.locator("#school-fingerprint").inner_text() == request.fingerprint
    page.get_by_role("button", name="Reģistrēt", exact=True).click()
    page.wait_for_url("**done=enrolled**")
    with page.expect_download() as download:
        page.get_by_role("link", name="Lejupielādēt uzticības dokumentu").click()
    trust_file = tmp_path / "trust.json"
    download.value.save_as(trust_file)
    import_trust(store, coordinator, trust_file.read_bytes())
    page.get_by_role("button", name="Iziet").click()
    page.wait_for_url(url + "/login")

    first = _sync(store, secrets, school, running_hub)
    assert first.uploaded >= 1

    sign_in_as(page, url, "koord", "coordinator password 1")
    page.get_by_label("Statuss").select_option("awaiting")
    page.get_by_role("button", name="Atlasīt").click()
    page.wait_for_url("**status=awaiting**")
    page.locator(f"a[href^='/plans/{returned}']").click()
    page.wait_for_url("**/plans/**")
    assert page.get_by_text("Paraksts pārbaudīts").first.is_visible()
    page.get_by_label("Komentārs").fill(COMMENT)
    page.get_by_role("button", name="Atgriezt skolai ar komentāru").click()
    page.wait_for_url("**done=returned**")
    page.goto(url + "/?status=awaiting")
    page.locator(f"input[name=plan][value$='/{accepted}']").check()
    page.get_by_role("button", name="Pieņemt atzīmētos").click()
    page.wait_for_url("**done=1**")

    second = _sync(store, secrets, school, running_hub)
    assert second.downlinks >= 1 and second.conflicts == 0
    with store.read() as s:
        back, kept = s.get(SupportPlan, returned), s.get(SupportPlan, accepted)
        assert back is not None and kept is not None
        assert (back.status, kept.status) == (PlanStatus.RETURNED, PlanStatus.APPROVED)
        reopened = s.scalar(select(PlanVersion).where(PlanVersion.plan_id == returned,
                                                      PlanVersion.number == 2))
        assert reopened is not None and reopened.decision_comment == COMMENT
    assert [(d.outcome, d.comment) for d in municipality_decisions(store, coordinator,
                                                                   returned)] == [
        (DecisionOutcome.RETURNED, COMMENT)]
    assert [d.outcome for d in municipality_decisions(store, coordinator, accepted)] == [
        DecisionOutcome.ACCEPTED]
