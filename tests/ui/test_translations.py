"""Every visible string of the UI has a Latvian translation, and English mirrors the source."""

from __future__ import annotations

import shutil
from pathlib import Path

from installer.translations import I18N, untranslated, update


def test_every_ui_string_is_translated_to_latvian(tmp_path: Path) -> None:
    # Re-scan the current sources into a copy of the Latvian file: a string added to the code
    # but not translated shows up as unfinished there.
    copy = tmp_path / "pumpurs_lv.ts"
    shutil.copy(I18N / "pumpurs_lv.ts", copy)
    update(copy, "lv")
    assert untranslated(copy) == []


def test_english_file_is_complete() -> None:
    assert untranslated(I18N / "pumpurs_en.ts") == []


def test_the_checker_sees_a_missing_translation(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="lv_LV"><context>'
        "<name>X</name><message><source>Hello</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    assert untranslated(ts) == ["Hello"]
