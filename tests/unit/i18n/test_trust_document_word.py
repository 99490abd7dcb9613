"""One Latvian word for one idea: the municipality's trust document is "uzticības dokuments"
in every catalogue (the command line said "uzticamības dokuments")."""

from __future__ import annotations

import re
from pathlib import Path

I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"


def test_the_trust_document_has_one_name_everywhere() -> None:
    files = [I18N / "pumpurs_lv.ts", I18N / "cli_lv.json", *(I18N / "messages" / "lv").glob("*")]
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"uzticam\w* dokument", text, re.IGNORECASE), path.name
