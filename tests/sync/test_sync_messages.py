"""Every sync message key used in app/sync exists in Latvian and English as a full sentence."""

from __future__ import annotations

import re
from pathlib import Path

from app.i18n import catalogue

SYNC = Path(__file__).resolve().parents[2] / "app" / "sync"


def test_every_sync_key_is_translated_as_a_sentence() -> None:
    used: set[str] = set()
    for path in SYNC.glob("*.py"):
        used.update(re.findall(r"\"(sync\.[a-z_]+)\"", path.read_text(encoding="utf-8")))
    assert len(used) > 30
    lv, en = catalogue("lv"), catalogue("en")
    for key in sorted(used):
        assert key in lv and key in en, key
        for text in (lv[key], en[key]):
            assert text[0].isupper() and text.endswith("."), (key, text)


def test_latvian_texts_use_latvian_letters() -> None:
    lv = {k: v for k, v in catalogue("lv").items() if k.startswith("sync.")}
    assert sum(1 for text in lv.values() if re.search("[āčēģīķļņšūž]", text)) == len(lv)
