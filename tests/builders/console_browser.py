"""The console in a real browser: Debian's Chromium headless through Playwright, and a lone
SQLite hub to serve on loopback. Tests using `browser_page` skip only where
/usr/bin/chromium is absent (installer/system-packages.sh installs it as root, as CI does)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.hub.hub import Hub
from app.hub.setup import init_hub

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                  "(installer/system-packages.sh installs it as root)")


@pytest.fixture
def browser_page() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            context = browser.new_context(accept_downloads=True)
            page = context.new_page()
            page.set_default_timeout(15_000)
            yield page
        finally:
            browser.close()


@pytest.fixture
def lone_hub(tmp_path: Path) -> Iterator[Hub]:
    """A hub on SQLite only: one browser run is enough to show the pages work."""
    opened = init_hub(str(tmp_path / "hub.db"), tmp_path / "keys",
                      municipality="Dienvidkurzemes novads", url="http://127.0.0.1:8750",
                      hub_id="hub-dk")
    yield opened
    opened.close()


def sign_in_as(page: Any, url: str, username: str, password: str) -> None:
    page.goto(url + "/login")
    page.get_by_label("Lietotājvārds").fill(username)
    page.get_by_label("Parole").fill(password)
    page.get_by_role("button", name="Pieteikties").click()
    page.wait_for_url(url + "/")
