"""Every visible string of the UI has a Latvian translation, and English mirrors the source."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from app.ui import translation
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


def _older_qm_than_ts(tmp_path: Path) -> tuple[Path, Path]:
    ts, qm = tmp_path / "pumpurs_lv.ts", tmp_path / "pumpurs_lv.qm"
    shutil.copy(I18N / "pumpurs_lv.ts", ts)
    qm.write_bytes(b"as built")
    os.utime(qm, (1_000_000, 1_000_000))  # a copy reordered the times: the .qm looks stale
    return ts, qm


def test_a_frozen_build_trusts_its_qm_as_built(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    ts, qm = _older_qm_than_ts(tmp_path)
    monkeypatch.setattr(translation, "ts_path", lambda lang: ts)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(translation.subprocess, "run", _no_lrelease)
    assert translation.compile_translation("lv") == qm
    assert qm.read_bytes() == b"as built"
    qm.unlink()
    assert translation.compile_translation("lv") is None


def test_a_checkout_recompiles_a_stale_qm(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ts, qm = _older_qm_than_ts(tmp_path)
    monkeypatch.setattr(translation, "ts_path", lambda lang: ts)
    assert translation.compile_translation("lv") == qm
    assert qm.read_bytes() != b"as built"


def _no_lrelease(*args: object, **kwargs: object) -> None:
    raise AssertionError("a frozen build must not run lrelease")
