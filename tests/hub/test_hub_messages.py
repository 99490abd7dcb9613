"""The hub's messages exist in Latvian and English; messages are full sentences, Latvian ones
use Latvian letters; the hub imports nothing of the school app."""

from __future__ import annotations

import re
from pathlib import Path

from app.i18n import catalogue

HUB = Path(__file__).resolve().parents[2] / "app" / "hub"
SYNC = Path(__file__).resolve().parents[2] / "app" / "sync"
DYNAMIC = [f"hub.cli_file_{s}" for s in
           ("accepted", "duplicate", "held", "quarantined", "conflict", "rejected")] + \
          ["hub.cli_decided_accepted", "hub.cli_decided_returned"]


def _used() -> set[str]:
    used = set(DYNAMIC)
    for path in [*HUB.rglob("*.py"), SYNC / "enrolment.py", SYNC / "trust.py"]:
        text = path.read_text(encoding="utf-8")
        used.update(re.findall(r"\"((?:hub|sync)\.[a-z_]+)\"", text))
        used.update(f"sync.{w}_{s}" for w in ("enrolment", "trust")
                    for s in ("too_large", "not_readable"))
    return used


def test_every_hub_message_is_a_sentence_in_both_languages() -> None:
    lv, en = catalogue("lv"), catalogue("en")
    used = _used()
    assert len(used) > 50
    for key in sorted(used):
        assert key in lv and key in en, key
        if key.startswith("hub.cli_file_"):
            continue  # "<file>: status — reason" lines
        for text in (lv[key], en[key]):
            assert text[0].isupper() or text[0] == "{", (key, text)
            assert text.rstrip().endswith("."), (key, text)
    latvian = [lv[k] for k in used if not k.startswith("hub.cli_file_")]
    assert all(re.search("[āčēģīķļņšūž]", text) for text in latvian)


def test_the_hub_imports_only_the_protocol() -> None:
    allowed = ("app.sync", "app.hub", "app.errors", "app.i18n", "app.paths", "app.formatting",
               "app.argparse_i18n")
    for path in HUB.rglob("*.py"):
        for name in re.findall(r"^\s*(?:from|import) (app\.[\w.]+)", path.read_text("utf-8"),
                               re.M):
            assert name.startswith(allowed), (path, name)
