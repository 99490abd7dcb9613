"""The per-machine key file: one slot per user, real argon2id and AES-GCM on real files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.errors import AuthenticationFailed, Conflict, DatabaseKeyError
from app.key_slots import KeySlots, has_key_slots, slots_path
from app.models.keys import secret_name
from app.secrets import SecretStoreError

FAST = {"time_cost": 1, "memory_cost": 8192, "parallelism": 1}  # argon2id, cheaper for tests


def _new(tmp_path: Path, key: bytes) -> KeySlots:
    return KeySlots.create(slots_path(tmp_path / "pumpurs.db"), key, "anna", "anna-parole-1",
                           kdf=FAST)


def test_a_slot_opens_with_its_users_password_only(tmp_path: Path) -> None:
    key = os.urandom(32)
    made = KeySlots.create(slots_path(tmp_path / "pumpurs.db"), key, "anna", "anna-parole-1")
    assert has_key_slots(tmp_path / "pumpurs.db")
    opened = KeySlots.unlock(made.path, "anna", "anna-parole-1")
    assert opened.db_key == key
    assert opened.get(secret_name(tmp_path / "pumpurs.db")) == key
    with pytest.raises(AuthenticationFailed) as wrong:
        KeySlots.unlock(made.path, "anna", "nav-pareiza-parole")
    with pytest.raises(AuthenticationFailed) as unknown:
        KeySlots.unlock(made.path, "berta", "anna-parole-1")
    assert wrong.value.key == unknown.value.key == "auth.failed"
    text = made.path.read_text(encoding="utf-8")
    assert "anna-parole-1" not in text and key.hex() not in text


def test_slots_are_added_rewrapped_and_removed(tmp_path: Path) -> None:
    key = os.urandom(32)
    slots = _new(tmp_path, key)
    slots.put("berta", "bertas-parole-1")
    assert slots.usernames() == ("anna", "berta")
    assert KeySlots.unlock(slots.path, "berta", "bertas-parole-1").db_key == key
    slots.put("berta", "jauna-parole-22")  # a changed password
    with pytest.raises(AuthenticationFailed):
        KeySlots.unlock(slots.path, "berta", "bertas-parole-1")
    assert KeySlots.unlock(slots.path, "berta", "jauna-parole-22").db_key == key
    slots.remove("berta")  # a deactivated account
    with pytest.raises(AuthenticationFailed):
        KeySlots.unlock(slots.path, "berta", "jauna-parole-22")
    assert KeySlots.unlock(slots.path, "anna", "anna-parole-1").usernames() == ("anna",)


def test_a_slot_cannot_be_moved_to_another_name(tmp_path: Path) -> None:
    slots = _new(tmp_path, os.urandom(32))
    slots.put("berta", "bertas-parole-1")
    data = json.loads(slots.path.read_text(encoding="utf-8"))
    data["slots"]["anna"] = data["slots"]["berta"]
    slots.path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AuthenticationFailed):
        KeySlots.unlock(slots.path, "anna", "bertas-parole-1")


def test_the_recovery_key_opens_the_file_and_a_wrong_key_does_not(tmp_path: Path) -> None:
    key = os.urandom(32)
    slots = _new(tmp_path, key)
    recovered = KeySlots.unlock_with_key(slots.path, key)
    recovered.put("anna", "atjaunota-parole")
    assert KeySlots.unlock(slots.path, "anna", "atjaunota-parole").db_key == key
    with pytest.raises(DatabaseKeyError) as wrong:
        KeySlots.unlock_with_key(slots.path, os.urandom(32))
    assert wrong.value.key == "store.recovery_key_wrong"


def test_other_secrets_are_sealed_under_the_database_key(tmp_path: Path) -> None:
    slots = _new(tmp_path, os.urandom(32))
    slots.set("director-signing-key:x:y", b"\x01" * 32)
    assert b"\x01".hex() * 32 not in slots.path.read_text(encoding="utf-8")
    again = KeySlots.unlock(slots.path, "anna", "anna-parole-1")
    assert again.get("director-signing-key:x:y") == b"\x01" * 32
    again.delete("director-signing-key:x:y")
    assert KeySlots.unlock(slots.path, "anna", "anna-parole-1").get(
        "director-signing-key:x:y") is None


def test_existing_missing_and_damaged_files_are_refused(tmp_path: Path) -> None:
    slots = _new(tmp_path, os.urandom(32))
    with pytest.raises(Conflict):
        _new(tmp_path, os.urandom(32))
    with pytest.raises(DatabaseKeyError) as missing:
        KeySlots.unlock(tmp_path / "other.db.slots", "anna", "anna-parole-1")
    assert missing.value.key == "store.slots_missing"
    data = json.loads(slots.path.read_text(encoding="utf-8"))
    data["slots"]["anna"]["kdf"]["memory_cost"] = 1 << 30  # would hang the start
    slots.path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SecretStoreError) as damaged:
        KeySlots.unlock(slots.path, "anna", "anna-parole-1")
    assert damaged.value.key == "store.file_damaged"
    slots.path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SecretStoreError):
        KeySlots.unlock(slots.path, "anna", "anna-parole-1")
