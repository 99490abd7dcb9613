"""The key-store notice at the first sign-in speaks the language of the moment it is shown:
a person who switches the login to English reads it in English (it was rendered once, in
Latvian, before the switch); the system keyring needs no notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail

from app.secrets import choose_secret_store
from app.ui.desktop import key_store_notice
from tests.builders.memory_keyring import MemoryKeyring


def test_the_file_fallback_notice_follows_the_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "no vides mainīgā")
    notice = key_store_notice(choose_secret_store(tmp_path / "s.db", "auto",
                                                  backend=fail.Keyring()))
    assert notice("lv").startswith("Sistēmas atslēgu glabātuve nav pieejama")
    assert notice("en").startswith("No system keyring") and "glabātuve" not in notice("en")


def test_the_keyring_needs_no_notice(tmp_path: Path) -> None:
    notice = key_store_notice(choose_secret_store(tmp_path / "s.db", "auto",
                                                  backend=MemoryKeyring()))
    assert notice("lv") == "" and notice("en") == ""
