"""SecretStore: the keyring store (in-memory backend), fail-backend detection, the passphrase
file fallback and the choice between them."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from app.secrets import (
    SERVICE,
    KeyringSecretStore,
    PassphraseFileSecretStore,
    SecretStoreError,
    choose_secret_store,
    keyring_usable,
)
from tests.builders.memory_keyring import MemoryKeyring


def test_keyring_store_round_trip_base64_under_pumpurs_service() -> None:
    backend = MemoryKeyring()
    store = KeyringSecretStore(backend)
    secret = bytes(range(256))

    store.set("db-key:/x/school.db", secret)

    assert store.get("db-key:/x/school.db") == secret
    assert (SERVICE, "db-key:/x/school.db") in backend.passwords
    assert isinstance(backend.passwords[(SERVICE, "db-key:/x/school.db")], str)
    assert store.get("other") is None
    store.delete("db-key:/x/school.db")
    store.delete("db-key:/x/school.db")  # deleting a missing secret is not an error
    assert store.get("db-key:/x/school.db") is None
    assert "MemoryKeyring" in store.description


def test_fail_null_and_keyrings_alt_backends_are_not_usable() -> None:
    assert keyring_usable(MemoryKeyring())
    assert not keyring_usable(fail.Keyring())
    assert not keyring_usable(null.Keyring())
    assert not KeyringSecretStore(fail.Keyring()).usable
    assert not keyring_usable(_PlaintextFileKeyring())  # type: ignore[arg-type]


class _PlaintextFileKeyring:
    """Looks like keyrings.alt's plaintext backend (high priority, yet never acceptable).
    Not a KeyringBackend subclass, so it does not join keyring's global discovery."""

    __module__ = "keyrings.alt.file"
    priority = 5


@pytest.mark.parametrize(("backends", "usable"), [
    ([], False),
    ([fail.Keyring(), null.Keyring()], False),
    ([fail.Keyring(), MemoryKeyring()], True),
])
def test_a_chainer_is_usable_only_with_a_usable_backend(
        backends: list[KeyringBackend], usable: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # The real chainer discovers this machine's backends; pin them for the test.
    monkeypatch.setattr(chainer.ChainerBackend, "backends", backends)
    assert keyring_usable(chainer.ChainerBackend()) is usable


def test_keyring_errors_become_clear_messages() -> None:
    store = KeyringSecretStore(fail.Keyring())
    with pytest.raises(SecretStoreError) as exc:
        store.set("a", b"b")
    assert exc.value.key == "store.keyring_failed"
    assert "atslēgu glabātuve" in exc.value.text("lv")
    assert "keyring" in exc.value.text("en")


def test_file_store_round_trip_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "school.db.keys"
    store = PassphraseFileSecretStore(path, "zils putns 7")
    store.set("db-key:a", b"\x00secret\xff")
    store.set("db-key:b", b"second")

    reopened = PassphraseFileSecretStore(path, "zils putns 7")

    assert reopened.get("db-key:a") == b"\x00secret\xff"
    assert reopened.get("db-key:b") == b"second"
    assert reopened.get("db-key:c") is None
    reopened.delete("db-key:a")
    assert PassphraseFileSecretStore(path, "zils putns 7").get("db-key:a") is None
    assert str(path) in reopened.description


def test_file_store_keeps_no_secret_in_clear(tmp_path: Path) -> None:
    path = tmp_path / "k.keys"
    PassphraseFileSecretStore(path, "testa frāze 1").set("db-key:x", b"VERYSECRETVALUE")
    raw = path.read_bytes()
    data = json.loads(raw)
    assert b"VERYSECRETVALUE" not in raw
    assert data["kdf"]["name"] == "argon2id"
    assert len(data["kdf"]["salt"]) >= 20  # 16 random bytes, base64


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_file_store_is_private_to_the_user(tmp_path: Path) -> None:
    path = tmp_path / "k.keys"
    PassphraseFileSecretStore(path, "testa frāze 1").set("n", b"v")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["k.keys"]  # no temp file left behind


def test_wrong_passphrase_is_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "k.keys"
    PassphraseFileSecretStore(path, "pareizā frāze").set("n", b"v")
    before = path.read_bytes()

    with pytest.raises(SecretStoreError) as exc:
        PassphraseFileSecretStore(path, "wrong")

    assert exc.value.key == "store.passphrase_wrong"
    assert "parole ir nepareiza" in exc.value.text("lv")
    assert "passphrase" in exc.value.text("en") and "wrong" in exc.value.text("en")
    assert path.read_bytes() == before


def test_damaged_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "k.keys"
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(SecretStoreError) as exc:
        PassphraseFileSecretStore(path, "testa frāze 1")
    assert exc.value.key == "store.file_damaged"
    assert str(path) in exc.value.text("en")


def test_sealed_value_cannot_be_moved_to_another_name(tmp_path: Path) -> None:
    path = tmp_path / "k.keys"
    PassphraseFileSecretStore(path, "testa frāze 1").set("db-key:a", b"A")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["secrets"]["db-key:b"] = data["secrets"]["db-key:a"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SecretStoreError):
        PassphraseFileSecretStore(path, "testa frāze 1").get("db-key:b")


def test_auto_prefers_a_usable_keyring(tmp_path: Path) -> None:
    choice = choose_secret_store(tmp_path / "s.db", "auto", backend=MemoryKeyring())
    assert isinstance(choice.store, KeyringSecretStore)
    assert not choice.fallback
    assert "sistēmas atslēgu glabātuvē" in choice.announcement("lv")


def test_auto_without_keyring_falls_back_to_announced_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "no vides mainīgā")
    db = tmp_path / "s.db"
    choice = choose_secret_store(db, "auto", backend=fail.Keyring())
    assert isinstance(choice.store, PassphraseFileSecretStore)
    assert choice.fallback
    assert choice.store.path == tmp_path / "s.db.keys"
    lv, en = choice.announcement("lv"), choice.announcement("en")
    assert lv == ("Sistēmas atslēgu glabātuve nav pieejama; datubāzes atslēga glabājas datnē "
                  f"{db}.keys, aizsargāta ar paroli no PUMPURS_KEY_PASSPHRASE.")
    assert "No system keyring" in en and f"{db}.keys" in en


def test_a_typed_passphrase_is_announced_as_such(tmp_path: Path) -> None:
    choice = choose_secret_store(tmp_path / "s.db", "auto", passphrase="ievadīta frāze",
                                 backend=fail.Keyring())
    assert choice.fallback
    assert "ar ievadīto paroli" in choice.announcement("lv")
    assert "passphrase you entered" in choice.announcement("en")


def test_passphrase_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "no vides mainīgā")
    db = tmp_path / "s.db"
    choose_secret_store(db, "file").store.set("n", b"v")
    assert PassphraseFileSecretStore(Path(f"{db}.keys"), "no vides mainīgā").get("n") == b"v"


def test_no_keyring_and_no_passphrase_tells_what_to_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PUMPURS_KEY_PASSPHRASE", raising=False)
    with pytest.raises(SecretStoreError) as exc:
        choose_secret_store(tmp_path / "s.db", "auto", backend=fail.Keyring())
    assert exc.value.key == "store.passphrase_missing"
    assert "PUMPURS_KEY_PASSPHRASE" in exc.value.text("lv")
    assert "keyring" in exc.value.text("en")
    assert not (tmp_path / "s.db.keys").exists()


def test_keyring_mode_refuses_a_missing_keyring(tmp_path: Path) -> None:
    with pytest.raises(SecretStoreError) as exc:
        choose_secret_store(tmp_path / "s.db", "keyring", passphrase="ievadīta frāze",
                            backend=fail.Keyring())
    assert exc.value.key == "store.keyring_unavailable"
    assert "PUMPURS_KEY_PASSPHRASE" in exc.value.text("en")


def test_file_mode_uses_the_file_even_with_a_keyring(tmp_path: Path) -> None:
    choice = choose_secret_store(tmp_path / "s.db", "file", passphrase="ievadīta frāze",
                                 backend=MemoryKeyring())
    assert isinstance(choice.store, PassphraseFileSecretStore)
    assert "aizsargāta ar paroli" in choice.announcement("lv")


@pytest.mark.parametrize(("weak", "key"), [
    ("1", "store.passphrase_short"), ("a", "store.passphrase_short"),
    (" ", "store.passphrase_short"), ("   kaķis   ", "store.passphrase_short"),
    ("aaaaaaaaaaaa", "store.passphrase_repetitive"), ("1212121212", "store.passphrase_repetitive"),
    ("1234567890", "store.passphrase_common"), ("Parole1234", "store.passphrase_common"),
])
def test_a_new_key_file_refuses_a_weak_passphrase_with_a_sentence(
        tmp_path: Path, weak: str, key: str) -> None:
    path = tmp_path / "s.db.keys"
    with pytest.raises(SecretStoreError) as exc:
        PassphraseFileSecretStore(path, weak)
    assert exc.value.key == key and not path.exists()
    assert exc.value.text("lv").startswith(f"Atslēgu datnes {path} parole: ")
    assert exc.value.text("en").startswith(f"Passphrase of the key file {path}: ")


def test_a_key_file_made_before_the_rule_still_opens_with_its_short_passphrase(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.db.keys"
    with monkeypatch.context() as before_the_rule:  # as an older Pumpurs made the file
        before_the_rule.setattr("app.secrets.passphrase_problem", lambda _p: None)
        PassphraseFileSecretStore(path, "pw").set("n", b"v")
    assert PassphraseFileSecretStore(path, "pw").get("n") == b"v"


def test_the_command_line_refuses_a_weak_key_file_passphrase_and_makes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.run import run

    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "1")
    monkeypatch.setenv("PUMPURS_ADMIN_PASSWORD", "Skola-Admins-2026!")
    db = tmp_path / "skola.db"
    code = run(["school", "create", "--db", str(db), "--key-store", "file", "--name",
                "Priekules vidusskola", "--registration-number", "4113900123",
                "--municipality", "Dienvidkurzemes novads", "--admin", "admins",
                "--admin-name", "Admins Sistēma"])
    assert code != 0
    assert "tai jābūt vismaz 10 rakstzīmes garai" in capsys.readouterr().err
    assert not db.exists() and not Path(f"{db}.keys").exists()


def _damaged_variants(good: dict) -> dict[str, bytes]:  # type: ignore[type-arg]
    """Fourteen ways a key file is found damaged (a half-written copy, a bad disk, an edit)."""
    def with_(**changes: object) -> bytes:
        return json.dumps({**good, **changes}).encode()

    kdf = good["kdf"]
    return {
        "empty": b"", "garbage": os.urandom(64), "truncated": json.dumps(good).encode()[:40],
        "a list": b"[1, 2]", "a string": b'"pumpurs"', "no kdf": with_(kdf=None),
        "kdf a string": with_(kdf="argon2id"), "another kdf": with_(kdf={**kdf, "name": "md5"}),
        "salt not base64": with_(kdf={**kdf, "salt": "%%%"}),
        "salt too short": with_(kdf={**kdf, "salt": "AAAA"}),
        "memory of a terabyte": with_(kdf={**kdf, "memory_cost": 1 << 30}),
        "a million passes": with_(kdf={**kdf, "time_cost": 10**6}),
        "check a string": with_(check="x"), "secrets a list": with_(secrets=[1]),
    }


def test_every_damaged_key_file_gives_the_clear_message_at_once(tmp_path: Path) -> None:
    path = tmp_path / "s.db.keys"
    PassphraseFileSecretStore(path, "testa frāze 1").set("db-key:a", b"A")
    good = json.loads(path.read_text(encoding="utf-8"))
    variants = _damaged_variants(good)
    assert len(variants) == 14
    for name, content in variants.items():
        path.write_bytes(content)
        with pytest.raises(SecretStoreError) as exc:
            PassphraseFileSecretStore(path, "testa frāze 1")
        assert exc.value.key == "store.file_damaged", name
        assert exc.value.text("lv").startswith(f"Atslēgu datni {path} nevar nolasīt"), name
